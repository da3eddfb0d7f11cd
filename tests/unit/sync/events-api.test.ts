import { describe, expect, it, vi } from 'vitest';
import { sendBatch } from '../../../src/sync/events-api.ts';
import { toServerEvent } from '../../../src/sync/wire.ts';
import { events, json } from './helpers.ts';

const batch = events(3).map(toServerEvent);

describe('sendBatch', () => {
  it('posts the batch as JSON with the learner token and reads the counts', async () => {
    const verdict = { eventId: 'e1', attemptId: 'a1', chapterId: 'kpis', verdict: 'graded', score: 0.8, gradedAt: 1_700_000_000_000 };
    const malformed = [{ ...verdict, verdict: 'believed' }, { ...verdict, score: 2 }, null, 'x'];
    const fetchFn = vi.fn(async () => json(200, { accepted: 2, duplicates: 1, verdicts: [verdict, ...malformed] }));
    await expect(sendBatch(fetchFn, 'tok_abcdefghijklmnopqrstuvwxyz', batch)).resolves.toEqual({ kind: 'stored', accepted: 2, duplicates: 1, verdicts: [verdict] });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/events');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ authorization: 'Bearer tok_abcdefghijklmnopqrstuvwxyz', 'content-type': 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual({ events: batch });
    expect(init.keepalive).toBe(false);
  });

  it('asks for keepalive when the page is going away', async () => {
    const fetchFn = vi.fn(async () => json(200, { accepted: 3, duplicates: 0 }));
    await sendBatch(fetchFn, 't', batch, { keepalive: true });
    expect((fetchFn.mock.calls[0] as unknown as [string, RequestInit])[1].keepalive).toBe(true);
  });

  it('names the refused events of a 400', async () => {
    const body = { error: { code: 'unknown_chapter', message: '', details: { rejected: [{ index: 2, id: batch[2]!.id, reason: 'unknown_chapter', message: '' }] } } };
    await expect(sendBatch(async () => json(400, body), 't', batch)).resolves.toEqual({ kind: 'refused', ids: [batch[2]!.id] });
  });

  it('asks to split a 400 that names no event, and a 413', async () => {
    await expect(sendBatch(async () => json(400, { error: { code: 'invalid_json', message: '' } }), 't', batch)).resolves.toEqual({ kind: 'split' });
    await expect(sendBatch(async () => json(413, { error: { code: 'payload_too_large', message: '' } }), 't', batch)).resolves.toEqual({ kind: 'split' });
  });

  it('reports a refused token', async () => {
    await expect(sendBatch(async () => json(401, { error: { code: 'unauthorized', message: '' } }), 't', batch)).resolves.toEqual({ kind: 'unauthorized' });
  });

  it('retries later when offline, on server errors and when told to slow down', async () => {
    await expect(sendBatch(async () => Promise.reject(new TypeError('Failed to fetch')), 't', batch)).resolves.toEqual({ kind: 'retry', afterMs: null });
    await expect(sendBatch(async () => new Response('bad gateway', { status: 502 }), 't', batch)).resolves.toEqual({ kind: 'retry', afterMs: null });
    await expect(sendBatch(async () => json(429, { error: { code: 'rate_limited', message: '' } }, { 'retry-after': '12' }), 't', batch)).resolves.toEqual({
      kind: 'retry',
      afterMs: 12_000,
    });
  });
});
