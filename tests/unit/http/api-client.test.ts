import { describe, expect, it, vi } from 'vitest';
import { apiCall, retryAfterMs } from '../../../src/http/api-client.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('apiCall', () => {
  it('sends JSON with the learner token (and no cookie), or with the cookie and no token', async () => {
    const fetchFn = vi.fn(async () => json(200, { ok: 1 }));
    await expect(apiCall('/api/x', { method: 'POST', body: { a: 1 }, token: 'tok', fetchFn })).resolves.toEqual({ ok: true, data: { ok: 1 } });
    expect(fetchFn).toHaveBeenCalledWith(
      '/api/x',
      expect.objectContaining({ method: 'POST', body: '{"a":1}', credentials: 'omit', headers: expect.objectContaining({ authorization: 'Bearer tok', 'content-type': 'application/json' }) }),
    );
    await apiCall('/api/y', { fetchFn });
    expect(fetchFn).toHaveBeenLastCalledWith('/api/y', expect.objectContaining({ method: 'GET', credentials: 'same-origin' }));
  });

  it('turns the error envelope into a typed error, with details and the wait it asks for', async () => {
    const fetchFn = vi.fn(async () => json(429, { error: { code: 'rate_limited', message: 'Slow down.', details: { n: 1 } } }, { 'retry-after': '30' }));
    await expect(apiCall('/api/x', { fetchFn })).resolves.toEqual({
      ok: false,
      error: { status: 429, code: 'rate_limited', message: 'Slow down.', details: { n: 1 }, retryAfterMs: 30_000 },
    });
  });

  it('says offline when nothing answers, and http_error for an answer without an envelope; never throws', async () => {
    const offline = await apiCall('/api/x', { fetchFn: vi.fn(async () => Promise.reject(new TypeError('failed'))) });
    expect(offline).toMatchObject({ ok: false, error: { status: 0, code: 'offline' } });
    const html = await apiCall('/api/x', { fetchFn: vi.fn(async () => new Response('<h1>502</h1>', { status: 502 })) });
    expect(html).toMatchObject({ ok: false, error: { status: 502, code: 'http_error', message: '' } });
    const empty = await apiCall('/api/x', { fetchFn: vi.fn(async () => new Response(null, { status: 204 })) });
    expect(empty).toEqual({ ok: true, data: null });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('30')).toBe(30_000);
    const now = Date.UTC(2026, 0, 1, 12);
    expect(retryAfterMs('Thu, 01 Jan 2026 12:01:00 GMT', now)).toBe(60_000);
  });

  it('ignores what it cannot read', () => {
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs('')).toBeNull();
  });
});
