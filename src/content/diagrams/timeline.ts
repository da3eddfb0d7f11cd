import { CANVAS_CONTENT } from '../layout/canvas.ts';
import { h } from './hast.ts';
import type { Report } from './items.ts';
import type { TimelineModel } from './models.ts';
import { boxText, edge, Scene, nodeRect } from './svg.ts';
import { checkBlock, clamp, DETAIL, LABEL, measureBlock, MIN_INNER, naturalWidth, PAD_X, PAD_Y } from './text.ts';

/**
 * Timeline: a horizontal axis with a marker per phase and a card (label, detail) joined to each
 * marker; all cards below the axis, or alternating above and below when they need the room.
 */

const W = CANVAS_CONTENT.width;
const MARGIN = 4;
const GAP = 24;
const STEM = 28;
const R = 10;
const MIN_CARD = MIN_INNER + 2 * PAD_X;

function cards(model: TimelineModel, alternate: boolean) {
  const k = model.phases.length;
  const room = W - 2 * MARGIN;
  const max = alternate ? Math.min(360, (2 * room - GAP * (k - 1)) / (k + 1)) : Math.min(320, (room - GAP * (k - 1)) / k);
  const natural = Math.max(...model.phases.map((p) => Math.max(naturalWidth(p.label, LABEL), naturalWidth(p.detail, DETAIL))));
  const cw = clamp(natural + 2 * PAD_X, MIN_CARD, max);
  return { cw, blocks: model.phases.map((p) => measureBlock(p.label, p.detail, cw - 2 * PAD_X)) };
}

export function layoutTimeline(model: TimelineModel, report: Report): Scene | null {
  const { phases } = model;
  const k = phases.length;
  const oneSide = cards(model, false);
  const alternate = !(oneSide.cw >= 180 && oneSide.blocks.every((b) => b.label.length <= 2 && b.detail.length <= 3));
  const { cw, blocks } = alternate ? cards(model, true) : oneSide;
  if (!blocks.map((b, i) => checkBlock(phases[i]!, b, cw - 2 * PAD_X, report)).every(Boolean)) return null;
  const ch = Math.max(...blocks.map((b) => b.height)) + 2 * PAD_Y;
  const step = alternate ? (cw + GAP) / 2 : cw + GAP;

  const scene = new Scene();
  scene.width = 2 * MARGIN + cw + (k - 1) * step;
  const axisY = MARGIN + (alternate ? ch + STEM + R : R);
  scene.height = axisY + R + STEM + ch + MARGIN;
  scene.add('back', ...edge([[MARGIN, axisY], [scene.width - MARGIN, axisY]], { arrow: true, axis: true }));

  phases.forEach((phase, i) => {
    const mx = MARGIN + cw / 2 + i * step;
    const above = alternate && i % 2 === 0;
    const box = { x: mx - cw / 2, y: above ? axisY - R - STEM - ch : axisY + R + STEM, width: cw, height: ch };
    const stemEnd = above ? box.y + ch : box.y;
    scene.add('edges', ...edge([[mx, above ? axisY - R : axisY + R], [mx, stemEnd]], { dashed: phase.removed }));
    scene.add('nodes', h('circle', { className: ['dg-node', phase.removed ? 'dg-node-muted' : 'dg-node-accent'], cx: mx, cy: axisY, r: R, strokeWidth: 2 }));
    scene.add('nodes', nodeRect(box, phase.removed ? 'muted' : 'plain'));
    boxText(scene, box, blocks[i]!, PAD_X, phase.removed);
  });
  return scene;
}
