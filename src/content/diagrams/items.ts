import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { isDirectiveLabel } from '../directives/attributes.ts';

/** Reports one problem; the compiler passes the chapter's message sink through this. */
export type Report = (ruleId: string, message: string, at?: Position) => void;

/** One list item of a diagram: `label` or `label：detail`, possibly struck, possibly nested. */
export interface DiagramItem {
  /** The first paragraph's plain text, whitespace collapsed. */
  text: string;
  label: string;
  detail: string | null;
  /** The whole first paragraph is struck through (`~~…~~`): a removed step. */
  removed: boolean;
  position: Position | undefined;
  children: DiagramItem[];
  /** Where the nested list starts, for nesting messages. */
  nestedAt: Position | undefined;
}

/**
 * Splits at the first full-width colon, or at an ASCII colon followed by a space; `3:1` and
 * `LTV:CAC` stay whole.
 */
export function splitLabel(text: string): { label: string; detail: string | null } {
  const wide = text.indexOf('：');
  const ascii = text.search(/: /);
  const candidates = [wide, ascii].filter((i) => i >= 0);
  if (candidates.length === 0) return { label: text.trim(), detail: null };
  const at = Math.min(...candidates);
  const detail = text.slice(at + 1).trim();
  return { label: text.slice(0, at).trim(), detail: detail || null };
}

function plainText(paragraph: Paragraph): string {
  return toString(paragraph).replace(/\s+/g, ' ').trim();
}

function isStruck(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'delete');
}

function describe(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      return 'paragraph';
    case 'table':
      return 'table';
    case 'heading':
      return 'heading';
    case 'code':
      return 'code block';
    case 'list':
      return 'second list (every item needs the same marker, 1. or -, and no text between items)';
    case 'containerDirective':
    case 'leafDirective':
      return 'directive';
    default:
      return node.type;
  }
}

/** The directive's one list as items, or null after reporting why the body is not one list. */
export function parseBody(node: ContainerDirective, report: Report): DiagramItem[] | null {
  let list: List | null = null;
  let ok = true;
  for (const child of node.children) {
    if (isDirectiveLabel(child)) {
      report('diagram-invalid-body', 'give a diagram its title as title="…", not in [brackets]', child.position);
      ok = false;
    } else if (child.type === 'list' && !list) {
      list = child;
    } else {
      report('diagram-invalid-body', `a diagram holds exactly one Markdown list and nothing else; move this ${describe(child)} out of the :::diagram block`, child.position);
      ok = false;
    }
  }
  if (!list) {
    if (ok) report('diagram-empty', 'the diagram has no items; write them as a Markdown list (1. or -), one item per line', node.position);
    return null;
  }
  const items = parseList(list, report);
  return ok && items ? items : null;
}

function parseList(list: List, report: Report): DiagramItem[] | null {
  const items = list.children.map((li) => parseItem(li, report));
  return items.every((i): i is DiagramItem => i !== null) ? items : null;
}

function parseItem(li: ListItem, report: Report): DiagramItem | null {
  const [first, ...rest] = li.children;
  if (first?.type !== 'paragraph' || !plainText(first)) {
    report('diagram-empty-label', 'this diagram item has no label; write it as "label" or "label：detail"', li.position);
    return null;
  }
  const text = plainText(first);
  const { label, detail } = splitLabel(text);
  let ok = true;
  if (!label) {
    report('diagram-empty-label', `the diagram item "${text}" has nothing before its colon; write it as "label：detail"`, li.position);
    ok = false;
  }
  const children: DiagramItem[] = [];
  let nestedAt: Position | undefined;
  for (const child of rest) {
    if (child.type === 'list') {
      nestedAt ??= child.position;
      const nested = parseList(child, report);
      if (nested) children.push(...nested);
      else ok = false;
    } else {
      report('diagram-invalid-body', `a diagram item is one line ("label" or "label：detail"), optionally followed by a nested list; move this ${describe(child)} out of the item`, child.position);
      ok = false;
    }
  }
  if (!ok) return null;
  return { text, label, detail, removed: isStruck(first), position: li.position, children, nestedAt };
}

/** Reports nested lists where a kind allows none; true when there are none. */
export function checkFlat(items: readonly DiagramItem[], kind: string, report: Report): boolean {
  let ok = true;
  for (const item of items) {
    if (item.children.length > 0) {
      report('diagram-nesting', `a ${kind} diagram has no nested lists; make "${item.label}" and its sub-items separate items or move the sub-items into its detail`, item.nestedAt ?? item.position);
      ok = false;
    }
  }
  return ok;
}

/** Reports an item count outside [min, max] at the directive; true when it is inside. */
export function checkCount(count: number, min: number, max: number, what: string, node: ContainerDirective, report: Report): boolean {
  if (count < min) report('diagram-too-few-items', `${what} needs ${min} to ${max} items; this one has ${count}`, node.position);
  else if (count > max) report('diagram-too-many-items', `${what} takes ${min} to ${max} items; this one has ${count}, so split it or merge steps`, node.position);
  else return true;
  return false;
}
