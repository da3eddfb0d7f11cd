/** Per client IP (as the trusted proxy reports it: see TRUST_PROXY), in this server process. */
export interface RateLimit {
  max: number;
  timeWindow: number;
}

export interface RateLimits {
  /** Manager sign-in requests (the account's own throttle is in auth/login.ts). */
  login: RateLimit;
  /** Joining a cohort: a classroom behind one NAT address joins within the same minute. */
  join: RateLimit;
  /** Wrong enrollment codes: guessing stops here, however many classmates share the address. */
  joinFailures: RateLimit;
  /** Checking certificate codes (guessing them). */
  verify: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { max: 10, timeWindow: 60_000 },
  join: { max: 600, timeWindow: 60_000 },
  joinFailures: { max: 30, timeWindow: 60_000 },
  verify: { max: 60, timeWindow: 60_000 },
};
