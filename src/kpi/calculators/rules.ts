import type { Rule } from '../define.ts';
import type { KpiErrorCode } from '../types.ts';

type NumberKey<V> = { [K in keyof V]: V[K] extends number ? K : never }[keyof V] & string;

/** Division by zero when the `field` input is 0. */
export function zeroDivisor<V>(field: NumberKey<V>): Rule<V> {
  return { fails: (values) => values[field] === 0, code: 'division_by_zero', message: 'zeroDivisor', field };
}

/** A consistency error when the `part` input is larger than the `whole` input. */
export function exceeds<V>(code: KpiErrorCode, part: NumberKey<V>, whole: NumberKey<V>): Rule<V> {
  return {
    fails: (values) => (values[part] as number) > (values[whole] as number),
    code,
    message: 'exceeds',
    field: part,
    labels: [part, whole],
  };
}
