import { CANVAS_CONTENT } from '../layout/canvas.ts';
import { h, points } from './hast.ts';
import type { Report } from './items.ts';
import { conversionPercent, type FunnelModel } from './models.ts';
import { boxText, Scene, textLines } from './svg.ts';
import { checkBlock, clamp, DETAIL, LABEL, measureBlock, MIN_INNER, naturalWidth, PAD_X, PAD_Y, widthPx } from './text.ts';

/**
 * Funnel: stacked trapezoids narrowing downward. When every detail is a number, widths follow
 * the values (never below what the text needs) and each stage after the first shows its
 * conversion from the stage before.
 */

const W = CANVAS_CONTENT.width;
const MARGIN = 4;
const STAGE_GAP = 6;
const CONV_GAP = 24;
const MAX_FUNNEL = 1000;

export function conversionText(percent: string | null): string {
  return percent === null ? '→ —' : `→ ${percent}%`;
}

export function layoutFunnel(model: FunnelModel, report: Report): Scene | null {
  const { stages, numeric } = model;
  const n = stages.length;
  const conv = stages.map((s, i) => (numeric && i > 0 ? conversionText(conversionPercent(stages[i - 1]!.value, s.value)) : null));
  const convW = Math.max(0, ...conv.map((c) => (c ? widthPx(c, DETAIL) : 0)));
  const fw = Math.min(MAX_FUNNEL, W - 2 * MARGIN - (convW > 0 ? convW + CONV_GAP : 0));
  // What each stage's text needs on its narrower, bottom edge (wider text wraps).
  const need = stages.map((s) => clamp(Math.max(naturalWidth(s.label, LABEL), naturalWidth(s.detail, DETAIL)) + 2 * PAD_X, MIN_INNER + 2 * PAD_X, fw * 0.55));

  // Widths at the n + 1 horizontal edges, top to bottom: by value (or evenly narrowing), never
  // below what the stage above an edge needs, and never wider than the edge above it.
  const max = Math.max(...stages.map((s) => s.value ?? 0));
  const base = stages.map((s, i) => (numeric ? (max > 0 ? (fw * (s.value ?? 0)) / max : fw) : fw * (1 - (0.6 * i) / n)));
  base.push(numeric ? base[n - 1]! * 0.8 : fw * 0.4);
  const edges = base.map((w, k) => Math.min(fw, Math.max(w, k > 0 ? need[k - 1]! : 0)));
  for (let k = n - 1; k >= 0; k--) edges[k] = Math.max(edges[k]!, edges[k + 1]!);

  const inner = stages.map((_, i) => Math.min(edges[i]!, edges[i + 1]!) - 2 * PAD_X);
  const blocks = stages.map((s, i) => measureBlock(s.label, s.detail, inner[i]!));
  if (!blocks.map((b, i) => checkBlock(stages[i]!, b, inner[i]!, report)).every(Boolean)) return null;
  const sh = Math.max(...blocks.map((b) => b.height)) + 2 * PAD_Y;

  const scene = new Scene();
  const cx = MARGIN + fw / 2;
  // A conversion sits just right of its stage's top (widest) edge.
  const convX = (i: number) => cx + edges[i]! / 2 + CONV_GAP;
  scene.width = Math.max(fw + 2 * MARGIN, ...conv.map((c, i) => (c ? convX(i) + widthPx(c, DETAIL) + MARGIN : 0)));
  scene.height = 2 * MARGIN + n * sh + (n - 1) * STAGE_GAP;
  stages.forEach((stage, i) => {
    const y = MARGIN + i * (sh + STAGE_GAP);
    const top = edges[i]!;
    const bottom = edges[i + 1]!;
    const pts: Array<[number, number]> = [
      [cx - top / 2, y],
      [cx + top / 2, y],
      [cx + bottom / 2, y + sh],
      [cx - bottom / 2, y + sh],
    ];
    const className = ['dg-node', ...(stage.removed ? ['dg-node-muted'] : [])];
    scene.add('nodes', h('polygon', { className, points: points(pts), strokeWidth: 2, strokeLinejoin: 'round', strokeDasharray: stage.removed ? '10 8' : undefined }));
    const narrow = Math.min(top, bottom);
    boxText(scene, { x: cx - narrow / 2, y, width: narrow, height: sh }, blocks[i]!, PAD_X, stage.removed);
    const c = conv[i];
    if (c) {
      const lineTop = y + (sh - DETAIL.lineHeight) / 2;
      const text = textLines([c], DETAIL, convX(i), lineTop, 'start');
      scene.add('nodes', text.element);
      scene.fits.push({ x: convX(i), y: lineTop, width: widthPx(c, DETAIL), height: DETAIL.lineHeight, pad: 0, lines: text.placed });
    }
  });
  return scene;
}
