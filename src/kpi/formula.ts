import type { KpiDefinition, KpiInputDef, KpiLocale } from './types.ts';

// How a list reads inside its formula; any other list is comma-separated.
const LIST_SEPARATORS: Readonly<Record<string, string>> = {
  'orderCycleTimeAvg.durationsHours': ' + ',
  'funnelOverallConversion.stages': ' → ',
};

const YES_NO = { 'zh-CN': ['是', '否'], en: ['yes', 'no'] } as const;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function render(
  def: KpiDefinition,
  input: KpiInputDef,
  locale: KpiLocale,
  raw: unknown,
  formatNumber: (n: number) => string,
): string {
  const value = raw === undefined ? input.defaultValue : raw;
  if (isFiniteNumber(value)) return formatNumber(value);
  if (typeof value === 'boolean') return YES_NO[locale][value ? 0 : 1];
  if (typeof value === 'string' && input.type === 'label' && value !== '') return value;
  if (Array.isArray(value) && value.length > 0 && value.every(isFiniteNumber)) {
    return value.map(formatNumber).join(LIST_SEPARATORS[`${def.id}.${input.name}`] ?? ', ');
  }
  // Without a usable value the formula names the input instead.
  return input.label[locale];
}

/** The formula with each {placeholder} replaced by the learner's value, or by the input's label. */
export function substituteFormula(
  def: KpiDefinition,
  locale: KpiLocale,
  inputs: Record<string, unknown>,
  formatNumber: (n: number) => string,
): string {
  const source: object = typeof inputs === 'object' && inputs !== null ? inputs : {};
  return def.formula[locale].replace(/\{([a-zA-Z0-9]+)\}/g, (placeholder, name: string) => {
    const input = def.inputs.find((candidate) => candidate.name === name);
    if (!input) return placeholder;
    const raw: unknown = Object.hasOwn(source, name) ? (source as Record<string, unknown>)[name] : undefined;
    return render(def, input, locale, raw, formatNumber);
  });
}
