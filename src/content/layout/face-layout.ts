import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { getKpiDefinition } from '../../kpi/index.ts';
import { SLIDE_CANVAS, type Block, type CalculatorBlock, type Locale, type QuizBlock } from '../types.ts';
import { CANVAS_CONTENT } from './canvas.ts';
import { lineCount, textWidthEm } from './text-measure.ts';

/**
 * How tall a slide face is on the canvas, estimated without a browser from the same sizes the
 * canvas styles use (`present.css`, section "The canvas"). The estimate errs high, so a face it
 * accepts fits on screen; the slide-mode browser journey checks that against real layout.
 */

const C = SLIDE_CANVAS;
/**
 * A line of text mixing fonts (Chinese in the CJK font, Latin and symbols such as → ≠ in another)
 * sets each run on its own ascent and descent, so the line box grows past its line height: by up
 * to a sixth of the font size in Chromium with the Noto CJK and DejaVu fonts. Every line is
 * budgeted with that slack.
 */
const MIXED_FONT_SLACK = 1 / 6;
const line = (font: number, lineHeight: number) => font * (lineHeight + MIXED_FONT_SLACK);
export const BODY_LINE = line(C.bodyFont, C.bodyLineHeight);
/** Space between two blocks of a face (0.5 em). */
export const BLOCK_GAP = C.bodyFont * 0.5;
const LIST_INDENT = C.bodyFont * 1.3;
const LIST_ITEM_GAP = 8;
const H3 = { font: 42, line: line(42, 1.25), gap: 18 };
export const TABLE = { font: C.minFont, line: line(C.minFont, 1.35), padX: 16, padY: 10 };
const CALLOUT = { padX: 28, padY: 20, border: 8 };
/** Quiz on the canvas: the prompt, then one framed row per option with a letter badge. */
export const QUIZ_FACE = { optionIndent: 88, optionPadY: 12, optionBorder: 3, optionGap: 12, promptGap: 20 };
/**
 * Calculator on the canvas: its name, a grid of fields three to a row (label over input; a list
 * of numbers or of funnel stages takes a row of its own), then the result.
 */
export const CALCULATOR_FACE = {
  columns: 3,
  columnGap: 40,
  titleHeight: C.bodyFont * C.bodyLineHeight + 12,
  labelLine: C.minFont * 1.3,
  inputHeight: 64,
  labelGap: 8,
  hintHeight: C.minFont * 1.3 + 4,
  stageRow: 80,
  rowGap: 20,
  resultHeight: 20 + 32 + 72 * 1.2,
} as const;
/** Calculators that also ask whether both values are rates (their "percentage points" switch). */
const POINT_DIFFERENCE_KINDS = new Set(['percentChange', 'improvementPct']);
/** Words on the canvas the interface adds to some calculators, per language. */
const CALCULATOR_WORDS: Record<Locale, { rates: string; hint: string }> = {
  'zh-CN': { rates: '前后两个值都是比率（%）', hint: '多个数值之间用逗号分隔。' },
  en: { rates: 'Both values are rates (%)', hint: 'Separate the values with commas.' },
};
/** A chart on the canvas: its title line, the drawing, and for funnels a line on how to read it. */
export const CHART_FACE = { drawingHeight: 460 } as const;

export interface FaceMeasure {
  /** Estimated height of the face's content below the title, in canvas pixels. */
  bodyHeight: number;
  /** Height of the title with the gap under it. */
  titleHeight: number;
  /** Height available to the body once the title is placed. */
  available: number;
}

export function titleHeight(title: string): number {
  const lines = lineCount(title, CANVAS_CONTENT.width / C.titleFont, true);
  return lines * line(C.titleFont, C.titleLineHeight) + C.titleGap;
}

/** The face's height against the canvas: title, then each block with a gap between. */
export function measureFace(title: string, face: readonly Block[], locale: Locale): FaceMeasure {
  const top = titleHeight(title);
  const heights = face.map((block) => blockHeight(block, CANVAS_CONTENT.width, locale));
  const bodyHeight = heights.reduce((sum, h) => sum + h, 0) + Math.max(0, heights.length - 1) * BLOCK_GAP;
  return { bodyHeight: Math.ceil(bodyHeight), titleHeight: Math.ceil(top), available: Math.floor(CANVAS_CONTENT.height - top) };
}

