import { CANVAS_CONTENT } from '../layout/canvas.ts';
import type { Report } from './items.ts';
import type { FlowModel, FlowStep } from './models.ts';
import { boxText, edge, nodeRect, Scene, textLines } from './svg.ts';
import { checkBlock, clamp, DETAIL, LABEL, measureBlock, MIN_INNER, naturalWidth, NOTE, PAD_X, PAD_Y, widthPx, wrapLimited, type TextBlock } from './text.ts';
import { h } from './hast.ts';

/** Flow without lanes: boxes left to right joined by arrows, in one row or two. */

const W = CANVAS_CONTENT.width;
const GAP_X = 56;
const MARGIN = 4;
const NOTE_GAP = 16;
const ROW_GAP = 56;
const MAX_BOX = 340;
const MIN_BOX = MIN_INNER + 2 * PAD_X;
/** One row only when its boxes are at least this wide and every label fits in 2 lines. */
const READABLE_BOX = 180;

/** A note wrapped for a tag at most `slot` wide (so tags a slot apart never touch). */
export function noteLines(step: FlowStep, slot: number, report: Report): string[] | null {
  if (!step.note) return [];
  return wrapLimited(step.note, slot - 16 - 2 * PAD_X, NOTE, 2, `the note under "${step.label}"`, step.nestedAt, report);
}

/** The column width at which every note fits on one line. */
export function noteNeed(steps: readonly FlowStep[]): number {
  return Math.max(0, ...steps.map((s) => (s.note ? widthPx(s.note, NOTE) + 2 * PAD_X + 16 : 0)));
}

export function noteHeight(lines: readonly string[]): number {
  return lines.length > 0 ? lines.length * NOTE.lineHeight + 2 * PAD_Y : 0;
}

/** A note tag centred at `cx` from `top`, in front of the connector it sits on. */
export function noteTag(scene: Scene, lines: readonly string[], cx: number, top: number): void {
  const width = Math.max(...lines.map((l) => widthPx(l, NOTE))) + 2 * PAD_X;
  const box = { x: cx - width / 2, y: top, width, height: noteHeight(lines) };
  const text = textLines(lines, NOTE, cx, top + PAD_Y);
  scene.add('front', h('rect', { className: ['dg-note'], ...box, rx: 8, strokeWidth: 2 }), text.element);
  scene.fits.push({ ...box, pad: Math.min(PAD_X, PAD_Y), lines: text.placed });
}

/** The dashed stem from a connector down to its note tag. */
export function noteStem(scene: Scene, x: number, from: number, to: number): void {
  scene.add('edges', h('line', { className: ['dg-edge'], x1: x, y1: from, x2: x, y2: to, strokeWidth: 2, strokeDasharray: '4 4' }));
}

interface RowPlan {
  perRow: number;
  bw: number;
  blocks: TextBlock[];
}

function plan(steps: FlowStep[], rows: number): RowPlan {
  const perRow = Math.ceil(steps.length / rows);
  const natural = Math.max(...steps.map((s) => Math.max(naturalWidth(s.label, LABEL), naturalWidth(s.detail, DETAIL))));
  const bw = clamp(natural + 2 * PAD_X, MIN_BOX, Math.min(MAX_BOX, (W - 2 * MARGIN - (perRow - 1) * GAP_X) / perRow));
  return { perRow, bw, blocks: steps.map((s) => measureBlock(s.label, s.detail, bw - 2 * PAD_X)) };
}

/** How many lines the fullest box needs, label lines counting double. */
function cost(p: RowPlan): number {
  return Math.max(...p.blocks.map((b) => 2 * b.label.length + b.detail.length));
}

export function layoutFlow(model: FlowModel, report: Report): Scene | null {
  const { steps } = model;
  const one = plan(steps, 1);
  const two = plan(steps, 2);
  // One row while it reads about as well as two: boxes not too narrow, no more than a line more.
  const single = steps.length <= 3 || (one.bw >= READABLE_BOX && cost(one) <= cost(two) + 1 && one.blocks.every((b) => b.label.length <= 2));
  const { perRow, bw, blocks } = single ? one : two;
  const inner = bw - 2 * PAD_X;
  if (!blocks.map((b, i) => checkBlock(steps[i]!, b, inner, report)).every(Boolean)) return null;
  // Columns widen (up to the room there is) so that notes on the connectors need fewer lines.
  const slot = clamp(noteNeed(steps), bw + GAP_X, (W - 2 * MARGIN - bw) / Math.max(1, perRow - 1));
  const gap = slot - bw;
  const notes = steps.map((s) => noteLines(s, slot, report));
  if (notes.some((n) => n === null)) return null;
  const noteH = notes.map((n) => noteHeight(n!));
  const bh = Math.max(...blocks.map((b) => b.height)) + 2 * PAD_Y;
  const rowCount = Math.ceil(steps.length / perRow);

  const scene = new Scene();
  const pos = steps.map((_, i) => ({ row: Math.floor(i / perRow), col: i % perRow }));
  const rowTop: number[] = [];
  const wrapY: number[] = [];
  let y = MARGIN;
  for (let r = 0; r < rowCount; r++) {
    rowTop.push(y);
    const inRow = steps.map((_, i) => i).filter((i) => pos[i]!.row === r);
    const last = inRow[inRow.length - 1]!;
    const strip = Math.max(0, ...inRow.filter((i) => i !== last || r === rowCount - 1).map((i) => noteH[i]!));
    y += bh + (strip > 0 ? NOTE_GAP + strip : 0);
    if (r < rowCount - 1) {
      // The wrap connector's note sits on its horizontal run, with room below for the arrow.
      const note = noteH[last]!;
      wrapY.push(note > 0 ? y + NOTE_GAP + note / 2 : y + ROW_GAP / 2);
      y += note > 0 ? note + 2 * NOTE_GAP + ROW_GAP / 2 : ROW_GAP;
    }
  }
  scene.height = y + MARGIN;
  scene.width = (Math.min(perRow, steps.length) - 1) * slot + bw + 2 * MARGIN;

  const boxes = steps.map((_, i) => ({ x: MARGIN + pos[i]!.col * slot, y: rowTop[pos[i]!.row]!, width: bw, height: bh }));
  steps.forEach((step, i) => {
    const box = boxes[i]!;
    scene.add('nodes', nodeRect(box, step.removed ? 'muted' : 'plain'));
    boxText(scene, box, blocks[i]!, PAD_X, step.removed);
    const next = boxes[i + 1];
    if (!next) return;
    const dashed = step.removed || steps[i + 1]!.removed;
    const cy = box.y + bh / 2;
    const lines = notes[i]!;
    if (pos[i + 1]!.row === pos[i]!.row) {
      scene.add('edges', ...edge([[box.x + bw + 4, cy], [next.x - 4, cy]], { arrow: true, dashed }));
      if (lines.length > 0) {
        const mx = box.x + bw + gap / 2;
        noteStem(scene, mx, cy, box.y + bh + NOTE_GAP);
        noteTag(scene, lines, mx, box.y + bh + NOTE_GAP);
      }
    } else {
      const cx = box.x + bw / 2;
      const wy = wrapY[pos[i]!.row]!;
      const nx = next.x + bw / 2;
      scene.add('edges', ...edge([[cx, box.y + bh + 4], [cx, wy], [nx, wy], [nx, next.y - 4]], { arrow: true, dashed }));
      if (lines.length > 0) noteTag(scene, lines, (cx + nx) / 2, wy - noteH[i]! / 2);
    }
  });
  return scene;
}
