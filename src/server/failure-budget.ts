import type { FastifyReply } from 'fastify';
import { HttpError } from './errors.ts';

/**
 * Failed guesses per key (a client address) in a fixed window. Rate limits on every request
 * would have to be sized for a whole classroom behind one address; counting only the failures
 * (a wrong enrollment or join code) lets the class in at once and still stops guessing. A key
 * that has spent its budget is refused before its next guess is even looked at. In this
 * process's memory, bounded in size.
 */
export class FailureBudget {
  private readonly windows = new Map<string, { start: number; failures: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /** Whole seconds until `key` may guess again; 0 when it may now. */
  retryAfter(key: string): number {
    const window = this.current(key);
    if (window === undefined || window.failures < this.max) return 0;
    return Math.max(1, Math.ceil((window.start + this.windowMs - this.now()) / 1000));
  }

  fail(key: string): void {
    const window = this.current(key);
    if (window !== undefined) {
      window.failures++;
      return;
    }
    if (this.windows.size >= this.maxKeys) this.evict();
    this.windows.set(key, { start: this.now(), failures: 1 });
  }

  private current(key: string) {
    const window = this.windows.get(key);
    if (window !== undefined && this.now() - window.start >= this.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  /** Drops expired windows, and the oldest ones if that is not enough. */
  private evict(): void {
    const now = this.now();
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}

/** Refuses (429 with Retry-After) a client whose failures have spent the budget. */
export function refuseWhenSpent(budget: FailureBudget, key: string, reply: FastifyReply, what: string): void {
  const wait = budget.retryAfter(key);
  if (wait === 0) return;
  void reply.header('retry-after', String(wait));
  throw new HttpError(429, 'rate_limited', `Too many ${what} from this network. Try again in ${wait} seconds.`);
}