export function blockHeight(block: Block, width: number, locale: Locale): number {
  switch (block.type) {
    case 'prose':
      return proseHeight(block.hast.children, width);
    case 'callout': {
      const inner = width - 2 * CALLOUT.padX - CALLOUT.border;
      // The title line always shows the callout's kind (提示, 案例 …) before its own title.
      const title = Math.max(1, lineCount(`案例 ${block.title ?? ''}`, inner / C.bodyFont, true)) * BODY_LINE + LIST_ITEM_GAP;
      const blocks = block.blocks.map((b) => blockHeight(b, inner, locale));
      return 2 * CALLOUT.padY + title + blocks.reduce((s, h) => s + h, 0) + Math.max(0, blocks.length - 1) * BLOCK_GAP;
    }
    case 'quiz':
      return quizHeight(block, width);
    case 'calculator':
      return calculatorHeight(block, locale);
    case 'chart':
      return BODY_LINE + CHART_FACE.drawingHeight + (block.chartType === 'funnel' ? BODY_LINE : 0);
    case 'diagram':
      return block.height * Math.min(1, width / block.width) + (block.title ? BODY_LINE : 0);
  }
}

function quizHeight(quiz: QuizBlock, width: number): number {
  const text = (root: HastRoot) => hastText(root.children);
  const prompt = lineCount(text(quiz.prompt), width / C.bodyFont) * BODY_LINE + QUIZ_FACE.promptGap;
  const optionWidth = (width - QUIZ_FACE.optionIndent - 24) / C.bodyFont;
  const row = (lines: number) => lines * BODY_LINE + 2 * (QUIZ_FACE.optionPadY + QUIZ_FACE.optionBorder);
  const rows = (items: HastRoot[]) => items.reduce((sum, item) => sum + row(Math.max(1, lineCount(text(item), optionWidth))) + QUIZ_FACE.optionGap, 0);
  switch (quiz.kind) {
    case 'single':
    case 'multiple':
      return prompt + rows(quiz.options.map((o) => o.content));
    case 'order':
      return prompt + rows(quiz.items.map((i) => i.content));
    case 'truefalse':
    case 'numeric':
      // True and false side by side, or the answer line: one row.
      return prompt + row(1) + QUIZ_FACE.optionGap;
  }
}

function calculatorHeight(block: CalculatorBlock, locale: Locale): number {
  const definition = getKpiDefinition(block.kind);
  if (!definition) return 0;
  const F = CALCULATOR_FACE;
  const words = CALCULATOR_WORDS[locale];
  const column = (CANVAS_CONTENT.width - (F.columns - 1) * F.columnGap) / F.columns;
  const labelLines = (label: string, room: number) => Math.max(1, lineCount(label, room / C.minFont));
  const field = (label: string, room: number) => labelLines(label, room) * F.labelLine + F.labelGap + F.inputHeight;
  const rows: number[] = [];
  const shared: number[] = [];
  for (const input of definition.inputs) {
    const label = input.label[locale];
    if (input.type === 'numberList' && definition.id === 'funnelOverallConversion') {
      const stages = Array.isArray(block.presets[input.name]) ? (block.presets[input.name] as number[]).length : 4;
      rows.push(F.labelLine + F.labelGap + (stages + 1) * F.stageRow);
    } else if (input.type === 'numberList') {
      rows.push(field(label, CANVAS_CONTENT.width) + F.hintHeight);
    } else if (input.type === 'boolean') {
      shared.push(Math.max(F.inputHeight, labelLines(label, column - 60) * C.minFont * 1.45));
    } else {
      shared.push(field(label, column));
    }
  }
  if (POINT_DIFFERENCE_KINDS.has(definition.id)) shared.push(Math.max(F.inputHeight, labelLines(words.rates, column - 60) * C.minFont * 1.45));
  for (let i = 0; i < shared.length; i += F.columns) rows.push(Math.max(...shared.slice(i, i + F.columns)));
  const fields = rows.reduce((sum, h) => sum + h, 0) + Math.max(0, rows.length - 1) * F.rowGap;
  return F.titleHeight + fields + F.resultHeight;
}

