/**
 * Shared steps of the journeys that read a chapter and take its test, under the assessment rules:
 * a slide counts as seen only after its reading time on screen (moved on with the page clock, not
 * waited for), and a test attempt asks `testSize` questions drawn from the chapter's bank by a
 * seed the journey does not know, so the questions shown are matched to the bank by their prompts.
 */
import type { Clock, FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Chapter, Locale, QuizBlock } from '../../src/content/types.ts';
import { hastText } from '../../src/features/quiz/hast-text.ts';
import { quizMessages } from '../../src/i18n/messages/quiz.ts';
import { PROGRESS_STORAGE_KEY } from '../../src/progress/progress-data.ts';
import type { QuizResponse } from '../../src/quiz/response.ts';
import { drawTest } from '../../src/quiz/test-draw.ts';
import { compiledManifest } from './course-content.ts';

/** Compares texts from the page and from the compiled content whatever the whitespace between blocks. */
const squash = (text: string) => text.replace(/\s+/g, '');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Questions one attempt asks (`test.questions` of course.yaml). */
export function testSize(): number {
  return compiledManifest().test.questions;
}

/** The accessible name of a test question's group, "Question n of 5" in the interface's language. */
export function questionGroupName(locale: Locale): RegExp {
  const template = quizMessages[locale]['test.questionOf'];
  return new RegExp(`^${template.split(/\{n\}|\{total\}/).map(escapeRegExp).join('\\d+')}`);
}

/** The bank question whose prompt the shown question's legend contains (exactly one must). */
export function matchBankQuestion(legend: string, bank: readonly QuizBlock[]): QuizBlock {
  const shown = squash(legend);
  const matches = bank.filter((quiz) => shown.includes(squash(hastText(quiz.prompt))));
  if (matches.length !== 1) throw new Error(`${matches.length} bank questions match the question shown: “${legend.trim()}”`);
  return matches[0]!;
}

export interface ShownQuestion {
  group: Locator;
  quiz: QuizBlock;
}

/**
 * The questions the current attempt shows, each matched to its bank question: `testSize` of
 * them, distinct, in bank order (the order the draw keeps).
 */
export async function shownQuestions(test: Locator, chapter: Chapter): Promise<ShownQuestion[]> {
  const groups = test.getByRole('group', { name: questionGroupName(chapter.locale) });
  await groups.first().waitFor();
  const count = await groups.count();
  expect(count).toBe(Math.min(testSize(), chapter.test.length));
  const shown: ShownQuestion[] = [];
  for (let index = 0; index < count; index++) {
    const group = groups.nth(index);
    const legend = (await group.locator('legend').first().textContent()) ?? '';
    shown.push({ group, quiz: matchBankQuestion(legend, chapter.test) });
  }
  const ids = shown.map(({ quiz }) => quiz.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(chapter.test.map((quiz) => quiz.id).filter((id) => ids.includes(id)));
  return shown;
}

/**
 * Answers one question through its controls, as a learner would: rightly, or wrongly (a wrong
 * choice, the other truth value, a number far off, an order that is not the right one).
 */
export async function answerQuestion(group: Locator, quiz: QuizBlock, right: boolean): Promise<void> {
  switch (quiz.kind) {
    case 'single': {
      const option = quiz.options.find((o) => o.correct === right)!;
      await group.locator(`input[value="${option.id}"]`).check();
      return;
    }
    case 'multiple': {
      const chosen = right ? quiz.options.filter((o) => o.correct) : quiz.options.filter((o) => !o.correct).slice(0, 1);
      for (const option of chosen) await group.locator(`input[value="${option.id}"]`).check();
      return;
    }
    case 'truefalse':
      await group.locator(`input[type="radio"][value="${String(right ? quiz.answer : !quiz.answer)}"]`).check();
      return;
    case 'numeric':
      await group.locator('input[inputmode="decimal"]').fill(String(right ? quiz.answer : quiz.answer + 1000 + quiz.tolerance * 10));
      return;
    case 'order': {
      const wanted = quiz.items.map((item) => squash(hastText(item.content)));
      const items = group.locator('li.quiz-order-item');
      const shown = async () => (await items.locator('.quiz-order-text').allTextContents()).map(squash);
      // Moving an item is what answers an ordering question, whatever order it was drawn in:
      // the first item down one place and back up again.
      await items.nth(0).locator('button').nth(1).click();
      await items.nth(1).locator('button').first().click();
      if (right) {
        for (let target = 0; target < wanted.length; target++) {
          // The first button of an item moves it up.
          for (let at = (await shown()).indexOf(wanted[target]!); at > target; at--) await items.nth(at).locator('button').first().click();
        }
        await expect(shown()).resolves.toEqual(wanted);
      } else if ((await shown()).join('|') === wanted.join('|')) {
        // Drawn in the right order already: the first item down one place (its second button).
        await items.nth(0).locator('button').nth(1).click();
        await expect(shown()).resolves.not.toEqual(wanted);
      }
      return;
    }
  }
}

export interface TakenTest {
  /** The bank questions the attempt asked, in the order shown. */
  questions: QuizBlock[];
  passed: boolean;
}

/**
 * Takes the chapter test shown in `test` (the `#chapter-test` section): matches each question
 * shown to the bank, answers the first `right` of them rightly and the rest wrongly, submits and
 * waits for the result.
 */
export async function takeChapterTest(test: Locator, chapter: Chapter, right: number = testSize()): Promise<TakenTest> {
  await test.scrollIntoViewIfNeeded();
  const shown = await shownQuestions(test, chapter);
  for (const [index, { group, quiz }] of shown.entries()) await answerQuestion(group, quiz, index < right);
  await test.locator('form button[type="submit"]').click();
  const result = test.locator('.chapter-test-result');
  await result.waitFor();
  const passed = (await result.getAttribute('class'))?.includes('is-passed') ?? false;
  expect(passed).toBe(right / shown.length + 1e-9 >= compiledManifest().passMark);
  return { questions: shown.map(({ quiz }) => quiz), passed };
}

/** What the progress saved in the browser holds for a chapter: slides seen and attempts. */
export interface SavedChapter {
  seen: Record<string, number>;
  attempts: Array<{ id: string; at: number; score: number; seed?: number; quizIds: string[]; imported?: boolean; verdict?: { verdict: string; score: number | null } }>;
  completedAt: number | null;
}

export interface SavedProgress {
  chapters: Record<string, SavedChapter>;
  outbox: Array<{ type: string; acked: boolean; chapterId: string }>;
}

/** The progress this page's origin has saved (its local storage, under `key`), or an empty record. */
export function savedProgress(page: Page, key: string = PROGRESS_STORAGE_KEY): Promise<SavedProgress> {
  return page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as { state?: Partial<SavedProgress> } | null;
    return { chapters: saved?.state?.chapters ?? {}, outbox: saved?.state?.outbox ?? [] };
  }, key);
}

