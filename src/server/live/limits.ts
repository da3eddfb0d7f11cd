import { HttpError } from '../errors.ts';

/**
 * Fixed one-minute windows counted per key (an IP address, a participant), on the server's clock
 * so tests can move time. Keys of past windows are dropped as new windows start.
 */
export class MinuteLimiter {
  private window = -1;
  private counts = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly now: () => number,
  ) {}

  /** Counts one use of `key`; throws 429 with the seconds to wait when the minute's share is used up. */
  take(key: string, what: string): void {
    const now = this.now();
    const window = Math.floor(now / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts.clear();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count > this.max) {
      const wait = Math.max(1, Math.ceil(((window + 1) * 60_000 - now) / 1000));
      throw new RateLimited(`Too many ${what}. Try again in ${wait} seconds.`, wait);
    }
  }
}

export class RateLimited extends HttpError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, 'rate_limited', message);
  }
}
