/** Per client IP, in this server process. */
export interface RateLimit {
  max: number;
  timeWindow: number;
}

export interface RateLimits {
  /** Manager sign-in attempts. */
  login: RateLimit;
  /** Joining a cohort (guessing enrollment codes). A classroom behind one NAT address joins at once. */
  join: RateLimit;
  /** Checking certificate codes (guessing them). */
  verify: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { max: 10, timeWindow: 60_000 },
  join: { max: 120, timeWindow: 60_000 },
  verify: { max: 60, timeWindow: 60_000 },
};
