export type SnakeToCamel<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<SnakeToCamel<Tail>>}`
  : S;

export function snakeToCamel<S extends string>(name: S): SnakeToCamel<S> {
  return name.replace(/_+([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()) as SnakeToCamel<S>;
}
