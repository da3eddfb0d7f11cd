import type { ChannelLike } from './sync-session.ts';

/**
 * An in-memory stand-in for `BroadcastChannel`, for tests: channels of one network with the same
 * name hear each other's messages (structured-cloned, delivered asynchronously), never their own.
 */
export class MemoryChannelNetwork {
  private readonly members = new Map<string, Set<MemoryChannel>>();

  open(name: string): MemoryChannel {
    const channel = new MemoryChannel(name, this);
    const set = this.members.get(name) ?? new Set();
    set.add(channel);
    this.members.set(name, set);
    return channel;
  }

  deliver(from: MemoryChannel, message: unknown): void {
    for (const member of this.members.get(from.name) ?? []) {
      if (member !== from) {
        const copy = structuredClone(message);
        queueMicrotask(() => member.receive(copy));
      }
    }
  }

  leave(channel: MemoryChannel): void {
    this.members.get(channel.name)?.delete(channel);
  }
}

export class MemoryChannel implements ChannelLike {
  private readonly listeners = new Set<(event: MessageEvent) => void>();
  private closed = false;
  /** Every message this channel posted, oldest first. */
  readonly sent: unknown[] = [];

  readonly name: string;
  private readonly network: MemoryChannelNetwork;

  constructor(name: string, network: MemoryChannelNetwork) {
    this.name = name;
    this.network = network;
  }

  postMessage(message: unknown): void {
    if (this.closed) throw new Error('Channel is closed');
    this.sent.push(message);
    this.network.deliver(this, message);
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.delete(listener);
  }

  receive(data: unknown): void {
    if (this.closed) return;
    for (const listener of this.listeners) listener(new MessageEvent('message', { data }));
  }

  close(): void {
    this.closed = true;
    this.network.leave(this);
  }
}

/** Lets queued deliveries (and the answers they provoke) run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
}
