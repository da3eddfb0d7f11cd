import type { LeafDirective } from 'mdast-util-directive';
import { getKpiDefinition, KPI_DEFINITIONS, snakeToCamel, type KpiInputDef } from '../../kpi/index.ts';
import type { CompileContext } from '../context.ts';
import type { CalculatorBlock, CalculatorPresetValue } from '../types.ts';
import { rawAttributes } from './attributes.ts';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** `::calculator{kind=<spec id> <input>=<preset> …}`, checked against the KPI registry. */
export function compileCalculator(node: LeafDirective, ctx: CompileContext): CalculatorBlock | null {
  const { kind, ...presetAttributes } = rawAttributes(node);
  if (!kind) {
    ctx.sink.error('calculator-missing-kind', 'calculator has no kind; write ::calculator{kind=retention_rate_period …}', node.position);
    return null;
  }
  const definition = getKpiDefinition(snakeToCamel(kind));
  if (!definition) {
    const known = KPI_DEFINITIONS.map((d) => d.specId).join(', ');
    ctx.sink.error('calculator-unknown-kind', `unknown calculator kind "${kind}"; expected one of ${known}`, node.position);
    return null;
  }
  const subject = `calculator "${kind}"`;
  const presets: Record<string, CalculatorPresetValue> = {};
  let valid = true;
  for (const [name, raw] of Object.entries(presetAttributes)) {
    const input = definition.inputs.find((i) => i.specName === name);
    if (!input) {
      const names = definition.inputs.map((i) => i.specName).join(', ');
      ctx.sink.error('calculator-unknown-input', `${subject} has no input "${name}"; its inputs are ${names}`, node.position);
      valid = false;
      continue;
    }
    const value = parsePreset(input, raw);
    if (value === null) {
      ctx.sink.error('calculator-invalid-preset', `${subject}: ${name}="${raw}" ${expectation(input)}`, node.position);
      valid = false;
      continue;
    }
    presets[input.name] = value;
  }
  return valid ? { type: 'calculator', kind: definition.id, presets } : null;
}

function parsePreset(input: KpiInputDef, raw: string): CalculatorPresetValue | null {
  const text = raw.trim();
  switch (input.type) {
    case 'number':
      return NUMBER.test(text) ? Number(text) : null;
    case 'numberList': {
      const parts = text.split(',').map((p) => p.trim());
      return parts.length > 0 && parts.every((p) => NUMBER.test(p)) ? parts.map(Number) : null;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : null;
    case 'label':
      return text;
  }
}

function expectation(input: KpiInputDef): string {
  switch (input.type) {
    case 'number':
      return 'must be a number';
    case 'numberList':
      return 'must be numbers separated by commas, e.g. "10000,3200,1440"';
    case 'boolean':
      return 'must be true or false';
    case 'label':
      return 'must be text';
  }
}
