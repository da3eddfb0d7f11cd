import type { ContainerDirective } from 'mdast-util-directive';
import type { CompileContext } from '../context.ts';
import { parseAttributes, rawAttributes } from '../directives/attributes.ts';
import { DIAGRAM_KINDS, type DiagramBlock, type Locale } from '../types.ts';
import { buildAlt } from './alt.ts';
import { layoutCycle } from './cycle.ts';
import { layoutFlow } from './flow.ts';
import { layoutFunnel } from './funnel.ts';
import { layoutTree } from './hierarchy.ts';
import { parseBody, type Report } from './items.ts';
import { layoutLadder } from './ladder.ts';
import { layoutMatrix } from './matrix.ts';
import type { DiagramModel } from './models.ts';
import { buildModel } from './validate.ts';
import { diagramAttributeSchema, diagramAttributeSchemas, type DiagramAttributes } from './schema.ts';
import { pixels, svgRoot, type Scene } from './svg.ts';
import { layoutSwimlane } from './swimlane.ts';
import { layoutTimeline } from './timeline.ts';

export { diagramAttributeSchema, diagramAttributeSchemas } from './schema.ts';
export type { FitBox, PlacedLine, Scene } from './svg.ts';

/** A compiled diagram with the layout it was drawn from (the scene records where text went). */
export interface CompiledDiagram {
  block: DiagramBlock;
  model: DiagramModel;
  scene: Scene;
}

/**
 * `:::diagram{kind=… title="…"}` with one Markdown list as its body → static SVG (hast) and
 * its text alternative. Reports problems through `ctx.sink` and returns null when any occur.
 */
export function compileDiagram(node: ContainerDirective, ctx: CompileContext, locale: Locale): DiagramBlock | null {
  return compileDiagramWithLayout(node, ctx, locale)?.block ?? null;
}

export function compileDiagramWithLayout(node: ContainerDirective, ctx: CompileContext, locale: Locale): CompiledDiagram | null {
  let errors = 0;
  const report: Report = (ruleId, message, at) => {
    errors++;
    ctx.sink.error(ruleId, message, at ?? node.position);
  };
  const raw = rawAttributes(node);
  const kind = DIAGRAM_KINDS.find((k) => k === raw.kind);
  const attrs = (
    kind ? parseAttributes(node, diagramAttributeSchemas[kind], ctx.sink, `diagram kind=${kind}`, raw) : parseAttributes(node, diagramAttributeSchema, ctx.sink, 'diagram', raw)
  ) as DiagramAttributes | null;
  const items = parseBody(node, report);
  if (!attrs || !items || errors > 0) return null;

  const model = buildModel(attrs, items, node, report);
  if (!model || errors > 0) return null;
  const scene = layout(model, report, node);
  if (!scene || errors > 0) return null;

  const svg = svgRoot(model.kind, scene);
  const block: DiagramBlock = {
    type: 'diagram',
    kind: model.kind,
    title: attrs.title ?? null,
    svg,
    width: pixels(scene.width),
    height: pixels(scene.height),
    alt: buildAlt(model, locale),
  };
  return { block, model, scene };
}

function layout(model: DiagramModel, report: Report, node: ContainerDirective): Scene | null {
  switch (model.kind) {
    case 'cycle':
      return layoutCycle(model, report);
    case 'flow':
      return model.lanes ? layoutSwimlane(model, report, node.position) : layoutFlow(model, report);
    case 'matrix':
      return layoutMatrix(model, report, node.position);
    case 'funnel':
      return layoutFunnel(model, report);
    case 'hierarchy':
      return model.layout === 'ladder' ? layoutLadder(model, report) : layoutTree(model, report);
    case 'timeline':
      return layoutTimeline(model, report);
  }
}
