// Side-effect type imports: these extensions add their node types to mdast.
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-frontmatter';
import type {} from 'mdast-util-gfm-strikethrough';
import type {} from 'mdast-util-gfm-table';
import type {} from 'mdast-util-gfm-task-list-item';
import type { Nodes, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { MessageSink } from './messages.ts';
import { remarkCourseGfm } from './remark-course-gfm.ts';

const parser = unified().use(remarkParse).use(remarkCourseGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/**
 * Parses a chapter into mdast and makes it safe to compile: raw HTML is reported, images need
 * alt text, and text that merely looks like an inline directive (`LTV:CAC`, `3:1`) becomes text
 * again, since the course defines no inline directives.
 */
export function parseMarkdown(source: string, sink: MessageSink): Root {
  const tree = parser.parse(source);
  sanitizeTree(tree, source, sink);
  return tree;
}

function sanitizeTree(node: Nodes, source: string, sink: MessageSink): void {
  if (!('children' in node)) return;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'html') {
      sink.error('raw-html', 'raw HTML is not allowed; write it in Markdown instead', child.position);
      children.splice(i, 1);
      i--;
      continue;
    }
    if (child.type === 'textDirective') {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      const literal = start !== undefined && end !== undefined ? source.slice(start, end) : `:${child.name}`;
      children[i] = { type: 'text', value: literal, position: child.position };
      continue;
    }
    if ((child.type === 'image' || child.type === 'imageReference') && !child.alt?.trim()) {
      sink.error('image-missing-alt', 'an image needs alt text describing it: ![what it shows](path)', child.position);
    }
    sanitizeTree(child, source, sink);
  }
  mergeAdjacentText(children);
}

/** Restored directive text leaves neighbouring text nodes; join them so the output stays small. */
function mergeAdjacentText(children: RootContent[]): void {
  for (let i = children.length - 1; i > 0; i--) {
    const a = children[i - 1]!;
    const b = children[i]!;
    if (a.type === 'text' && b.type === 'text') {
      a.value += b.value;
      if (a.position && b.position) a.position.end = b.position.end;
      children.splice(i, 1);
    }
  }
}
