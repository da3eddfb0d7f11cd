import type { Exact } from './exact.ts';
import type { MessageKey } from './messages.ts';
import { snakeToCamel, type SnakeToCamel } from './naming.ts';
import type { KpiDefinition, KpiErrorCode, KpiInputDef, LocalizedText } from './types.ts';

type InputOptions = Pick<KpiInputDef, 'min' | 'max' | 'optional' | 'defaultValue'>;

type Input<S extends string, T extends KpiInputDef['type']> = KpiInputDef & {
  name: SnakeToCamel<S>;
  specName: S;
  type: T;
};

function input<S extends string, T extends KpiInputDef['type']>(
  specName: S,
  type: T,
  unit: KpiInputDef['unit'],
  label: LocalizedText,
  options: InputOptions = {},
): Input<S, T> {
  return { name: snakeToCamel(specName), specName, type, unit, ...options, label };
}

export const count = <S extends string>(specName: S, label: LocalizedText) =>
  input(specName, 'number', 'count', label, { min: 0 });

export const money = <S extends string>(specName: S, label: LocalizedText) =>
  input(specName, 'number', 'currency', label, { min: 0 });

export const percent = <S extends string>(specName: S, label: LocalizedText) =>
  input(specName, 'number', 'percent', label, { min: 0, max: 100 });

export const amount = <S extends string>(
  specName: S,
  unit: KpiInputDef['unit'],
  label: LocalizedText,
  options: InputOptions = {},
) => input(specName, 'number', unit, label, { min: 0, ...options });

export const numberList = <S extends string>(specName: S, unit: KpiInputDef['unit'], label: LocalizedText) =>
  input(specName, 'numberList', unit, label, unit === 'percent' ? { min: 0, max: 100 } : { min: 0 });

export const flag = <S extends string>(specName: S, label: LocalizedText) =>
  input(specName, 'boolean', 'none', label);

export const tag = <S extends string>(specName: S, label: LocalizedText) =>
  input(specName, 'label', 'none', label, { optional: true });

type ValueOf<D extends KpiInputDef> = D['type'] extends 'numberList'
  ? number[]
  : D['type'] extends 'boolean'
    ? boolean
    : D['type'] extends 'label'
      ? string | number | undefined
      : number;

type InputValues<I extends readonly KpiInputDef[]> = {
  [D in I[number] as D['name']]: ValueOf<D>;
};

/** A check that fails the calculation with `code` when `fails` is true. */
export interface Rule<V> {
  fails: (values: V) => boolean;
  code: KpiErrorCode;
  message: MessageKey;
  /** The input reported as `field`. */
  field?: keyof V & string;
  /** Inputs whose labels fill the message; defaults to `field`. */
  labels?: readonly (keyof V & string)[];
  /** The 1-based list position the message points at. */
  position?: (values: V) => number;
}

interface RuleStages<V> {
  /** List shape, checked right after the types. */
  shape?: readonly Rule<V>[];
  /** Ranges beyond the generic negative and percent checks. */
  range?: readonly Rule<V>[];
  zero?: readonly Rule<V>[];
  consistency?: readonly Rule<V>[];
}

type ExampleOf<I extends readonly KpiInputDef[]> = {
  [K in keyof InputValues<I>]?: Exclude<InputValues<I>[K], undefined>;
};

interface KpiSpec<I extends readonly KpiInputDef[]>
  extends Omit<KpiDefinition, 'inputs' | 'example'>, RuleStages<InputValues<I>> {
  inputs: I;
  example: ExampleOf<I>;
  compute: (values: InputValues<I>) => Exact;
}

export type CheckedValues = Record<string, number | number[] | boolean | string | undefined>;

export interface KpiCalculator extends RuleStages<CheckedValues> {
  definition: KpiDefinition;
  compute: (values: CheckedValues) => Exact;
}

export function defineKpi<const I extends readonly KpiInputDef[]>(spec: KpiSpec<I>): KpiCalculator {
  const { shape, range, zero, consistency, compute, inputs, example, ...rest } = spec;
  const definition: KpiDefinition = {
    ...rest,
    inputs: [...inputs],
    example: example as KpiDefinition['example'],
  };
  // Validation hands `compute` and the rules exactly the shape InputValues<I> describes.
  return { definition, shape, range, zero, consistency, compute } as unknown as KpiCalculator;
}
