/** A failed call: the server's error code and message, or `offline` (status 0) when nothing answered. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  /** Seconds, from `Retry-After`. */
  retryAfter: number | null;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Calls the manager API with the session cookie; JSON in, JSON out. Never throws. */
export async function apiCall<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      signal: init.signal,
      ...(init.body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) }),
    });
  } catch {
    return { ok: false, error: { status: 0, code: 'offline', message: '', retryAfter: null } };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // An empty or non-JSON answer: the status says enough.
  }
  if (response.ok) return { ok: true, data: body as T };
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    error: {
      status: response.status,
      code: typeof error?.code === 'string' ? error.code : 'http_error',
      message: typeof error?.message === 'string' ? error.message : '',
      retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    },
  };
}
