import { CANVAS_CONTENT } from '../layout/canvas.ts';
import type { Report } from './items.ts';
import type { CycleModel } from './models.ts';
import { arcEdge, boxText, edge, nodeRect, Scene, textLines, type Rect } from './svg.ts';
import { CENTER, checkBlock, clamp, LABEL, DETAIL, measureBlock, MIN_INNER, naturalWidth, PAD_X, PAD_Y, widthPx, wrapLimited } from './text.ts';

/** Cycle: boxes evenly on an ellipse, clockwise from the top, arcs from each to the next. */

const W = CANVAS_CONTENT.width;
const GAP = 48;
const MARGIN = 4;
/** Clearance between a box and the end of an arc. */
const CLEAR = 8;
/** How far an arc and its arrowhead reach either side of the ellipse. */
const ARC_SPREAD = 10;

function maxBoxWidth(n: number): number {
  return n <= 4 ? 360 : n <= 6 ? 300 : 260;
}

export function layoutCycle(model: CycleModel, report: Report): Scene | null {
  const { items } = model;
  const n = items.length;
  const natural = Math.max(...items.map((i) => Math.max(naturalWidth(i.label, LABEL), naturalWidth(i.detail, DETAIL))));
  const bw = clamp(natural + 2 * PAD_X, MIN_INNER + 2 * PAD_X, maxBoxWidth(n));
  const inner = bw - 2 * PAD_X;
  const blocks = items.map((i) => measureBlock(i.label, i.detail, inner));
  if (!blocks.map((b, i) => checkBlock(items[i]!, b, inner, report)).every(Boolean)) return null;
  const bh = Math.max(...blocks.map((b) => b.height)) + 2 * PAD_Y;

  const rx = ((W - bw) / 2 - MARGIN - ARC_SPREAD) * (n <= 3 ? 0.7 : n === 4 ? 0.85 : 1);
  const angles = items.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / n);
  const cos = angles.map(Math.cos);
  const sin = angles.map(Math.sin);

  let center: string[] = [];
  let centerW = 0;
  if (model.center) {
    const lines = wrapLimited(model.center, Math.min(420, 2 * rx - bw - 2 * GAP), CENTER, 2, 'the centre label', undefined, report);
    if (!lines) return null;
    center = lines;
    centerW = Math.max(...lines.map((l) => widthPx(l, CENTER)));
  }
  const centerH = center.length * CENTER.lineHeight;

  // The smallest ry at which no two boxes (nor a box and the centre label) come closer than GAP.
  let ry = Math.max(0.42 * rx, bh / 2 + GAP);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dsin = Math.abs(sin[i]! - sin[j]!);
      if (Math.abs(cos[i]! - cos[j]!) * rx < bw + GAP && dsin > 1e-9) ry = Math.max(ry, (bh + GAP) / dsin);
    }
    if (center.length > 0 && Math.abs(cos[i]!) * rx < bw / 2 + centerW / 2 + GAP && Math.abs(sin[i]!) > 1e-9) {
      ry = Math.max(ry, (bh / 2 + centerH / 2 + GAP) / Math.abs(sin[i]!));
    }
  }

  // Boxes and arcs around a centre at (0, 0) first; the bounds of both give the size.
  const boxes: Rect[] = items.map((_, i) => ({ x: cos[i]! * rx - bw / 2, y: sin[i]! * ry - bh / 2, width: bw, height: bh }));
  const point = (a: number): [number, number] => [rx * Math.cos(a), ry * Math.sin(a)];
  const inside = (r: Rect, [x, y]: [number, number]) => x > r.x - CLEAR && x < r.x + r.width + CLEAR && y > r.y - CLEAR && y < r.y + r.height + CLEAR;
  const arcs = items.map((_, i) => {
    const next = (i + 1) % n;
    const a0 = angles[i]!;
    const mid = a0 + Math.PI / n;
    if (inside(boxes[i]!, point(mid)) || inside(boxes[next]!, point(mid))) return null;
    const start = boundary(a0, mid, (a) => inside(boxes[i]!, point(a)));
    const tip = boundary(a0 + (2 * Math.PI) / n, mid, (a) => inside(boxes[next]!, point(a)));
    const speed = Math.hypot(rx * Math.sin(tip), ry * Math.cos(tip));
    return { start, tip, base: Math.max(start, tip - 15 / speed) };
  });
  const xs = boxes.flatMap((b) => [b.x, b.x + b.width]);
  const ys = boxes.flatMap((b) => [b.y, b.y + b.height]);
  for (const arc of arcs) {
    for (let k = 0; arc && k <= 16; k++) {
      const [x, y] = point(arc.start + ((arc.tip - arc.start) * k) / 16);
      xs.push(x - ARC_SPREAD, x + ARC_SPREAD);
      ys.push(y - ARC_SPREAD, y + ARC_SPREAD);
    }
  }
  const cx = MARGIN - Math.min(...xs);
  const cy = MARGIN - Math.min(...ys);
  const scene = new Scene();
  scene.width = Math.max(...xs) + cx + MARGIN;
  scene.height = Math.max(...ys) + cy + MARGIN;
  const at = ([x, y]: [number, number]): [number, number] => [cx + x, cy + y];
  for (const box of boxes) {
    box.x += cx;
    box.y += cy;
  }

  arcs.forEach((arc, i) => {
    const next = (i + 1) % n;
    const dashed = items[i]!.removed || items[next]!.removed;
    if (arc) scene.add('edges', ...arcEdge(at(point(arc.start)), at(point(arc.base)), rx, ry, at(point(arc.tip)), { dashed }));
    else scene.add('edges', ...edge(straight(boxes[i]!, boxes[next]!), { arrow: true, dashed }));
  });

  items.forEach((item, i) => {
    scene.add('nodes', nodeRect(boxes[i]!, item.removed ? 'muted' : i === 0 ? 'accent' : 'plain'));
    boxText(scene, boxes[i]!, blocks[i]!, PAD_X, item.removed);
  });

  if (center.length > 0) {
    const top = cy - centerH / 2;
    const text = textLines(center, CENTER, cx, top);
    scene.add('nodes', text.element);
    scene.fits.push({ x: cx - centerW / 2, y: top, width: centerW, height: centerH, pad: 0, lines: text.placed });
  }
  return scene;
}

/** Bisects between an angle inside a box and one outside it for where the ellipse leaves the box. */
function boundary(insideAngle: number, outsideAngle: number, isInside: (a: number) => boolean): number {
  let a = insideAngle;
  let b = outsideAngle;
  for (let k = 0; k < 40; k++) {
    const m = (a + b) / 2;
    if (isInside(m)) a = m;
    else b = m;
  }
  return b;
}

/** A straight connector between two boxes' borders, along the line joining their centres. */
function straight(a: Rect, b: Rect): Array<[number, number]> {
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  const bx = b.x + b.width / 2;
  const by = b.y + b.height / 2;
  const exit = (r: Rect, dx: number, dy: number): number => {
    const tx = dx === 0 ? Infinity : (r.width / 2 + CLEAR) / Math.abs(dx);
    const ty = dy === 0 ? Infinity : (r.height / 2 + CLEAR) / Math.abs(dy);
    return Math.min(tx, ty);
  };
  const dx = bx - ax;
  const dy = by - ay;
  const s = exit(a, dx, dy);
  const e = 1 - exit(b, dx, dy);
  return [
    [ax + dx * s, ay + dy * s],
    [ax + dx * e, ay + dy * e],
  ];
}
