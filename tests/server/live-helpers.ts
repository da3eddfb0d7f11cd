import http from 'node:http';

export interface SseEvent {
  event: string;
  id: string | null;
  data: unknown;
}

export interface SseClient {
  status: number;
  /** Every event received so far, in order. */
  events: SseEvent[];
  /** Comment lines (heartbeats) received so far. */
  comments: number;
  /** The next event named `event` (after those already taken) that satisfies `match`. */
  next<T = unknown>(event: string, match?: (data: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Resolves when the server closes the stream. */
  closed: Promise<void>;
  close(): void;
}

/**
 * A minimal EventSource for Node: opens `url` (loopback only), parses `event:`/`id:`/`data:`
 * lines, and lets a test wait for a particular event.
 */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    if (target.hostname !== '127.0.0.1') throw new Error('SSE test clients talk to 127.0.0.1 only');
    const request = http.get(target, { headers: { accept: 'text/event-stream', ...headers }, agent: false }, (response) => {
      const events: SseEvent[] = [];
      let taken = 0;
      let buffer = '';
      let comments = 0;
      const waiters = new Set<() => void>();
      const wake = () => {
        for (const waiter of [...waiters]) waiter();
      };
      let closeResolve!: () => void;
      const closed = new Promise<void>((r) => (closeResolve = r));
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          let id: string | null = null;
          const data: string[] = [];
          let isComment = true;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue;
            isComment = false;
            const colon = line.indexOf(':');
            const field = colon === -1 ? line : line.slice(0, colon);
            const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event = value;
            else if (field === 'id') id = value;
            else if (field === 'data') data.push(value);
          }
          if (isComment) comments += 1;
          else if (data.length > 0) events.push({ event, id, data: JSON.parse(data.join('\n')) });
          client.comments = comments;
        }
        wake();
      });
      response.on('close', () => {
        closeResolve();
        wake();
      });
      response.on('error', () => undefined);
      const client: SseClient = {
        status: response.statusCode ?? 0,
        events,
        comments,
        closed,
        next<T>(name: string, match: (data: T) => boolean = () => true, timeoutMs = 5000) {
          return new Promise<T>((resolveNext, rejectNext) => {
            let done = false;
            const check = () => {
              if (done) return;
              for (let i = taken; i < events.length; i++) {
                const e = events[i]!;
                if (e.event === name && match(e.data as T)) {
                  taken = i + 1;
                  done = true;
                  waiters.delete(check);
                  clearTimeout(timer);
                  resolveNext(e.data as T);
                  return;
                }
              }
              if (response.closed && response.readableEnded) {
                done = true;
                waiters.delete(check);
                clearTimeout(timer);
                rejectNext(new Error(`stream closed before "${name}" arrived`));
              }
            };
            const timer = setTimeout(() => {
              done = true;
              waiters.delete(check);
              rejectNext(new Error(`no "${name}" event within ${timeoutMs} ms; got ${events.map((e) => e.event).join(', ')}`));
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        close() {
          request.destroy();
        },
      };
      resolve(client);
    });
    request.on('error', reject);
  });
}
