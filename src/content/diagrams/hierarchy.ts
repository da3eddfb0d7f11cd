import { CANVAS_CONTENT } from '../layout/canvas.ts';
import type { DiagramItem, Report } from './items.ts';
import type { TreeModel } from './models.ts';
import { boxText, edge, nodeRect, Scene, type Rect } from './svg.ts';
import { checkBlock, clamp, DETAIL, LABEL, measureBlock, MIN_INNER, naturalWidth, PAD_X, PAD_Y, type TextBlock } from './text.ts';

/** Hierarchy as a top-down tree: one slot per leaf, parents centred over their children. */

const W = CANVAS_CONTENT.width;
const MARGIN = 4;
const GAP_X = 24;
const LEVEL_GAP = 56;
const MAX_BOX = 320;
const MAX_PARENT = 480;

interface TreeNode {
  item: DiagramItem;
  depth: number;
  children: TreeNode[];
  cx: number;
  /** Width of the subtree: from its first leaf's left edge to its last leaf's right edge. */
  span: number;
  width: number;
  block?: TextBlock;
}

function build(item: DiagramItem, depth: number): TreeNode {
  return { item, depth, children: item.children.map((c) => build(c, depth + 1)), cx: 0, span: 0, width: 0 };
}

function flatten(node: TreeNode): TreeNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

export function layoutTree(model: TreeModel, report: Report): Scene | null {
  const root = build(model.root, 0);
  const nodes = flatten(root);
  const leaves = nodes.filter((n) => n.children.length === 0).length;
  const natural = Math.max(...nodes.map((n) => Math.max(naturalWidth(n.item.label, LABEL), naturalWidth(n.item.detail, DETAIL))));
  const bw = clamp(natural + 2 * PAD_X, MIN_INNER + 2 * PAD_X, Math.min(MAX_BOX, (W - 2 * MARGIN - (leaves - 1) * GAP_X) / leaves));

  let slot = 0;
  const place = (node: TreeNode): void => {
    if (node.children.length === 0) {
      node.cx = MARGIN + bw / 2 + slot++ * (bw + GAP_X);
      node.span = bw;
      return;
    }
    node.children.forEach(place);
    const first = node.children[0]!;
    const last = node.children[node.children.length - 1]!;
    node.cx = (first.cx + last.cx) / 2;
    node.span = last.cx + last.span / 2 - (first.cx - first.span / 2);
  };
  place(root);

  // A parent may be wider than a leaf, up to the width its subtree spans (spans never overlap).
  let ok = true;
  for (const n of nodes) {
    const own = Math.max(naturalWidth(n.item.label, LABEL), naturalWidth(n.item.detail, DETAIL)) + 2 * PAD_X;
    n.width = clamp(own, bw, Math.max(bw, Math.min(MAX_PARENT, n.span)));
    n.block = measureBlock(n.item.label, n.item.detail, n.width - 2 * PAD_X);
    ok = checkBlock(n.item, n.block, n.width - 2 * PAD_X, report) && ok;
  }
  if (!ok) return null;

  const depth = Math.max(...nodes.map((n) => n.depth)) + 1;
  const levelH = Array.from({ length: depth }, (_, d) => Math.max(...nodes.filter((n) => n.depth === d).map((n) => n.block!.height)) + 2 * PAD_Y);
  const levelY: number[] = [];
  let y = MARGIN;
  for (const h of levelH) {
    levelY.push(y);
    y += h + LEVEL_GAP;
  }

  const scene = new Scene();
  scene.width = leaves * bw + (leaves - 1) * GAP_X + 2 * MARGIN;
  scene.height = y - LEVEL_GAP + MARGIN;
  const rect = (n: TreeNode): Rect => ({ x: n.cx - n.width / 2, y: levelY[n.depth]!, width: n.width, height: levelH[n.depth]! });
  for (const node of nodes) {
    const box = rect(node);
    scene.add('nodes', nodeRect(box, node.item.removed ? 'muted' : node === root ? 'accent' : 'plain'));
    boxText(scene, box, node.block!, PAD_X, node.item.removed);
    const bottom = box.y + box.height;
    const mid = bottom + LEVEL_GAP / 2;
    for (const child of node.children) {
      const top = levelY[child.depth]!;
      scene.add('edges', ...edge([[node.cx, bottom], [node.cx, mid], [child.cx, mid], [child.cx, top]], { dashed: child.item.removed }));
    }
  }
  return scene;
}
