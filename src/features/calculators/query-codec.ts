import type { KpiDefinition } from '../../kpi/index.ts';
import { type FieldValue, type FormValues, isStageList, parseNumber, RATES_FIELD, splitList } from './form-values.ts';

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

function readBoolean(text: string, fallback: FieldValue | undefined): boolean {
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return fallback === true;
}

/** Form values from a shared address (`?startCustomers=1000&stages=100,40,10`); the rest from `fallback`. */
export function formValuesFromQuery(definition: KpiDefinition, params: URLSearchParams, fallback: FormValues): FormValues {
  const values: FormValues = { ...fallback };
  for (const input of definition.inputs) {
    const text = params.get(input.name);
    if (text === null) continue;
    if (input.type === 'boolean') values[input.name] = readBoolean(text.trim(), fallback[input.name]);
    else if (isStageList(definition, input)) values[input.name] = splitList(text);
    else values[input.name] = text;
  }
  const rates = params.get(RATES_FIELD);
  if (rates !== null && RATES_FIELD in fallback) values[RATES_FIELD] = readBoolean(rates.trim(), fallback[RATES_FIELD]);
  return values;
}

/** A number as it reads best in an address: parsed and plain when it parses, else as typed. */
function canonical(text: string): string {
  const value = parseNumber(text);
  return typeof value === 'number' ? String(value) : text.trim();
}

/** The address query for the form, in the definition's input order. */
export function queryFromFormValues(definition: KpiDefinition, values: FormValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const input of definition.inputs) {
    const value = values[input.name];
    if (typeof value === 'boolean') params.set(input.name, String(value));
    else if (Array.isArray(value)) params.set(input.name, value.map(canonical).join(','));
    else if (value === undefined) continue;
    else if (value.trim() === '') params.set(input.name, '');
    else if (input.type === 'numberList') params.set(input.name, splitList(value).map(canonical).join(','));
    else if (input.type === 'label') params.set(input.name, value.trim());
    else params.set(input.name, canonical(value));
  }
  if (values[RATES_FIELD] === true) params.set(RATES_FIELD, 'true');
  return params;
}
