import type { FunnelRow, FunnelStage } from './chart-types.ts';

/** Each stage with its share of the first stage and of the one before it. */
export function funnelRows(stages: readonly FunnelStage[]): FunnelRow[] {
  const first = stages[0]?.value ?? 0;
  return stages.map((stage, index) => {
    const previous = index > 0 ? stages[index - 1]!.value : null;
    return {
      name: stage.name,
      value: stage.value,
      shareOfFirst: first > 0 ? stage.value / first : null,
      shareOfPrevious: previous !== null && previous > 0 ? stage.value / previous : null,
    };
  });
}