function proseHeight(nodes: readonly ElementContent[] | HastRoot['children'], width: number): number {
  const heights: number[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    heights.push(elementHeight(node, width));
  }
  return heights.reduce((s, h) => s + h, 0) + Math.max(0, heights.length - 1) * BLOCK_GAP;
}

function elementHeight(el: Element, width: number): number {
  switch (el.tagName) {
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return lineCount(hastText(el.children), width / H3.font, true) * H3.line + H3.gap;
    case 'ul':
    case 'ol':
      return listHeight(el, width);
    case 'table':
      return tableHeight(el, width);
    case 'blockquote':
      return proseHeight(el.children, width - C.bodyFont);
    case 'pre':
      return hastText(el.children).split('\n').length * C.minFont * 1.4 + 2 * TABLE.padY;
    case 'hr':
      return 0;
    default:
      return Math.max(1, lineCount(hastText(el.children), width / C.bodyFont)) * BODY_LINE;
  }
}

function listHeight(list: Element, width: number): number {
  const inner = width - LIST_INDENT;
  let total = 0;
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const inline = item.children.filter((c) => !(c.type === 'element' && ['ul', 'ol', 'p', 'table'].includes(c.tagName)));
    const blocks = item.children.filter((c): c is Element => c.type === 'element' && ['ul', 'ol', 'p', 'table'].includes(c.tagName));
    const text = hastText(inline).trim();
    total += (text ? lineCount(text, inner / C.bodyFont) * BODY_LINE : 0) + LIST_ITEM_GAP;
    for (const block of blocks) total += elementHeight(block, inner);
  }
  return total;
}

/** A table as the browser's automatic layout would set it: natural widths, shared out when too wide. */
function tableHeight(table: Element, width: number): number {
  const rows = tableRows(table);
  const columns = Math.max(0, ...rows.map((r) => r.length));
  if (columns === 0) return 0;
  const pad = 2 * TABLE.padX;
  const natural = Array.from({ length: columns }, (_, c) =>
    Math.max(...rows.map((r) => textWidthEm(r[c]?.text ?? '', r[c]?.header) * TABLE.font)) + pad,
  );
  const widths = shareWidths(natural, width);
  let total = 0;
  for (const row of rows) {
    const lines = row.map((cell, c) => lineCount(cell.text, (widths[c]! - pad) / TABLE.font, cell.header) || 1);
    total += Math.max(1, ...lines) * TABLE.line + 2 * TABLE.padY + 1;
  }
  return total;
}

/** Columns keep their natural width while all fit; otherwise the widest give way first. */
function shareWidths(natural: number[], width: number): number[] {
  if (natural.reduce((s, w) => s + w, 0) <= width) return natural;
  const widths = [...natural];
  let remaining = width;
  let open = widths.map((_, i) => i);
  // Columns narrower than an even share keep their width; the rest split what is left.
  for (;;) {
    const share = remaining / open.length;
    const narrow = open.filter((i) => natural[i]! <= share);
    if (narrow.length === 0) {
      for (const i of open) widths[i] = share;
      return widths;
    }
    for (const i of narrow) remaining -= natural[i]!;
    open = open.filter((i) => natural[i]! > share);
    if (open.length === 0) return widths;
  }
}

interface Cell {
  text: string;
  header: boolean;
}

function tableRows(table: Element): Cell[][] {
  const rows: Cell[][] = [];
  const visit = (el: Element) => {
    if (el.tagName === 'tr') {
      rows.push(
        el.children
          .filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
          .map((c) => ({ text: hastText(c.children), header: c.tagName === 'th' })),
      );
      return;
    }
    for (const child of el.children) if (child.type === 'element') visit(child);
  };
  visit(table);
  return rows;
}

/** The text of hast nodes as it is laid out: white space collapsed, `<br>` a line break. */
export function hastText(nodes: readonly (ElementContent | HastRoot['children'][number])[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value.replace(/\s+/g, ' ');
    else if (node.type === 'element') out += node.tagName === 'br' ? '\n' : hastText(node.children);
  }
  return out;
}
