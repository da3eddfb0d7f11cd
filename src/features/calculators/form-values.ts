import type { CalculatorPresetValue } from '../../content/types.ts';
import type { KpiDefinition, KpiInputDef } from '../../kpi/index.ts';
import { parseNumericAnswer } from '../../quiz/numeric-input.ts';

/**
 * What the form holds: text exactly as typed for numbers, labels and comma-separated lists, one
 * text per stage for a funnel, and a boolean for switches. Parsing happens on every render, so a
 * half-typed "1,2" stays on screen while the result reports it.
 */
export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

/** A form-only switch for the change calculators: are "before" and "after" both rates? */
export const RATES_FIELD = 'valuesAreRates';

const POINT_DIFFERENCE_KPIS: ReadonlySet<string> = new Set(['percentChange', 'improvementPct']);

export function offersPointDifference(definition: KpiDefinition): boolean {
  return POINT_DIFFERENCE_KPIS.has(definition.id);
}

/** Funnel stages get one field each; other lists are typed as comma-separated text. */
export function isStageList(definition: KpiDefinition, input: KpiInputDef): boolean {
  return definition.id === 'funnelOverallConversion' && input.name === 'stages';
}

function toFieldValue(definition: KpiDefinition, input: KpiInputDef, value: CalculatorPresetValue | undefined): FieldValue {
  switch (input.type) {
    case 'boolean':
      return value === true;
    case 'numberList': {
      const list = Array.isArray(value) ? value.map(String) : [];
      return isStageList(definition, input) ? list : list.join(', ');
    }
    default:
      return value === undefined || Array.isArray(value) || typeof value === 'boolean' ? '' : String(value);
  }
}

/** The form's starting values: the chapter's presets, each missing one taken from the example. */
export function initialFormValues(definition: KpiDefinition, presets: Record<string, CalculatorPresetValue> = {}): FormValues {
  const values: FormValues = {};
  for (const input of definition.inputs) {
    const preset = Object.hasOwn(presets, input.name) ? presets[input.name] : definition.example[input.name];
    values[input.name] = toFieldValue(definition, input, preset);
  }
  if (offersPointDifference(definition)) values[RATES_FIELD] = presets[RATES_FIELD] === true;
  return values;
}

function isFieldValueFor(definition: KpiDefinition, input: KpiInputDef, value: unknown): boolean {
  if (input.type === 'boolean') return typeof value === 'boolean';
  if (isStageList(definition, input)) return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
  return typeof value === 'string';
}

/**
 * Whether `value` is a whole form of this calculator (every field, each of its kind, nothing
 * else): the check for values that come from another window rather than from this form.
 */
export function isFormValuesFor(definition: KpiDefinition, value: unknown): value is FormValues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = value as Record<string, unknown>;
  const rates = offersPointDifference(definition);
  const expected = definition.inputs.length + (rates ? 1 : 0);
  if (Object.keys(fields).length !== expected) return false;
  if (rates && typeof fields[RATES_FIELD] !== 'boolean') return false;
  return definition.inputs.every((input) => Object.hasOwn(fields, input.name) && isFieldValueFor(definition, input, fields[input.name]));
}

const LIST_SEPARATORS = /[,，、;；]/;

/** A typed number, or the text itself so the calculator can name the field that is not one. */
export function parseNumber(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  const parsed = parseNumericAnswer(text);
  return parsed.ok ? parsed.value : text;
}

function parseList(entries: readonly string[]): number[] {
  return entries.map((entry) => {
    const parsed = parseNumericAnswer(entry);
    return parsed.ok ? parsed.value : Number.NaN;
  });
}

export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** The inputs `computeKpi` and `substituteFormula` take, read from the form. */
export function parseFormValues(definition: KpiDefinition, values: FormValues): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const input of definition.inputs) {
    const value = values[input.name];
    if (input.type === 'boolean') inputs[input.name] = value === true;
    else if (Array.isArray(value)) inputs[input.name] = parseList(value);
    else if (typeof value !== 'string') continue;
    else if (input.type === 'numberList') inputs[input.name] = parseList(splitList(value));
    else if (input.type === 'label') inputs[input.name] = value.trim() === '' ? undefined : value.trim();
    else inputs[input.name] = parseNumber(value);
  }
  return inputs;
}
