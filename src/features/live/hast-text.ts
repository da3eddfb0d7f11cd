import type { HastRoot } from '../../content/types.ts';

type Node = HastRoot | HastRoot['children'][number];

/** The plain text of a compiled fragment (for short labels and accessible names). */
export function hastText(node: Node): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => hastText(child as Node)).join('');
  return '';
}

/** At most `max` characters of a fragment's text, whitespace collapsed. */
export function shortText(node: HastRoot, max = 80): string {
  const text = hastText(node).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
