import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Nodes as MdastNodes, PhrasingContent, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/**
 * Markdown → sanitised hast without positions. Sanitising after a compile that already rejects
 * raw HTML is deliberate: it also drops `javascript:` links and anything a future Markdown
 * extension might let through.
 */
export function proseToHast(nodes: RootContent[]): HastRoot {
  const mdast: MdastNodes = { type: 'root', children: nodes };
  const hast = sanitize(toHast(mdast), defaultSchema) as HastRoot;
  stripPositions(hast);
  return hast;
}

export function phrasingToHast(nodes: PhrasingContent[]): HastRoot {
  return proseToHast([{ type: 'paragraph', children: nodes }]).children
    .filter((c): c is Element => c.type === 'element' && c.tagName === 'p')
    .reduce<HastRoot>((root, p) => ({ type: 'root', children: [...root.children, ...(p.children as HastContent[])] }), {
      type: 'root',
      children: [],
    });
}

function stripPositions(node: HastRoot | HastContent): void {
  delete node.position;
  if ('children' in node) for (const child of node.children) stripPositions(child);
}
