import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpi } from '../../../src/kpi/compute.ts';
import { KPI_DEFINITIONS } from '../../../src/kpi/registry.ts';
import { expectFailure } from '../../fixtures/kpi.ts';
import type { KpiErrorCode, KpiResult } from '../../../src/kpi/types.ts';

const ERROR_CODES: readonly KpiErrorCode[] = [
  'division_by_zero',
  'negative_input',
  'out_of_range',
  'empty_input',
  'insufficient_stages',
  'invalid_input',
  'retained_exceeds_start',
  'new_exceeds_end',
  'lost_exceeds_start',
  'conversions_exceed_visitors',
  'stage_exceeds_previous',
  'dau_exceeds_mau',
  'complaints_exceed_orders',
  'accurate_exceeds_total',
];

function expectWellFormed(result: KpiResult): void {
  if (result.ok) {
    expect(Number.isFinite(result.value)).toBe(true);
    expect(Object.is(result.value, -0)).toBe(false);
    return;
  }
  expect(ERROR_CODES).toContain(result.code);
  expect(result.message['zh-CN'].length).toBeGreaterThan(0);
  expect(result.message.en.length).toBeGreaterThan(0);
  expect(`${result.message['zh-CN']}${result.message.en}`).not.toMatch(/[{}]/);
}

const ids = KPI_DEFINITIONS.map((def) => def.id);
const anyId = fc.oneof(fc.constantFrom(...ids), fc.string(), fc.constantFrom('constructor', '__proto__', 'toString'));
const wildValue = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.array(fc.double()),
  fc.array(fc.anything()),
  fc.boolean(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, -1),
);

