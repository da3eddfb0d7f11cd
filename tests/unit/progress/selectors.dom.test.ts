import { describe, expect, it } from 'vitest';
import type { ManifestChapter } from '../../../src/content/types.ts';
import { testChapter, testCourse } from '../../fixtures/progress/course.ts';
import { emptyProgress } from '../../../src/progress/progress-data.ts';
import type { ChapterRecord, ProgressData, QuizAttempt } from '../../../src/progress/progress-schema.ts';
import {
  selectChapterProgress,
  selectCourseProgress,
  selectPendingEvents,
  selectResumeTarget,
} from '../../../src/progress/selectors.ts';

function attempt(score: number, quizIds: string[], id = `a-${score}`): QuizAttempt {
  return { id, at: 1, score, answers: {}, quizIds, seed: 1 };
}

function withChapters(chapters: Record<string, Partial<ChapterRecord>>): ProgressData {
  const full = Object.fromEntries(
    Object.entries(chapters).map(([id, r]) => [id, { seen: {}, attempts: [], completedAt: null, ...r }]),
  );
  return { ...emptyProgress(), chapters: full };
}

const kpis = testChapter('kpis', ['intro', 'formula', 'cases'], ['q1', 'q2']);
const reading = testChapter('reading', ['a', 'b'], [], 2);

describe('selectChapterProgress', () => {
  it('reports nothing for a chapter never opened', () => {
    expect(selectChapterProgress(emptyProgress(), kpis, 'en', 0.8)).toEqual({
      seenCount: 0,
      slideCount: 3,
      percent: 0,
      bestScore: null,
      attempts: 0,
      complete: false,
      completedAt: null,
    });
  });

  it('counts only slides still in the manifest and rounds the percentage down', () => {
    const state = withChapters({ kpis: { seen: { intro: 1, formula: 2, removed: 3 } } });
    const progress = selectChapterProgress(state, kpis, 'en', 0.8);
    expect(progress.seenCount).toBe(2);
    expect(progress.percent).toBe(66);
    expect(state.chapters.kpis?.seen).toHaveProperty('removed');
  });

  it('needs every slide and a passing best score', () => {
    const seen = { intro: 1, formula: 2, cases: 3 };
    const failing = withChapters({ kpis: { seen, attempts: [attempt(0.5, ['q1', 'q2'])] } });
    expect(selectChapterProgress(failing, kpis, 'en', 0.8).complete).toBe(false);
    const passing = withChapters({ kpis: { seen, attempts: [attempt(0.5, ['q1', 'q2']), attempt(0.9, ['q1', 'q2'])] } });
    expect(selectChapterProgress(passing, kpis, 'en', 0.8)).toMatchObject({ bestScore: 0.9, attempts: 2, complete: true });
    const unseen = withChapters({ kpis: { seen: { intro: 1 }, attempts: [attempt(1, ['q1', 'q2'])] } });
    expect(selectChapterProgress(unseen, kpis, 'en', 0.8).complete).toBe(false);
  });

  it('passes a score that misses the mark only by floating-point error', () => {
    const score = 2.4 / 3; // 0.7999999999999999
    const state = withChapters({ kpis: { seen: { intro: 1, formula: 2, cases: 3 }, attempts: [attempt(score, ['q1', 'q2'])] } });
    expect(score).toBeLessThan(0.8);
    expect(selectChapterProgress(state, kpis, 'en', 0.8).complete).toBe(true);
  });

  it('ignores attempts that did not cover every current quiz', () => {
    const state = withChapters({ kpis: { seen: { intro: 1, formula: 2, cases: 3 }, attempts: [attempt(1, ['q1'])] } });
    expect(selectChapterProgress(state, kpis, 'en', 0.8)).toMatchObject({ bestScore: null, attempts: 1, complete: false });
  });

  it('completes a chapter without quizzes on slides alone', () => {
    const state = withChapters({ reading: { seen: { a: 1, b: 2 } } });
    expect(selectChapterProgress(state, reading, 'zh-CN', 0.8)).toMatchObject({ percent: 100, complete: true });
  });

  it('never completes a planned chapter not written yet', () => {
    const planned: ManifestChapter = { ...testChapter('reading', [], [], 2), locales: { 'zh-CN': null, en: null } };
    expect(selectChapterProgress(withChapters({ reading: {} }), planned, 'en', 0.8)).toMatchObject({
      slideCount: 0,
      percent: 0,
      complete: false,
    });
  });

  it('gives the same progress in every locale', () => {
    const state = withChapters({ kpis: { seen: { intro: 1 }, attempts: [attempt(0.9, ['q1', 'q2'])] } });
    expect(selectChapterProgress(state, kpis, 'en', 0.8)).toEqual(selectChapterProgress(state, kpis, 'zh-CN', 0.8));
  });

  it('reports the stored completion time, and never reads inherited keys as chapters', () => {
    const state = withChapters({ reading: { completedAt: 42 } });
    expect(selectChapterProgress(state, reading, 'en', 0.8).completedAt).toBe(42);
    expect(selectChapterProgress(state, testChapter('constructor', ['x']), 'en', 0.8).attempts).toBe(0);
  });
});

describe('selectCourseProgress', () => {
  it('counts complete chapters among those that have slides', () => {
    const planned: ManifestChapter = { ...testChapter('later', [], [], 3), locales: { 'zh-CN': null, en: null } };
    const course = testCourse([kpis, reading, planned]);
    const state = withChapters({ reading: { seen: { a: 1, b: 2 } } });
    expect(selectCourseProgress(state, course, 'en')).toEqual({
      completedChapters: 1,
      totalChapters: 2,
      percent: 50,
      complete: false,
    });
  });

  it('is complete when every available chapter is', () => {
    const course = testCourse([reading]);
    expect(selectCourseProgress(withChapters({ reading: { seen: { a: 1, b: 2 } } }), course, 'en').complete).toBe(true);
    expect(selectCourseProgress(emptyProgress(), testCourse([]), 'en')).toMatchObject({ percent: 0, complete: false });
  });
});

describe('selectResumeTarget', () => {
  const course = testCourse([kpis, reading]);

  it('returns the last position while it still exists', () => {
    const state = { ...emptyProgress(), lastPosition: { chapterId: 'kpis', slideId: 'formula', at: 5 } };
    expect(selectResumeTarget(state, course)).toEqual({ chapterId: 'kpis', slideId: 'formula' });
  });

  it('ignores positions whose chapter or slide has left the course', () => {
    expect(selectResumeTarget(emptyProgress(), course)).toBeNull();
    const goneSlide = { ...emptyProgress(), lastPosition: { chapterId: 'kpis', slideId: 'old', at: 5 } };
    const goneChapter = { ...emptyProgress(), lastPosition: { chapterId: 'old', slideId: 'intro', at: 5 } };
    expect(selectResumeTarget(goneSlide, course)).toBeNull();
    expect(selectResumeTarget(goneChapter, course)).toBeNull();
  });
});

describe('selectPendingEvents', () => {
  it('lists unacknowledged events in order', () => {
    const event = { type: 'slide_seen' as const, at: 1, chapterId: 'kpis', slideId: 'intro' };
    const outbox = [
      { ...event, id: 'e1', acked: true },
      { ...event, id: 'e2', acked: false },
      { ...event, id: 'e3', acked: false },
    ];
    expect(selectPendingEvents({ outbox }).map((e) => e.id)).toEqual(['e2', 'e3']);
  });
});
