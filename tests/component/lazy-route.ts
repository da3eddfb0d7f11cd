/** The first visit to a lazy route compiles its chunk; allow for that on a busy machine. */
export const ROUTE_LOADED = { timeout: 15_000 };
