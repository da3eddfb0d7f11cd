import type { CheckedValues, Rule } from './define.ts';
import { renderMessage, type MessageKey } from './messages.ts';
import type { KpiDefinition, KpiErrorCode, KpiFailure, KpiInputDef } from './types.ts';

export function failure(
  definition: KpiDefinition | undefined,
  code: KpiErrorCode,
  message: MessageKey,
  details: { field?: string; labels?: readonly string[]; position?: number } = {},
): KpiFailure {
  const labels = (details.labels ?? (details.field === undefined ? [] : [details.field])).flatMap((name) => {
    const label = definition?.inputs.find((def) => def.name === name)?.label;
    return label ? [label] : [];
  });
  const rendered = renderMessage(message, { labels, position: details.position });
  return details.field === undefined
    ? { ok: false, code, message: rendered }
    : { ok: false, code, field: details.field, message: rendered };
}

export function applyRules(
  definition: KpiDefinition,
  rules: readonly Rule<CheckedValues>[] | undefined,
  values: CheckedValues,
): KpiFailure | undefined {
  const broken = rules?.find((rule) => rule.fails(values));
  if (!broken) return undefined;
  return failure(definition, broken.code, broken.message, {
    field: broken.field,
    labels: broken.labels,
    position: broken.position?.(values),
  });
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isNumberList(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  // Index access, not every(): a sparse array's holes must fail too.
  for (let index = 0; index < value.length; index += 1) {
    if (!isFiniteNumber(value[index])) return false;
  }
  return true;
}

const TYPE_CHECKS: Record<KpiInputDef['type'], { accepts: (value: unknown) => boolean; message: MessageKey }> = {
  number: { accepts: isFiniteNumber, message: 'notNumber' },
  numberList: { accepts: isNumberList, message: 'notNumberList' },
  boolean: { accepts: (value) => typeof value === 'boolean', message: 'notBoolean' },
  label: { accepts: (value) => typeof value === 'string' || isFiniteNumber(value), message: 'notLabel' },
};

type Checked = { ok: true; values: CheckedValues } | KpiFailure;

/** Step 1 of the specification's check order: presence and type of every input. */
export function checkTypes(definition: KpiDefinition, inputs: object): Checked {
  const values: CheckedValues = {};
  for (const def of definition.inputs) {
    const raw: unknown = Object.hasOwn(inputs, def.name) ? (inputs as Record<string, unknown>)[def.name] : undefined;
    if (raw === undefined && def.optional) {
      if (def.defaultValue !== undefined) values[def.name] = def.defaultValue;
      continue;
    }
    if (raw === undefined || raw === null) return failure(definition, 'invalid_input', 'missing', { field: def.name });
    const check = TYPE_CHECKS[def.type];
    if (!check.accepts(raw)) return failure(definition, 'invalid_input', check.message, { field: def.name });
    values[def.name] = Array.isArray(raw) ? [...(raw as number[])] : (raw as number | boolean | string);
  }
  return { ok: true, values };
}

function numbersOf(value: CheckedValues[string]): readonly number[] {
  if (typeof value === 'number') return [value];
  return Array.isArray(value) ? value : [];
}

function firstIndex(value: CheckedValues[string], test: (n: number) => boolean): number {
  return numbersOf(value).findIndex(test);
}

/** Step 2: negative inputs first, then any *_pct input outside [0, 100]. */
export function checkSigns(definition: KpiDefinition, values: CheckedValues): KpiFailure | undefined {
  for (const def of definition.inputs) {
    if (def.unit === 'percent') continue;
    const index = firstIndex(values[def.name], (n) => n < 0);
    if (index === -1) continue;
    return def.type === 'numberList'
      ? failure(definition, 'negative_input', 'negativeInList', { field: def.name, position: index + 1 })
      : failure(definition, 'negative_input', 'negative', { field: def.name });
  }
  for (const def of definition.inputs) {
    if (def.unit !== 'percent') continue;
    const index = firstIndex(values[def.name], (n) => n < 0 || n > 100);
    if (index === -1) continue;
    return def.type === 'numberList'
      ? failure(definition, 'out_of_range', 'percentRangeInList', { field: def.name, position: index + 1 })
      : failure(definition, 'out_of_range', 'percentRange', { field: def.name });
  }
  return undefined;
}
