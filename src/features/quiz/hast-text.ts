import type { Nodes } from 'hast';

/** The plain text of compiled content, for accessible names such as "Move “Plan” up". */
export function hastText(node: Nodes): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root' || node.type === 'element') return node.children.map(collect).join('');
  return '';
}
