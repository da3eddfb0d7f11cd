import type { Element, ElementContent, Root } from 'hast';
import type { DiagramKind } from '../types.ts';
import { h, points, r1, t } from './hast.ts';
import { baseline, DETAIL, DETAIL_GAP, LABEL, PAD_Y, type TextBlock, type TextStyle } from './text.ts';

/** One line of text as placed: the anchor point, the baseline and the style it is drawn in. */
export interface PlacedLine {
  text: string;
  x: number;
  baseline: number;
  anchor: 'start' | 'middle' | 'end';
  style: TextStyle;
}

/**
 * A region text was laid out to stay inside (a box, or the space reserved beside one), and how
 * far from its edges the text keeps. Layouts record one per text block so tests can check fits.
 */
export interface FitBox {
  x: number;
  y: number;
  width: number;
  height: number;
  pad: number;
  lines: PlacedLine[];
}

type Layer = 'back' | 'edges' | 'nodes' | 'front';

/** What a layout produces: SVG elements in paint order, the size, and the text regions. */
export class Scene {
  width = 0;
  height = 0;
  readonly fits: FitBox[] = [];
  private readonly layers: Record<Layer, Element[]> = { back: [], edges: [], nodes: [], front: [] };

  add(layer: Layer, ...elements: Element[]): void {
    this.layers[layer].push(...elements);
  }

  elements(): Element[] {
    return [...this.layers.back, ...this.layers.edges, ...this.layers.nodes, ...this.layers.front];
  }
}

/** A layout size as whole pixels, rounded up (float noise does not add a pixel). */
export function pixels(size: number): number {
  return Math.ceil(size - 1e-6);
}

export function svgRoot(kind: DiagramKind, scene: Scene): Root {
  const width = pixels(scene.width);
  const height = pixels(scene.height);
  const svg = h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      className: ['dg', `dg-${kind}`],
      ariaHidden: 'true',
      focusable: 'false',
    },
    scene.elements(),
  );
  return { type: 'root', children: [svg] };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type NodeTone = 'plain' | 'accent' | 'muted';

const DASH = '10 8';

/** A rounded box with the node classes; muted (removed) boxes are dashed. */
export function nodeRect(r: Rect, tone: NodeTone, rx = 12): Element {
  const className = ['dg-node', ...(tone === 'accent' ? ['dg-node-accent'] : tone === 'muted' ? ['dg-node-muted'] : [])];
  return h('rect', { className, x: r.x, y: r.y, width: r.width, height: r.height, rx, strokeWidth: 2, strokeDasharray: tone === 'muted' ? DASH : undefined });
}

/** Lines of one style as a `<text>` with a `<tspan>` per line; returns the element and placements. */
export function textLines(
  lines: readonly string[],
  s: TextStyle,
  x: number,
  top: number,
  anchor: PlacedLine['anchor'] = 'middle',
  struck = false,
): { element: Element; placed: PlacedLine[] } {
  const placed = lines.map((text, i) => ({ text, x, baseline: baseline(top, i, s), anchor, style: s }));
  const tspans: ElementContent[] = placed.map((line, i) => h('tspan', { x, dy: i === 0 ? undefined : s.lineHeight }, [t(line.text)]));
  const element = h(
    'text',
    {
      className: [s.className],
      x,
      y: placed[0]?.baseline ?? top,
      // The size and weight the layout measured with travel with the text, whatever page shows it.
      fontSize: s.font,
      fontWeight: s.bold ? 700 : 400,
      textAnchor: anchor === 'start' ? undefined : anchor,
      textDecoration: struck ? 'line-through' : undefined,
    },
    tspans,
  );
  return { element, placed };
}

/**
 * A label (bold) over its detail, centred horizontally in `box` and vertically in its free
 * height; recorded as a fit with the box padding.
 */
export function boxText(scene: Scene, box: Rect, block: TextBlock, padX: number, struck = false, cx = box.x + box.width / 2): void {
  const top = box.y + Math.max(PAD_Y, (box.height - block.height) / 2);
  const label = textLines(block.label, LABEL, cx, top, 'middle', struck);
  scene.add('nodes', label.element);
  const placed = [...label.placed];
  if (block.detail.length > 0) {
    const detail = textLines(block.detail, DETAIL, cx, top + block.label.length * LABEL.lineHeight + DETAIL_GAP);
    scene.add('nodes', detail.element);
    placed.push(...detail.placed);
  }
  scene.fits.push({ ...box, pad: Math.min(padX, PAD_Y), lines: placed });
}

export interface EdgeStyle {
  accent?: boolean;
  dashed?: boolean;
  arrow?: boolean;
  /** Draw as an axis (`dg-axis`) rather than a connector. */
  axis?: boolean;
}

const HEAD_LENGTH = 16;
const HEAD_HALF_WIDTH = 8;

/** A polygon arrowhead with its tip at (x, y), pointing along (dx, dy). */
export function arrowHead(x: number, y: number, dx: number, dy: number, accent = false): Element {
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const bx = x - ux * HEAD_LENGTH;
  const by = y - uy * HEAD_LENGTH;
  const pts: Array<[number, number]> = [
    [x, y],
    [bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH],
    [bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH],
  ];
  return h('polygon', { className: ['dg-arrow', ...(accent ? ['dg-edge-accent'] : [])], points: points(pts) });
}

function edgeClass(style: EdgeStyle): string[] {
  if (style.axis) return ['dg-axis'];
  return ['dg-edge', ...(style.accent ? ['dg-edge-accent'] : [])];
}

/** A straight or orthogonal connector through `path`, with an arrowhead at the end if asked. */
export function edge(path: ReadonlyArray<readonly [number, number]>, style: EdgeStyle = {}): Element[] {
  const pts = path.map(([x, y]) => [x, y] as [number, number]);
  const out: Element[] = [];
  if (style.arrow && pts.length >= 2) {
    const [tx, ty] = pts[pts.length - 1]!;
    const [px, py] = pts[pts.length - 2]!;
    const length = Math.hypot(tx - px, ty - py) || 1;
    pts[pts.length - 1] = [tx - ((tx - px) / length) * (HEAD_LENGTH - 1), ty - ((ty - py) / length) * (HEAD_LENGTH - 1)];
    out.push(arrowHead(tx, ty, tx - px, ty - py, style.accent));
  }
  const common = { className: edgeClass(style), fill: 'none', strokeWidth: 3, strokeDasharray: style.dashed ? DASH : undefined };
  const line =
    pts.length === 2
      ? h('line', { ...common, x1: pts[0]![0], y1: pts[0]![1], x2: pts[1]![0], y2: pts[1]![1] })
      : h('polyline', { ...common, points: points(pts), strokeLinejoin: 'round' });
  return [line, ...out];
}

/** An elliptical arc from `from` to `to` (clockwise), ending in an arrowhead at `tip`. */
export function arcEdge(from: readonly [number, number], to: readonly [number, number], rx: number, ry: number, tip: readonly [number, number], style: EdgeStyle = {}): Element[] {
  const d = `M ${r1(from[0])} ${r1(from[1])} A ${r1(rx)} ${r1(ry)} 0 0 1 ${r1(to[0])} ${r1(to[1])}`;
  const path = h('path', { className: edgeClass(style), d, fill: 'none', strokeWidth: 3, strokeDasharray: style.dashed ? DASH : undefined });
  return [path, arrowHead(tip[0], tip[1], tip[0] - to[0], tip[1] - to[1], style.accent)];
}

export const ARROW_LENGTH = HEAD_LENGTH;
