import type { KpiDefinition, KpiInputDef } from '../../kpi/index.ts';

type Locale = keyof KpiDefinition['formula'];

/** Splits `A：x；B：y` (or `A: x; B: y`) into labelled branches; null for a formula with one form. */
function branches(formula: string): Array<{ label: string; whole: string }> | null {
  const parts = formula.split(/；|;\s*/);
  if (parts.length < 2) return null;
  const labelled = parts.map((part) => /^(.+?)(?:：|:\s*)(.+)$/.exec(part.trim()));
  return labelled.every((match) => match !== null) ? labelled.map((match) => ({ label: match![1]!, whole: match![0] })) : null;
}

/**
 * The formula in the form the learner's switch selects. A formula written as two labelled forms,
 * the first labelled as a yes/no input is ("lower is better: …; higher is better: …"), shows the
 * first form when that input is ticked and the second when it is not (each with its label); any
 * other formula as written.
 */
export function formulaInUse(definition: KpiDefinition, locale: Locale, inputs: Record<string, unknown>): string {
  const formula = definition.formula[locale];
  const forms = branches(formula);
  if (forms === null || forms.length !== 2) return formula;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const flag = definition.inputs.find((input: KpiInputDef) => input.type === 'boolean' && same(input.label[locale], forms[0]!.label));
  if (flag === undefined) return formula;
  const raw = Object.hasOwn(inputs, flag.name) ? inputs[flag.name] : flag.defaultValue;
  return (raw === true ? forms[0]! : forms[1]!).whole;
}
