import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { compileSlideBody } from './blocks.ts';
import { checkFaceBudget } from './face-budget.ts';
import { minimumReadingMs } from './reading-time.ts';
import type { CompileContext, DataLoader } from './context.ts';
import { parseMarkdown } from './markdown.ts';
import { MessageSink, sortMessages, type ContentMessage, type Place } from './messages.ts';
import { frontmatterSchema, type Frontmatter } from './schemas.ts';
import type { Chapter, Locale, Slide } from './types.ts';
import { parseYamlWith } from './yaml-source.ts';

const SLIDE_ID = /\s*\{#([^}\s]*)\}\s*$/;
const VALID_SLIDE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ChapterInput {
  /** Path relative to the project root, used in messages. */
  path: string;
  source: string;
  locale: Locale;
  loadData: DataLoader;
}

export interface ChapterCompileResult {
  /** The chapter, or null when a problem makes it unusable. */
  chapter: Chapter | null;
  frontmatter: Frontmatter | null;
  messages: ContentMessage[];
  /** Where each quiz and slide was defined, for course-wide checks. */
  quizPlaces: Map<string, Place>;
  slidePlaces: Map<string, Place>;
}

/** Compiles one chapter file. Never throws: every problem becomes a positioned message. */
export function compileChapter(input: ChapterInput): ChapterCompileResult {
  const sink = new MessageSink(input.path);
  const dataSinks = new Map<string, MessageSink>();
  const ctx: CompileContext = {
    sink,
    locale: input.locale,
    objectiveIds: null,
    loadData: input.loadData,
    dataSink: (path) => {
      let s = dataSinks.get(path);
      if (!s) dataSinks.set(path, (s = new MessageSink(path)));
      return s;
    },
    quizPlaces: new Map(),
  };
  const tree = parseMarkdown(input.source, sink);
  const [first, ...rest] = tree.children;
  let frontmatter: Frontmatter | null = null;
  let body: RootContent[] = tree.children;
  if (first?.type === 'yaml') {
    body = rest;
    frontmatter = parseYamlWith(first.value, (first.position?.start.line ?? 1) + 1, frontmatterSchema, sink, 'frontmatter');
    if (frontmatter) checkObjectiveIds(frontmatter, sink, first.position?.start.line ?? 1);
  } else {
    sink.error('frontmatter-missing', 'chapter must start with frontmatter between --- lines (id, title, summary, duration, objectives)');
  }
  ctx.objectiveIds = frontmatter ? new Set(frontmatter.objectives.map((o) => o.id)) : null;

  const slidePlaces = new Map<string, Place>();
  const slides: Slide[] = [];
  for (const nodes of splitSlides(body, sink)) {
    const slide = compileSlide(nodes, ctx, slidePlaces);
    if (slide) slides.push(slide);
  }
  if (slides.length === 0 && body.length === 0) sink.error('chapter-empty', 'chapter has no slides; start one with "## Title {#slide-id}"');

  const messages = sortMessages([...sink.messages, ...[...dataSinks.values()].flatMap((s) => s.messages)]);
  const usable = frontmatter !== null && !messages.some((m) => m.severity === 'error');
  const chapter: Chapter | null = usable
    ? {
        id: frontmatter!.id,
        locale: input.locale,
        title: frontmatter!.title,
        summary: frontmatter!.summary,
        duration: frontmatter!.duration,
        objectives: frontmatter!.objectives,
        slides,
        test: [],
      }
    : null;
  return { chapter, frontmatter, messages, quizPlaces: ctx.quizPlaces, slidePlaces };
}

function checkObjectiveIds(frontmatter: Frontmatter, sink: MessageSink, line: number): void {
  const seen = new Set<string>();
  for (const objective of frontmatter.objectives) {
    if (seen.has(objective.id)) sink.error('objective-duplicate-id', `objective id "${objective.id}" is used twice`, { line, column: 1 });
    seen.add(objective.id);
  }
}

/** Splits on top-level `---`; an empty stretch between two separators is a mistake worth naming. */
function splitSlides(nodes: RootContent[], sink: MessageSink): RootContent[][] {
  const slides: RootContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'thematicBreak') {
      if (slides[slides.length - 1]!.length === 0) sink.error('slide-empty', 'empty slide: two --- separators with nothing between them', node.position);
      slides.push([]);
    } else {
      slides[slides.length - 1]!.push(node);
    }
  }
  if (slides.length > 1 && slides[slides.length - 1]!.length === 0) slides.pop();
  return slides.filter((s) => s.length > 0);
}

function compileSlide(nodes: RootContent[], ctx: CompileContext, places: Map<string, Place>): Slide | null {
  const [heading, ...rest] = nodes;
  if (heading?.type !== 'heading' || heading.depth !== 2) {
    ctx.sink.error('slide-missing-heading', 'a slide must start with a level-2 heading: "## Title {#slide-id}"', heading?.position);
    return null;
  }
  const parsed = headingId(heading);
  if (!parsed) {
    ctx.sink.error('slide-missing-id', `slide "${toString(heading)}" has no id; end its heading with {#some-id}`, heading.position);
    return null;
  }
  const { id, title } = parsed;
  if (!VALID_SLIDE_ID.test(id)) {
    ctx.sink.error('slide-invalid-id', `slide id "${id}" must be lowercase letters, digits and single dashes`, heading.position);
    return null;
  }
  const at = heading.position ? { line: heading.position.start.line, column: heading.position.start.column } : { line: 1, column: 1 };
  const previous = places.get(id);
  if (previous) {
    ctx.sink.error('slide-duplicate-id', `slide id "${id}" is already used at line ${previous.line}`, heading.position);
    return null;
  }
  places.set(id, at);
  if (!title) ctx.sink.error('slide-missing-title', `slide "${id}" has an empty title`, heading.position);
  const body = compileSlideBody(rest, ctx);
  const content = rest.filter((node) => !(node.type === 'containerDirective' && node.name === 'notes'));
  if (content.length === 0) ctx.sink.error('slide-empty', `slide "${id}" has no content below its heading`, heading.position);
  const layers = { title, face: body.face, depth: body.depth };
  const slide: Slide = { id, ...layers, notes: body.notes, readingMs: minimumReadingMs(layers, ctx.locale) };
  checkFaceBudget(slide, ctx.locale, at, ctx.sink);
  return slide;
}

function headingId(heading: Heading): { id: string; title: string } | null {
  const last = heading.children[heading.children.length - 1];
  if (last?.type !== 'text') return null;
  const match = SLIDE_ID.exec(last.value);
  if (!match) return null;
  const withoutId: Heading = {
    ...heading,
    children: [...heading.children.slice(0, -1), { ...last, value: last.value.slice(0, match.index) }],
  };
  return { id: match[1]!, title: toString(withoutId).trim() };
}
