import { hastText, measureFace } from './layout/face-layout.ts';
import { hanCount, wordCount } from './layout/text-measure.ts';
import type { MessageSink, Place } from './messages.ts';
import type { Block, HastRoot, Locale, Slide } from './types.ts';

/**
 * What one slide face may hold. The face is projected to a room: a title, a few short lines or one
 * visual, at most one interactive block; it must fit the canvas at full type size.
 */
export const FACE_BUDGET = {
  /** Most Han characters on a Chinese face (title included). */
  maxHan: 200,
  /** Most words on an English face (title included). */
  maxWords: 120,
  /** The course-wide median a locale's faces must stay under. */
  medianHan: 120,
  medianWords: 70,
} as const;

const INTERACTIVE = new Set<Block['type']>(['quiz', 'calculator']);
const VISUAL = new Set<Block['type']>(['chart', 'diagram']);

/** The amount of text on a face, in the unit its language is budgeted in. */
export function faceTextAmount(slide: Slide, locale: Locale): number {
  const text = [slide.title, ...slide.face.map(blockText)].join(' ');
  return locale === 'zh-CN' ? hanCount(text) : wordCount(text);
}

/** The amount of text on the whole slide, face and depth (notes excluded), in the same unit. */
export function slideTextAmount(slide: Pick<Slide, 'title' | 'face' | 'depth'>, locale: Locale): number {
  const text = [slide.title, ...slide.face.map(blockText), ...slide.depth.map(blockText)].join(' ');
  return locale === 'zh-CN' ? hanCount(text) : wordCount(text);
}

/** Checks one slide's face: amount of text, big blocks, and whether it fits the canvas. */
export function checkFaceBudget(slide: Slide, locale: Locale, at: Place, sink: MessageSink): void {
  const where = `the face of slide "${slide.id}"`;
  const amount = faceTextAmount(slide, locale);
  const [max, unit] = locale === 'zh-CN' ? [FACE_BUDGET.maxHan, 'Han characters'] : [FACE_BUDGET.maxWords, 'words'];
  if (amount > max) {
    sink.error('face-too-long', `${where} has ${amount} ${unit} (at most ${max}); keep the projected lines short and move the explanation below ::depth`, at);
  }
  const big = slide.face.filter((b) => INTERACTIVE.has(b.type) || VISUAL.has(b.type));
  if (big.length > 1) {
    sink.error('face-one-visual', `${where} holds ${big.map((b) => b.type).join(' and ')}; a face shows one visual or one interactive block, the rest goes below ::depth`, at);
  }
  const { bodyHeight, available } = measureFace(slide.title, slide.face, locale);
  if (bodyHeight > available) {
    sink.error(
      'face-overflow',
      `${where} needs about ${bodyHeight} px of the ${available} px the canvas has below its title; shorten it or move blocks below ::depth`,
      at,
    );
  }
}

/** The median face length of a locale's chapters; the course check holds it to the budget. */
export function medianFaceAmount(slides: readonly Slide[], locale: Locale): number {
  const amounts = slides.map((s) => faceTextAmount(s, locale)).sort((a, b) => a - b);
  if (amounts.length === 0) return 0;
  const mid = amounts.length >> 1;
  return amounts.length % 2 ? amounts[mid]! : (amounts[mid - 1]! + amounts[mid]!) / 2;
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'prose':
      return rootText(block.hast);
    case 'callout':
      return [block.title ?? '', ...block.blocks.map(blockText)].join(' ');
    case 'quiz': {
      const parts = [rootText(block.prompt)];
      if (block.kind === 'single' || block.kind === 'multiple') parts.push(...block.options.map((o) => rootText(o.content)));
      if (block.kind === 'order') parts.push(...block.items.map((i) => rootText(i.content)));
      return parts.join(' ');
    }
    case 'chart':
      return block.title ?? '';
    case 'diagram':
      return [block.title ?? '', rootText(block.svg)].join(' ');
    case 'calculator':
      return '';
  }
}

function rootText(root: HastRoot): string {
  return hastText(root.children);
}
