import { describe, expect, it } from 'vitest';
import { batchBody, fittingBatch, MAX_BATCH } from '../../../src/sync/batches.ts';
import { toServerEvent } from '../../../src/sync/wire.ts';
import { events } from './helpers.ts';

describe('fittingBatch', () => {
  it('never holds more events than the server takes per batch', () => {
    expect(MAX_BATCH).toBe(500);
    expect(fittingBatch(events(MAX_BATCH + 10).map(toServerEvent), Number.POSITIVE_INFINITY)).toHaveLength(MAX_BATCH);
  });

  it('takes the longest prefix whose body fits the keepalive limit', () => {
    const all = events(400).map(toServerEvent);
    const batch = fittingBatch(all, 10_000);
    expect(batch.length).toBeGreaterThan(10);
    expect(batch).toEqual(all.slice(0, batch.length));
    expect(new TextEncoder().encode(batchBody(batch)).length).toBeLessThanOrEqual(10_000);
    expect(new TextEncoder().encode(batchBody(all.slice(0, batch.length + 1))).length).toBeGreaterThan(10_000);
  });

  it('never exceeds 500 events and is empty when not even one fits', () => {
    expect(fittingBatch(events(600).map(toServerEvent), 10_000_000)).toHaveLength(500);
    expect(fittingBatch(events(1).map(toServerEvent), 20)).toEqual([]);
  });

  it('drops the local acknowledgement flag from what is sent', () => {
    expect(toServerEvent(events(1)[0]!)).not.toHaveProperty('acked');
  });
});
