import { expect } from 'vitest';
import { computeKpi } from './compute.ts';
import type { KpiErrorCode } from './types.ts';

/** Asserts a successful result within the specification's absolute tolerance. */
export function expectValue(id: string, inputs: Record<string, unknown>, expected: number, tolerance = 1e-6): void {
  const result = computeKpi(id, inputs);
  expect(result).toMatchObject({ ok: true });
  if (result.ok) expect(Math.abs(result.value - expected)).toBeLessThanOrEqual(tolerance);
}

/** Asserts a failure with `code` and `field` and a complete message in both languages. */
export function expectFailure(id: string, inputs: Record<string, unknown>, code: KpiErrorCode, field?: string): void {
  const result = computeKpi(id, inputs);
  expect(result).toMatchObject({ ok: false, code });
  if (result.ok) return;
  expect(result.field).toBe(field);
  expect(result.message['zh-CN']).toMatch(/。$/);
  expect(result.message.en).toMatch(/^[A-Z].*\.$/);
  expect(`${result.message['zh-CN']} ${result.message.en}`).not.toMatch(/[{}]/);
}
