import { CANVAS_CONTENT } from '../layout/canvas.ts';
import type { Report } from './items.ts';
import type { LadderModel } from './models.ts';
import { boxText, edge, nodeRect, Scene, textLines } from './svg.ts';
import { checkBlock, clamp, DETAIL, LABEL, measureBlock, MIN_INNER, naturalWidth, PAD_X, PAD_Y, widthPx } from './text.ts';

/**
 * Hierarchy with layout=ladder: a single chain drawn as a staircase rising from the bottom left
 * to the top right; the first item is the top step, each step's detail beside it on the right.
 */

const W = CANVAS_CONTENT.width;
const MARGIN = 4;
const ROW_GAP = 20;
const DETAIL_GAP = 20;
const MAX_STEP = 300;
const MIN_DETAIL = 280;
const MAX_DETAIL = 560;

export function layoutLadder(model: LadderModel, report: Report): Scene | null {
  const { chain } = model;
  const k = chain.length;
  const sw = clamp(Math.max(...chain.map((c) => naturalWidth(c.label, LABEL))) + 2 * PAD_X, MIN_INNER + 2 * PAD_X, MAX_STEP);
  const hasDetail = chain.some((c) => c.detail);
  const detailNeed = hasDetail ? clamp(Math.max(...chain.map((c) => naturalWidth(c.detail, DETAIL))), MIN_DETAIL, MAX_DETAIL) : 0;
  const room = W - 2 * MARGIN - sw - (hasDetail ? DETAIL_GAP + detailNeed : 0);
  const dx = Math.min(sw * 0.6, room / (k - 1));
  const detailW = hasDetail ? Math.min(MAX_DETAIL, W - 2 * MARGIN - (k - 1) * dx - sw - DETAIL_GAP) : 0;

  const inner = sw - 2 * PAD_X;
  const labels = chain.map((c) => measureBlock(c.label, null, inner));
  const details = chain.map((c) => measureBlock('', c.detail, detailW).detail);
  const fits = chain.map((c, i) => checkBlock(c, labels[i]!, inner, report) && checkBlock(c, { label: [], detail: details[i]!, height: 0 }, detailW, report));
  if (!fits.every(Boolean)) return null;
  const sh = Math.max(...labels.map((b) => b.height)) + 2 * PAD_Y;
  const detailH = details.map((d) => d.length * DETAIL.lineHeight);

  const scene = new Scene();
  const x = chain.map((_, j) => MARGIN + (k - 1 - j) * dx);
  const y: number[] = [];
  let top = MARGIN;
  chain.forEach((_, j) => {
    y.push(top);
    top += Math.max(sh, detailH[j]!) + ROW_GAP;
  });
  scene.height = top - ROW_GAP + MARGIN;
  let right = x[0]! + sw;

  chain.forEach((item, j) => {
    const box = { x: x[j]!, y: y[j]!, width: sw, height: sh };
    scene.add('nodes', nodeRect(box, item.removed ? 'muted' : j === 0 ? 'accent' : 'plain'));
    boxText(scene, box, labels[j]!, PAD_X, item.removed);
    const lines = details[j]!;
    if (lines.length > 0) {
      const dx0 = box.x + sw + DETAIL_GAP;
      const dTop = box.y + Math.max(0, (sh - detailH[j]!) / 2);
      const text = textLines(lines, DETAIL, dx0, dTop, 'start');
      const width = Math.max(...lines.map((l) => widthPx(l, DETAIL)));
      scene.add('nodes', text.element);
      scene.fits.push({ x: dx0, y: dTop, width, height: detailH[j]!, pad: 0, lines: text.placed });
      right = Math.max(right, dx0 + width);
    }
    if (j > 0) {
      // The riser: up from this step to the one above it, where the two overlap.
      const rx = box.x + (dx + sw) / 2;
      scene.add('edges', ...edge([[rx, box.y], [rx, y[j - 1]! + sh]], { dashed: item.removed || chain[j - 1]!.removed }));
    }
  });
  scene.width = right + MARGIN;
  return scene;
}
