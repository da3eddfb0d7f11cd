import type { Position } from 'unist';
import { CANVAS_CONTENT } from '../layout/canvas.ts';
import { noteHeight, noteLines, noteNeed, noteStem, noteTag } from './flow.ts';
import { h } from './hast.ts';
import type { Report } from './items.ts';
import type { FlowModel } from './models.ts';
import { boxText, edge, nodeRect, Scene, textLines } from './svg.ts';
import { checkBlock, clamp, DETAIL, LABEL, LANE_LABEL, measureBlock, naturalWidth, PAD_X, PAD_Y, widestUnit, widthPx, wrapLimited } from './text.ts';

/**
 * Flow with lanes: one horizontal band per lane with its name in a header column, one column
 * per step, arrows between consecutive steps; an arrow that changes lane is a hand-off.
 */

const W = CANVAS_CONTENT.width;
const GAP = 32;
const BAND_PAD = 20;
const NOTE_GAP = 16;
/** Boxes in lanes are narrow, so they keep only the minimum padding. */
const PAD = 16;
const MIN_BOX = 2 * PAD + 36;
const MIN_HEADER = 120;
/** Lane names wrap at 120–260 px, into two lines of about half their length, never inside a word. */
const MAX_HEADER = 260;

export function layoutSwimlane(model: FlowModel, report: Report, at: Position | undefined): Scene | null {
  const { steps } = model;
  const lanes = model.lanes ?? [];
  // The header column is as wide as the longest lane-name line; names wrap to at most 2 lines.
  const wrapAt = clamp(Math.max(...lanes.map((l) => Math.max(widestUnit(l, LANE_LABEL), naturalWidth(l, LANE_LABEL) / 2 + 20))), MIN_HEADER, MAX_HEADER);
  const laneLines = lanes.map((lane) => wrapLimited(lane, wrapAt, LANE_LABEL, 2, 'the lane name', at, report));
  if (laneLines.some((l) => l === null)) return null;
  const hw = Math.max(MIN_HEADER, ...laneLines.flatMap((lines) => lines!.map((l) => widthPx(l, LANE_LABEL) + 1 + 2 * PAD_X)));

  const n = steps.length;
  const natural = Math.max(...steps.map((s) => Math.max(naturalWidth(s.label, LABEL), naturalWidth(s.detail, DETAIL))));
  const bw = clamp(natural + 2 * PAD, MIN_BOX, (W - hw) / n - GAP);
  const cw = clamp(noteNeed(steps), bw + GAP, (W - hw) / n);
  const gap = cw - bw;
  const inner = bw - 2 * PAD;
  const blocks = steps.map((s) => measureBlock(s.label, s.detail, inner));
  if (!blocks.map((b, i) => checkBlock(steps[i]!, b, inner, report)).every(Boolean)) return null;
  const notes = steps.map((s) => noteLines(s, cw, report));
  if (notes.some((l) => l === null)) return null;
  const bh = Math.max(...blocks.map((b) => b.height)) + 2 * PAD_Y;

  const laneOf = steps.map((s) => lanes.indexOf(s.lane ?? ''));
  const bandTop: number[] = [];
  const bandH: number[] = [];
  let y = 0;
  lanes.forEach((_, l) => {
    const strip = Math.max(0, ...steps.map((_, i) => (laneOf[i] === l ? noteHeight(notes[i]!) : 0)));
    const labelH = laneLines[l]!.length * LANE_LABEL.lineHeight + 2 * PAD_Y;
    bandTop.push(y);
    bandH.push(Math.max(labelH, 2 * BAND_PAD + bh + (strip > 0 ? NOTE_GAP + strip : 0)));
    y += bandH[l]!;
  });

  const scene = new Scene();
  scene.width = hw + n * cw;
  scene.height = y;
  lanes.forEach((_, l) => {
    scene.add('back', h('rect', { className: ['dg-lane', ...(l % 2 === 1 ? ['dg-lane-alt'] : [])], x: 0, y: bandTop[l]!, width: scene.width, height: bandH[l]! }));
    const lines = laneLines[l]!;
    const labelTop = bandTop[l]! + (bandH[l]! - lines.length * LANE_LABEL.lineHeight) / 2;
    const text = textLines(lines, LANE_LABEL, hw / 2, labelTop);
    scene.add('nodes', text.element);
    scene.fits.push({ x: 0, y: bandTop[l]!, width: hw, height: bandH[l]!, pad: PAD, lines: text.placed });
  });

  const boxes = steps.map((_, i) => ({ x: hw + gap / 2 + i * cw, y: bandTop[laneOf[i]!]! + BAND_PAD, width: bw, height: bh }));
  steps.forEach((step, i) => {
    const box = boxes[i]!;
    scene.add('nodes', nodeRect(box, step.removed ? 'muted' : 'plain'));
    boxText(scene, box, blocks[i]!, PAD, step.removed);
    const next = boxes[i + 1];
    if (!next) return;
    const dashed = step.removed || steps[i + 1]!.removed;
    const cy = box.y + bh / 2;
    const ny = next.y + bh / 2;
    const mx = box.x + bw + gap / 2;
    const handOff = laneOf[i] !== laneOf[i + 1];
    const path: Array<[number, number]> = handOff
      ? [[box.x + bw + 4, cy], [mx, cy], [mx, ny], [next.x - 4, ny]]
      : [[box.x + bw + 4, cy], [next.x - 4, cy]];
    scene.add('edges', ...edge(path, { arrow: true, dashed, accent: handOff }));
    const lines = notes[i]!;
    if (lines.length > 0) {
      const top = box.y + bh + NOTE_GAP;
      // A hand-off going down already runs through the tag; otherwise a stem joins them.
      if (!(handOff && ny > cy)) noteStem(scene, mx, cy, top);
      noteTag(scene, lines, mx, top);
    }
  });
  return scene;
}
