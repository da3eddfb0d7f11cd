import type { DiagramItem } from './items.ts';

/** Each kind's items shaped for layout and alt text (see `validate.ts` for the checks). */

export interface CycleModel {
  kind: 'cycle';
  items: DiagramItem[];
  center: string | null;
}

export interface FlowStep extends DiagramItem {
  lane: string | null;
  /** The note on the arrow leaving this step. */
  note: string | null;
}

export interface FlowModel {
  kind: 'flow';
  steps: FlowStep[];
  lanes: string[] | null;
}

export interface MatrixModel {
  kind: 'matrix';
  cells: DiagramItem[];
  cols: number;
  rows: number;
  x: string | null;
  y: string | null;
}

export interface FunnelStage extends DiagramItem {
  value: number | null;
}

export interface FunnelModel {
  kind: 'funnel';
  stages: FunnelStage[];
  /** Every detail is a number, so widths are proportional and conversions are shown. */
  numeric: boolean;
}

export interface TreeModel {
  kind: 'hierarchy';
  layout: 'tree';
  root: DiagramItem;
}

export interface LadderModel {
  kind: 'hierarchy';
  layout: 'ladder';
  /** From the top level down. */
  chain: DiagramItem[];
}

export interface TimelineModel {
  kind: 'timeline';
  phases: DiagramItem[];
}

export type DiagramModel = CycleModel | FlowModel | MatrixModel | FunnelModel | TreeModel | LadderModel | TimelineModel;

/** Allowed item counts (inclusive). */
export const LIMITS = {
  cycle: [3, 8],
  flow: [2, 10],
  swimlane: [2, 8],
  funnel: [2, 7],
  timeline: [3, 8],
  ladder: [2, 6],
  tree: [2, 17],
  treeLeaves: 8,
  treeDepth: 3,
  matrixCells: [2, 12],
  matrixRows: 4,
} as const;

/**
 * `10,000`, `10,000 人`, `3.5%`: digits with thousands commas, a decimal part, and a unit that
 * starts with a letter, a Han character or a per-cent sign (so `3:1` is not a number).
 */
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*[\p{L}%‰].*)?$/u;

export function parseValue(detail: string | null): number | null {
  const match = detail ? NUMBER.exec(detail.trim()) : null;
  return match ? Number(match[1]!.replace(/,/g, '') + (match[2] ?? '')) : null;
}

/** `32.0` for 3,200 after 10,000: one decimal, or null when the previous value is 0. */
export function conversionPercent(previous: number | null, current: number | null): string | null {
  if (previous === null || current === null || previous <= 0) return null;
  return ((current / previous) * 100).toFixed(1);
}
