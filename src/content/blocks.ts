import type { RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { CompileContext } from './context.ts';
import { isDirectiveLabel, parseAttributes } from './directives/attributes.ts';
import { compileCalculator } from './directives/calculator.ts';
import { compileChart } from './directives/chart.ts';
import { compileDiagram } from './diagrams/compile-diagram.ts';
import { compileQuiz } from './directives/quiz.ts';
import { proseToHast } from './prose.ts';
import { calloutAttributeSchema, notesAttributeSchema } from './schemas.ts';
import type { Block, HastRoot } from './types.ts';

export const DIRECTIVE_NAMES = ['notes', 'depth', 'quiz', 'explain', 'callout', 'calculator', 'chart', 'diagram'] as const;

/** Where blocks sit decides which directives are allowed there. */
type Scope = 'slide' | 'callout';

export interface SlideBody {
  face: Block[];
  depth: Block[];
  notes: HastRoot | null;
}

/**
 * Turns the mdast of one slide (after its heading) into the face, the depth and speaker notes:
 * everything before a `::depth` line is the face, everything after it the depth.
 */
export function compileSlideBody(nodes: RootContent[], ctx: CompileContext): SlideBody {
  const body: SlideBody = { face: [], depth: [], notes: null };
  const onNotes = (notes: ContainerDirective) => {
    if (body.notes) ctx.sink.error('notes-duplicate', 'a slide has one :::notes block; merge them', notes.position);
    else body.notes = compileNotes(notes, ctx);
  };
  const markers = nodes.filter(isDepthMarker);
  for (const extra of markers.slice(1)) ctx.sink.error('depth-duplicate', 'a slide has one ::depth line; everything after the first is already depth', extra.position);
  const split = markers[0] ? nodes.indexOf(markers[0]) : nodes.length;
  const marker = markers[0];
  if (marker) {
    if (marker.type !== 'leafDirective') ctx.sink.error('directive-wrong-form', '::depth is a line of its own, written as ::depth', marker.position);
    else if (Object.keys(marker.attributes ?? {}).length > 0 || marker.children.length > 0) {
      ctx.sink.error('depth-unknown-attribute', '::depth takes no attributes or label', marker.position);
    }
  }
  const faceNodes = nodes.slice(0, split);
  const depthNodes = nodes.slice(split + 1).filter((node) => !isDepthMarker(node));
  body.face = compileBlocks(faceNodes, ctx, 'slide', onNotes);
  body.depth = compileBlocks(depthNodes, ctx, 'slide', onNotes);
  if (marker && !depthNodes.some((node) => !isNotes(node))) ctx.sink.error('depth-empty', 'nothing follows ::depth; remove the line or write the reading depth below it', marker.position);
  if (marker && !faceNodes.some((node) => !isNotes(node))) {
    ctx.sink.error('face-empty', 'the slide face (before ::depth) is empty; give the projected slide a few short lines or one visual', marker.position);
  }
  return body;
}

function isDepthMarker(node: RootContent): node is Extract<RootContent, { type: 'leafDirective' | 'containerDirective' }> {
  return (node.type === 'leafDirective' || node.type === 'containerDirective') && node.name === 'depth';
}

function isNotes(node: RootContent): boolean {
  return node.type === 'containerDirective' && node.name === 'notes';
}

function compileBlocks(nodes: RootContent[], ctx: CompileContext, scope: Scope, onNotes: (n: ContainerDirective) => void): Block[] {
  const blocks: Block[] = [];
  let prose: RootContent[] = [];
  const flush = () => {
    if (prose.length > 0) blocks.push({ type: 'prose', hast: proseToHast(prose) });
    prose = [];
  };
  for (const node of nodes) {
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective') {
      if (node.type === 'heading' && node.depth <= 2) {
        ctx.sink.error('slide-extra-heading', 'a slide has only one level-2 heading; start a new slide after --- or use ### for a sub-heading', node.position);
        continue;
      }
      prose.push(node);
      continue;
    }
    flush();
    const block = compileDirective(node, ctx, scope, onNotes);
    if (block) blocks.push(block);
  }
  flush();
  return blocks;
}

function compileDirective(
  node: ContainerDirective | Extract<RootContent, { type: 'leafDirective' }>,
  ctx: CompileContext,
  scope: Scope,
  onNotes: (n: ContainerDirective) => void,
): Block | null {
  const container = node.type === 'containerDirective';
  const form = `${container ? ':::' : '::'}${node.name}`;
  const expected = (shape: 'container' | 'leaf') => {
    const wanted = shape === 'container' ? `:::${node.name} … :::` : `::${node.name}{…}`;
    ctx.sink.error('directive-wrong-form', `${form} is written as ${wanted}`, node.position);
    return null;
  };
  switch (node.name) {
    case 'notes':
      if (!container) return expected('container');
      if (scope !== 'slide') ctx.sink.error('directive-misplaced', ':::notes belongs directly in a slide, not inside another block', node.position);
      else onNotes(node);
      return null;
    case 'quiz':
      if (!container) return expected('container');
      if (scope !== 'slide') {
        ctx.sink.error('directive-misplaced', 'a quiz belongs directly in a slide, not inside a callout', node.position);
        return null;
      }
      return compileQuiz(node, ctx);
    case 'callout':
      if (!container) return expected('container');
      return compileCallout(node, ctx, onNotes);
    case 'calculator':
      return container ? expected('leaf') : compileCalculator(node, ctx);
    case 'chart':
      return container ? expected('leaf') : compileChart(node, ctx);
    case 'diagram':
      return container ? compileDiagram(node, ctx, ctx.locale) : expected('container');
    case 'depth':
      ctx.sink.error('directive-misplaced', '::depth is a line directly in a slide, not inside another block', node.position);
      return null;
    case 'explain':
      ctx.sink.error('directive-misplaced', ':::explain belongs inside a ::::quiz block', node.position);
      return null;
    default:
      ctx.sink.error('directive-unknown', `unknown directive "${form}"; expected one of ${DIRECTIVE_NAMES.join(', ')}`, node.position);
      return null;
  }
}

function compileCallout(node: ContainerDirective, ctx: CompileContext, onNotes: (n: ContainerDirective) => void): Block | null {
  const attrs = parseAttributes(node, calloutAttributeSchema, ctx.sink, 'callout');
  const children = node.children.filter((child) => {
    if (!isDirectiveLabel(child)) return true;
    ctx.sink.error('callout-label', 'give a callout its title as title="…", not in [brackets]', child.position);
    return false;
  });
  if (children.length === 0) {
    ctx.sink.error('callout-empty', 'callout has no content', node.position);
    return null;
  }
  const blocks = compileBlocks(children, ctx, 'callout', onNotes);
  return attrs ? { type: 'callout', tone: attrs.type, title: attrs.title ?? null, blocks } : null;
}

function compileNotes(node: ContainerDirective, ctx: CompileContext): HastRoot | null {
  parseAttributes(node, notesAttributeSchema, ctx.sink, ':::notes');
  const prose = node.children.filter((child) => {
    if (child.type !== 'containerDirective' && child.type !== 'leafDirective') return true;
    ctx.sink.error('directive-misplaced', 'speaker notes hold only text, lists and tables', child.position);
    return false;
  });
  if (prose.length === 0) {
    ctx.sink.error('notes-empty', ':::notes is empty', node.position);
    return null;
  }
  return proseToHast(prose);
}
