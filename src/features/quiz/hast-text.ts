import type { Nodes } from 'hast';
import { toString } from 'hast-util-to-string';

/** The plain text of compiled content, for accessible names such as "Move “Plan” up". */
export function hastText(node: Nodes): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}