describe('computeKpi on anything', () => {
  it('never throws for arbitrary ids and arbitrary inputs', () => {
    fc.assert(
      fc.property(fc.oneof(anyId, fc.anything()), fc.anything(), (id, inputs) => {
        expectWellFormed(computeKpi(id as string, inputs as Record<string, unknown>));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws or returns a non-finite number when the input names are right but the values are wild', () => {
    const wildInputs = fc.constantFrom(...KPI_DEFINITIONS).chain((def) =>
      fc
        .record(Object.fromEntries(def.inputs.map((input) => [input.name, wildValue])), { requiredKeys: [] })
        .map((inputs) => ({ id: def.id, inputs })),
    );
    fc.assert(
      fc.property(wildInputs, ({ id, inputs }) => expectWellFormed(computeKpi(id, inputs))),
      { numRuns: 2000 },
    );
  });

  it('survives hostile objects', () => {
    const hostile = Object.defineProperty({}, 'startCustomers', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expectFailure('churnRate', hostile, 'invalid_input');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expectFailure('churnRate', revoked.proxy, 'invalid_input');
  });
});

describe('computeKpi rejects what is not a valid input', () => {
  it('reports an unknown calculator', () => {
    expectFailure('noSuchKpi', {}, 'invalid_input');
    expectFailure('retention_rate_period', { startCustomers: 1, endCustomers: 1, newCustomers: 0 }, 'invalid_input');
    expectFailure('constructor', {}, 'invalid_input');
  });

  it('reports inputs that are not an object', () => {
    expectFailure('churnRate', null as unknown as Record<string, unknown>, 'invalid_input');
    expectFailure('churnRate', 5 as unknown as Record<string, unknown>, 'invalid_input');
  });

  it('names the missing or mistyped input', () => {
    expectFailure('churnRate', { startCustomers: 10 }, 'invalid_input', 'lostCustomers');
    expectFailure('churnRate', { startCustomers: 10, lostCustomers: null }, 'invalid_input', 'lostCustomers');
    expectFailure('churnRate', { startCustomers: '10', lostCustomers: 1 }, 'invalid_input', 'startCustomers');
    expectFailure('churnRate', { startCustomers: Number.NaN, lostCustomers: 1 }, 'invalid_input', 'startCustomers');
    expectFailure('churnRate', { startCustomers: Infinity, lostCustomers: 1 }, 'invalid_input', 'startCustomers');
    expectFailure('churnRate', { startCustomers: {}, lostCustomers: 1 }, 'invalid_input', 'startCustomers');
    expectFailure('churnRate', { startCustomers: [10], lostCustomers: 1 }, 'invalid_input', 'startCustomers');
    expectFailure('churnRate', Object.create({ startCustomers: 10, lostCustomers: 1 }), 'invalid_input', 'startCustomers');
  });

  it('ignores inputs it does not know', () => {
    expect(computeKpi('churnRate', { startCustomers: 10, lostCustomers: 1, extra: 'x' })).toMatchObject({ ok: true });
  });

  it('fails, never returns a number, when any one input is broken', () => {
    const broken = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, null, undefined, '5', {}, [Number.NaN]),
      fc.string(),
    );
    const cases = fc
      .constantFrom(...KPI_DEFINITIONS)
      .chain((def) =>
        fc
          .constantFrom(...def.inputs.filter((input) => input.type !== 'label' && !input.optional))
          .map((input) => ({ def, input })),
      );
    fc.assert(
      fc.property(cases, broken, ({ def, input }, value) => {
        const { [input.name]: _replaced, ...others } = def.example;
        const inputs = value === undefined ? others : { ...others, [input.name]: value };
        const result = computeKpi(def.id, inputs);
        expect(result.ok).toBe(false);
        expectWellFormed(result);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('computeKpi check order', () => {
  it('checks types before negatives', () => {
    expectFailure('churnRate', { startCustomers: -5, lostCustomers: 'x' }, 'invalid_input', 'lostCustomers');
    expectFailure('churnRate', { startCustomers: -5 }, 'invalid_input', 'lostCustomers');
    expectFailure('ltvChurn', { arpu: Number.NaN, grossMarginPct: 150, churnRatePct: 0 }, 'invalid_input', 'arpu');
  });

  it('checks negatives before percent ranges, whatever the input order', () => {
    expectFailure('ltvChurn', { arpu: -1, grossMarginPct: 150, churnRatePct: 3 }, 'negative_input', 'arpu');
    expectFailure('ltvLifetime', { arpu: 50, grossMarginPct: 150, lifetimePeriods: -1 }, 'negative_input', 'lifetimePeriods');
  });

  it('checks percent ranges before zero divisors', () => {
    expectFailure('ltvChurn', { arpu: 5, grossMarginPct: 150, churnRatePct: 0 }, 'out_of_range', 'grossMarginPct');
  });

  it('checks negatives before zero divisors', () => {
    expectFailure('churnRate', { startCustomers: 0, lostCustomers: -1 }, 'negative_input', 'lostCustomers');
  });

  it('checks zero divisors before consistency', () => {
    expectFailure('churnRate', { startCustomers: 0, lostCustomers: 5 }, 'division_by_zero', 'startCustomers');
    expectFailure('retentionRatePeriod', { startCustomers: 0, endCustomers: 5, newCustomers: 10 }, 'division_by_zero', 'startCustomers');
    expectFailure('funnelOverallConversion', { stages: [0, 5] }, 'division_by_zero', 'stages');
  });

  it('checks a list’s length before its values', () => {
    expectFailure('funnelOverallConversion', { stages: [-1] }, 'insufficient_stages', 'stages');
  });

  it('reports the first failing input in declaration order', () => {
    expectFailure('nps', { promoters: -1, passives: -1, detractors: -1 }, 'negative_input', 'promoters');
    expectFailure('nps', { promoters: 1, passives: 'a', detractors: null }, 'invalid_input', 'passives');
  });
});

describe('computeKpi results', () => {
  it('returns the unit of the calculator', () => {
    expect(computeKpi('nps', { promoters: 1, passives: 0, detractors: 0 })).toEqual({ ok: true, value: 100, unit: 'points' });
    expect(computeKpi('ltvCacRatio', { ltv: 3, cac: 1 })).toEqual({ ok: true, value: 3, unit: 'times' });
  });

  it('never returns negative zero', () => {
    const result = computeKpi('roi', { gain: 100, cost: 100 });
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
    const zeroLost = computeKpi('churnRate', { startCustomers: 10, lostCustomers: -0 });
    expect(zeroLost.ok && Object.is(zeroLost.value, 0)).toBe(true);
  });

  it('keeps relative precision for very large values', () => {
    const result = computeKpi('cac', { acquisitionSpend: 1e300, newCustomers: 3 });
    expect(result.ok && Math.abs(result.value / (1e300 / 3) - 1)).toBeLessThanOrEqual(1e-12);
  });

  it('fails with out_of_range instead of returning Infinity', () => {
    expectFailure('cac', { acquisitionSpend: 1e300, newCustomers: 1e-300 }, 'out_of_range');
  });
});