/** The slide ids saved as seen in `chapterId`. */
export async function savedSeen(page: Page, chapterId: string, key?: string): Promise<string[]> {
  return Object.keys((await savedProgress(page, key)).chapters[chapterId]?.seen ?? {});
}

/** The questions the latest saved attempt drew, by the seed it recorded: what the server regrades from. */
export async function lastAttemptDraw(page: Page, chapter: Chapter): Promise<string[]> {
  const attempt = (await savedProgress(page)).chapters[chapter.id]?.attempts.at(-1);
  expect(attempt?.seed).toBeTypeOf('number');
  return drawTest(chapter.test, attempt!.seed!, testSize());
}

/**
 * Resolves once the product's own "mostly on screen" rule holds for `element` (60 % of it, or of
 * the viewport for taller ones): observers are notified in the order they were made, so by then
 * the lesson's observer has started the slide's reading time. Gives up after a few seconds.
 */
function onScreen(section: Locator): Promise<boolean> {
  return section.evaluate(
    (element) =>
      new Promise<boolean>((resolve) => {
        const done = (value: boolean) => {
          observer.disconnect();
          resolve(value);
        };
        const observer = new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const viewport = entry.rootBounds?.height ?? window.innerHeight;
              const share = Math.max(entry.intersectionRatio, viewport > 0 ? entry.intersectionRect.height / viewport : 0);
              if (entry.isIntersecting && share >= 0.6) done(true);
            }
          },
          { threshold: [0, 0.25, 0.5, 0.6, 0.75, 1] },
        );
        observer.observe(element);
        setTimeout(() => done(false), 5_000);
      }),
  );
}

/**
 * Reads one lesson section: scrolls it to the top of the window and, once it is on screen, moves
 * the page clock on by its reading time, then waits until it is saved as seen. (The clock must
 * have been installed before the page was opened.)
 */
export async function readSection(clock: Clock, section: Locator, readingMs: number, isSeen: () => Promise<boolean>): Promise<void> {
  await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  expect(await onScreen(section), 'the section is on screen').toBe(true);
  await clock.fastForward(readingMs + 500);
  await expect.poll(isSeen, { timeout: 10_000 }).toBe(true);
}

/**
 * Reads a whole lesson, section by section, each for its reading time on the page clock, and
 * checks every slide is saved as seen. `root` is the page, or the frame the course runs in;
 * `page` is the top-level page (its storage is the course's); `storageKey` where the course saves
 * progress, when not the default (an LMS package keys it per learner and attempt).
 */
export async function readChapter(page: Page, chapter: Chapter, root: Page | FrameLocator = page, storageKey?: string): Promise<void> {
  await root.locator('.lesson-slides:not([aria-busy])').waitFor();
  const sections = root.locator('section.lesson-slide');
  expect(await sections.count()).toBe(chapter.slides.length);
  for (const [index, slide] of chapter.slides.entries()) {
    const section = sections.nth(index);
    expect(await section.getAttribute('data-slide-id')).toBe(slide.id);
    await readSection(page.clock, section, slide.readingMs, async () => (await savedSeen(page, chapter.id, storageKey)).includes(slide.id));
  }
  expect((await savedSeen(page, chapter.id, storageKey)).sort()).toEqual(chapter.slides.map((slide) => slide.id).sort());
}

/** An answer the server's grader scores 1 (`right`) or 0 for a bank question. */
export function responseFor(quiz: QuizBlock, right: boolean): QuizResponse {
  switch (quiz.kind) {
    case 'single':
      return { kind: 'single', optionId: quiz.options.find((o) => o.correct === right)!.id };
    case 'multiple':
      return { kind: 'multiple', optionIds: (right ? quiz.options.filter((o) => o.correct) : quiz.options.filter((o) => !o.correct).slice(0, 1)).map((o) => o.id) };
    case 'truefalse':
      return { kind: 'truefalse', value: right ? quiz.answer : !quiz.answer };
    case 'numeric':
      return { kind: 'numeric', text: String(right ? quiz.answer : quiz.answer + 1000 + quiz.tolerance * 10) };
    case 'order': {
      const ids = quiz.items.map((item) => item.id);
      return { kind: 'order', itemIds: right ? ids : [...ids].reverse() };
    }
  }
}

/** The questions `seed` draws from the chapter's bank, each answered rightly: a genuine attempt's answers. */
export function rightAnswers(chapter: Chapter, seed: number): Record<string, QuizResponse> {
  const drawn = drawTest(chapter.test, seed, testSize());
  return Object.fromEntries(drawn.map((id) => [id, responseFor(chapter.test.find((quiz) => quiz.id === id)!, true)]));
}
