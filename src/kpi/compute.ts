import { findCalculator } from './registry.ts';
import type { KpiResult } from './types.ts';
import { applyRules, checkSigns, checkTypes, failure } from './validate.ts';

function evaluate(id: unknown, inputs: unknown): KpiResult {
  const calculator = findCalculator(id);
  if (!calculator) return failure(undefined, 'invalid_input', 'unknownCalculator');
  const { definition } = calculator;
  if (typeof inputs !== 'object' || inputs === null) return failure(definition, 'invalid_input', 'unreadableInputs');
  const checked = checkTypes(definition, inputs);
  if (!checked.ok) return checked;
  const { values } = checked;
  const problem =
    applyRules(definition, calculator.shape, values) ??
    checkSigns(definition, values) ??
    applyRules(definition, calculator.range, values) ??
    applyRules(definition, calculator.zero, values) ??
    applyRules(definition, calculator.consistency, values);
  if (problem) return problem;
  const value = calculator.compute(values).toNumber();
  if (!Number.isFinite(value)) return failure(definition, 'out_of_range', 'resultTooLarge');
  return { ok: true, value, unit: definition.unit };
}

/**
 * Runs a calculator on raw form values. Checks follow the specification's order: types, list
 * shape, negatives, percent ranges, zero divisors, then consistency; the first failure wins.
 */
export function computeKpi(id: string, inputs: Record<string, unknown>): KpiResult {
  try {
    return evaluate(id, inputs);
  } catch {
    // Form state is untrusted; an exotic object (a throwing getter, a revoked proxy) must still
    // produce an answer rather than break the page.
    return failure(undefined, 'invalid_input', 'unexpected');
  }
}
