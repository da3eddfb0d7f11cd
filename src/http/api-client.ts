/**
 * The one way the app calls the course server: JSON in, JSON out, never throws. Every answer
 * becomes a result: the parsed body, or the server's error envelope (`{ error: { code, message,
 * details? } }`, see `server/errors.ts`) as a typed error; a request nothing answered is
 * `offline` (status 0).
 */

export interface ApiError {
  /** The HTTP status; 0 when nothing answered. */
  status: number;
  /** The server's stable code (`not_found`, `rate_limited` …), `offline`, or `http_error` without an envelope. */
  code: string;
  message: string;
  details: unknown;
  /** Milliseconds to wait, from `Retry-After` (seconds or an HTTP date); null without one. */
  retryAfterMs: number | null;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A learner or participant token, sent as `Authorization: Bearer`; without one the manager's cookie goes. */
  token?: string;
  signal?: AbortSignal;
  /** For the request sent as the page goes away. */
  keepalive?: boolean;
  /** A body already serialised (the sync client measures it before sending). */
  rawBody?: string;
  fetchFn?: typeof fetch;
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    // An empty or non-JSON answer: the status says enough.
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Calls the course API. The data's type is the caller's claim about what the server sends: check
 * anything that must not be trusted (the sync client validates every event it merges).
 */
export async function apiCall<T>(path: string, request: ApiRequest = {}): Promise<ApiResult<T>> {
  const { method = 'GET', body, token, signal, keepalive = false, rawBody, fetchFn = (input, init) => fetch(input, init) } = request;
  const headers: Record<string, string> = { accept: 'application/json' };
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      headers,
      // A token speaks for a learner on its own; a manager is known by the session cookie.
      credentials: token === undefined ? 'same-origin' : 'omit',
      cache: 'no-store',
      keepalive,
      ...(signal ? { signal } : {}),
      ...(payload === undefined ? {} : { body: payload }),
    });
  } catch {
    return { ok: false, error: { status: 0, code: 'offline', message: '', details: undefined, retryAfterMs: null } };
  }
  const data = await jsonOf(response);
  if (response.ok) return { ok: true, data: data as T };
  const envelope = isRecord(data) && isRecord(data.error) ? data.error : {};
  return {
    ok: false,
    error: {
      status: response.status,
      code: typeof envelope.code === 'string' ? envelope.code : 'http_error',
      message: typeof envelope.message === 'string' ? envelope.message : '',
      details: envelope.details,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    },
  };
}

/** A `Retry-After` header in milliseconds (seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
