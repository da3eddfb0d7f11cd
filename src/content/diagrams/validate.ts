import type { ContainerDirective } from 'mdast-util-directive';
import { checkCount, checkFlat, splitLabel, type DiagramItem, type Report } from './items.ts';
import { LIMITS, parseValue, type DiagramModel, type FlowModel, type FlowStep, type LadderModel, type MatrixModel, type TreeModel } from './models.ts';
import type { DiagramAttributes } from './schema.ts';

/** Checks a kind's items against its rules (counts, nesting, lanes, shape) and builds its model. */

export function buildModel(attrs: DiagramAttributes, items: DiagramItem[], node: ContainerDirective, report: Report): DiagramModel | null {
  const count = (range: readonly [number, number], what: string, n = items.length) => checkCount(n, range[0], range[1], what, node, report);
  switch (attrs.kind) {
    case 'cycle':
      if (!count(LIMITS.cycle, 'a cycle diagram') || !checkFlat(items, 'cycle', report)) return null;
      return { kind: 'cycle', items, center: attrs.center ?? null };
    case 'flow':
      return buildFlow(items, attrs.lanes ?? null, count, report);
    case 'matrix':
      return buildMatrix(items, attrs, node, report);
    case 'funnel': {
      if (!count(LIMITS.funnel, 'a funnel diagram') || !checkFlat(items, 'funnel', report)) return null;
      const stages = items.map((item) => ({ ...item, value: parseValue(item.detail) }));
      return { kind: 'funnel', stages, numeric: stages.every((s) => s.value !== null) };
    }
    case 'timeline':
      if (!count(LIMITS.timeline, 'a timeline diagram') || !checkFlat(items, 'timeline', report)) return null;
      return { kind: 'timeline', phases: items };
    case 'hierarchy':
      return attrs.layout === 'ladder' ? buildLadder(items, count, report) : buildTree(items, node, count, report);
  }
}

type Count = (range: readonly [number, number], what: string, n?: number) => boolean;

function buildFlow(items: DiagramItem[], lanes: string[] | null, count: Count, report: Report): FlowModel | null {
  if (!count(lanes ? LIMITS.swimlane : LIMITS.flow, lanes ? 'a flow diagram with lanes' : 'a flow diagram')) return null;
  let ok = true;
  const steps = items.map((item, index): FlowStep => {
    let { label, detail } = item;
    let lane: string | null = null;
    if (lanes) {
      const bar = item.text.search(/[|｜]/);
      if (bar < 0) {
        report('diagram-missing-lane', `the step "${item.text}" names no lane; start it with its lane and a bar, e.g. "${lanes[0]} | ${item.label}"`, item.position);
        ok = false;
      } else {
        lane = item.text.slice(0, bar).trim();
        ({ label, detail } = splitLabel(item.text.slice(bar + 1)));
        if (!lanes.includes(lane)) {
          report('diagram-unknown-lane', `the step "${label}" is in lane "${lane}", which lanes="…" does not name; the lanes are ${lanes.join(', ')}`, item.position);
          ok = false;
        } else if (!label) {
          report('diagram-empty-label', `the step in lane "${lane}" has no label after the bar; write it as "${lane} | label：detail"`, item.position);
          ok = false;
        }
      }
    }
    let note: string | null = null;
    const [first, ...more] = item.children;
    if (first) {
      if (more.length > 0 || first.children.length > 0) {
        report('diagram-nesting', `a flow step takes at most one note (one nested item with no list under it); "${label}" has more`, item.nestedAt);
        ok = false;
      } else if (index === items.length - 1) {
        report('diagram-nesting', `"${label}" is the last step, so no arrow leaves it to carry the note; remove the nested item`, item.nestedAt);
        ok = false;
      }
      note = first.text;
    }
    return { ...item, label, detail, lane, note };
  });
  return ok ? { kind: 'flow', steps, lanes } : null;
}

function buildMatrix(items: DiagramItem[], attrs: DiagramAttributes, node: ContainerDirective, report: Report): MatrixModel | null {
  const cols = attrs.cols ?? 2;
  const n = items.length;
  if (n < LIMITS.matrixCells[0]) {
    report('diagram-too-few-items', `a matrix diagram needs ${LIMITS.matrixCells[0]} to ${LIMITS.matrixCells[1]} items; this one has ${n}`, node.position);
    return null;
  }
  if (n % cols !== 0) {
    const examples = [2, 3].map((rows) => `${cols} × ${rows} = ${cols * rows}`).join(', ');
    report('diagram-matrix-shape', `a matrix with cols=${cols} needs a multiple of ${cols} items (${examples} …) to fill its grid; this one has ${n}`, node.position);
    return null;
  }
  const rows = n / cols;
  if (rows > LIMITS.matrixRows || n > LIMITS.matrixCells[1]) {
    report('diagram-too-many-items', `a matrix diagram takes ${LIMITS.matrixCells[0]} to ${LIMITS.matrixCells[1]} items in at most ${LIMITS.matrixRows} rows; this one has ${n} (${rows} rows of ${cols})`, node.position);
    return null;
  }
  if (!checkFlat(items, 'matrix', report)) return null;
  return { kind: 'matrix', cells: items, cols, rows, x: attrs.x ?? null, y: attrs.y ?? null };
}

function buildLadder(items: DiagramItem[], count: Count, report: Report): LadderModel | null {
  const chain: DiagramItem[] = [];
  if (items.length > 1) {
    if (!checkFlat(items, 'ladder-layout hierarchy (given as a flat list)', report)) return null;
    chain.push(...items);
  } else {
    for (let item: DiagramItem | undefined = items[0]; item; item = item.children[0]) {
      chain.push(item);
      if (item.children.length > 1) {
        report('diagram-nesting', `layout=ladder draws a single chain, so each level has at most one item under it; "${item.label}" has ${item.children.length}`, item.nestedAt);
        return null;
      }
    }
  }
  return count(LIMITS.ladder, 'a ladder (levels from the top down)', chain.length) ? { kind: 'hierarchy', layout: 'ladder', chain } : null;
}

function buildTree(items: DiagramItem[], node: ContainerDirective, count: Count, report: Report): TreeModel | null {
  const [root] = items;
  if (!root || items.length > 1) {
    report('diagram-hierarchy-root', `a hierarchy has exactly one top item (the root) with the others nested under it; this one has ${items.length}`, items[1]?.position ?? node.position);
    return null;
  }
  let ok = true;
  let total = 0;
  let leaves = 0;
  const walk = (item: DiagramItem, depth: number) => {
    total++;
    if (item.children.length === 0) leaves++;
    if (depth === LIMITS.treeDepth && item.children.length > 0) {
      report('diagram-nesting', `a hierarchy is at most ${LIMITS.treeDepth} levels deep; "${item.label}" is on level ${LIMITS.treeDepth}, so it cannot have items under it`, item.nestedAt);
      ok = false;
      return;
    }
    for (const child of item.children) walk(child, depth + 1);
  };
  walk(root, 1);
  if (!ok || !count(LIMITS.tree, 'a hierarchy diagram', total)) return null;
  if (leaves > LIMITS.treeLeaves) {
    report('diagram-too-many-items', `a hierarchy fits at most ${LIMITS.treeLeaves} items side by side on its bottom row (items with nothing under them); this one has ${leaves}`, node.position);
    return null;
  }
  return { kind: 'hierarchy', layout: 'tree', root };
}
