import { breakUnits, textWidthEm, wrapText } from '../layout/text-measure.ts';
import type { Position } from 'unist';
import { SLIDE_CANVAS } from '../types.ts';
import type { Report } from './items.ts';

/** Text sizes and line breaking for SVG text: widths in px on the slide canvas. */

export interface TextStyle {
  font: number;
  bold: boolean;
  lineHeight: number;
  className: string;
}

const LINE_HEIGHT = 1.3;
const style = (font: number, bold: boolean, className: string): TextStyle => ({ font, bold, lineHeight: font * LINE_HEIGHT, className });

export const LABEL = style(SLIDE_CANVAS.diagramLabelFont, true, 'dg-label');
export const DETAIL = style(SLIDE_CANVAS.diagramDetailFont, false, 'dg-detail');
export const NOTE = style(SLIDE_CANVAS.diagramDetailFont, false, 'dg-note-text');
export const CENTER = style(SLIDE_CANVAS.diagramLabelFont, true, 'dg-center');
export const LANE_LABEL = style(SLIDE_CANVAS.diagramLabelFont, true, 'dg-lane-label');
export const AXIS_LABEL = style(SLIDE_CANVAS.diagramDetailFont, false, 'dg-axis-label');

/** Padding inside a box around its text (at least 16 px on every side). */
export const PAD_X = 20;
export const PAD_Y = 16;
/** Space between a label's last line and the detail's first. */
export const DETAIL_GAP = 4;
export const MAX_LABEL_LINES = 3;
export const MAX_DETAIL_LINES = 4;
/** The narrowest inner width any box gets, so the widest single character always fits. */
export const MIN_INNER = 110;

const EPSILON = 1e-6;

export function widthPx(text: string, s: TextStyle): number {
  return textWidthEm(text, s.bold) * s.font;
}

/** The width of a text set on one line, with a pixel to spare so wrapping at it keeps one line. */
export function naturalWidth(text: string | null, s: TextStyle): number {
  return text ? widthPx(text, s) + 1 : 0;
}

/**
 * Breaks text into lines no wider than `maxPx`: `wrapText` (kinsoku for Chinese, words for
 * Latin), then any single word still too wide is split between characters.
 */
export function wrap(text: string, maxPx: number, s: TextStyle): string[] {
  return wrapText(text, maxPx / s.font, s.bold).flatMap((line) => (fits(line, maxPx, s) ? [line] : hardBreak(line, maxPx, s)));
}

function fits(line: string, maxPx: number, s: TextStyle): boolean {
  return widthPx(line, s) <= maxPx + EPSILON;
}

/** The width of the widest piece a line may not break inside (a Latin word, a glued CJK pair). */
export function widestUnit(text: string, s: TextStyle): number {
  return Math.max(0, ...breakUnits(text).map((unit) => widthPx(unit.trim(), s) + 1));
}

/** The first word of `text` too wide for a line of `maxPx` on its own, if any. */
export function overwideWord(text: string, maxPx: number, s: TextStyle): string | null {
  return wrapText(text, maxPx / s.font, s.bold).find((line) => !fits(line, maxPx, s)) ?? null;
}

function hardBreak(line: string, maxPx: number, s: TextStyle): string[] {
  const out: string[] = [];
  let current = '';
  for (const char of line) {
    if (current && !fits(current + char, maxPx, s)) {
      out.push(current.trimEnd());
      current = char.trimStart();
    } else {
      current += char;
    }
  }
  if (current) out.push(current);
  return out;
}

/** A label with its optional detail, broken into lines for one box width. */
export interface TextBlock {
  label: string[];
  detail: string[];
  /** Height of the lines themselves, without padding. */
  height: number;
}

export function blockHeight(labelLines: number, detailLines: number): number {
  return labelLines * LABEL.lineHeight + (detailLines > 0 ? DETAIL_GAP + detailLines * DETAIL.lineHeight : 0);
}

export function measureBlock(label: string, detail: string | null, innerWidth: number): TextBlock {
  const labelLines = wrap(label, innerWidth, LABEL);
  const detailLines = detail ? wrap(detail, innerWidth, DETAIL) : [];
  return { label: labelLines, detail: detailLines, height: blockHeight(labelLines.length, detailLines.length) };
}

/** The height of `lines` lines in one style. */
export function linesHeight(lines: number, s: TextStyle): number {
  return lines * s.lineHeight;
}

/** Baseline of line `index` of a block whose first line box starts at `top`. */
export function baseline(top: number, index: number, s: TextStyle): number {
  return top + index * s.lineHeight + (s.lineHeight - s.font) / 2 + s.font * 0.85;
}

/** Roughly how many characters fit in `lines` lines of a box, for messages. */
export function capacity(innerWidth: number, lines: number, s: TextStyle): string {
  const han = Math.floor(innerWidth / widthPx('中', s)) * lines;
  const latin = Math.floor(innerWidth / widthPx('n', s)) * lines;
  return `about ${han} Chinese characters or ${latin} Latin letters`;
}

interface Labelled {
  label: string;
  position?: Position | undefined;
}

/** Reports a label over 3 lines or a detail over 4 lines in a box of this inner width. */
export function checkBlock(item: Labelled, block: TextBlock, innerWidth: number, report: Report): boolean {
  let ok = true;
  const word = block.label.length > 0 ? overwideWord(item.label, innerWidth, LABEL) : null;
  if (word) {
    report(
      'diagram-label-too-long',
      `the word "${word}" in the label "${item.label}" is wider than its box, where a line holds ${capacity(innerWidth, 1, LABEL)}; use a shorter word or fewer items`,
      item.position,
    );
    ok = false;
  } else if (block.label.length > MAX_LABEL_LINES) {
    report(
      'diagram-label-too-long',
      `the label "${item.label}" needs ${block.label.length} lines in its box, which holds ${MAX_LABEL_LINES} (${capacity(innerWidth, MAX_LABEL_LINES, LABEL)}); shorten it or move words into the detail after "："`,
      item.position,
    );
    ok = false;
  }
  if (block.detail.length > MAX_DETAIL_LINES) {
    report(
      'diagram-text-too-long',
      `the detail of "${item.label}" needs ${block.detail.length} lines in its box, which holds ${MAX_DETAIL_LINES} (${capacity(innerWidth, MAX_DETAIL_LINES, DETAIL)}); shorten it`,
      item.position,
    );
    ok = false;
  }
  return ok;
}

/** Wraps free text (a note, a lane name, an axis name) and reports it when over `maxLines`. */
export function wrapLimited(text: string, maxPx: number, s: TextStyle, maxLines: number, what: string, at: Position | undefined, report: Report): string[] | null {
  const lines = wrap(text, maxPx, s);
  if (lines.length <= maxLines) return lines;
  report('diagram-text-too-long', `${what} "${text}" needs ${lines.length} lines where ${maxLines} fit (${capacity(maxPx, maxLines, s)}); shorten it`, at);
  return null;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
