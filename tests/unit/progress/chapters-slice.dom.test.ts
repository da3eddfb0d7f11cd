import { beforeEach, describe, expect, it } from 'vitest';
import { testChapter, testCourse } from '../../fixtures/progress/course.ts';
import { useProgressStore } from '../../../src/progress/progress-store.ts';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const store = () => useProgressStore.getState();
const completions = () => store().outbox.filter((e) => e.type === 'chapter_completed');

const course = testCourse([testChapter('kpis', ['intro', 'formula'], ['q1', 'q2']), testChapter('reading', ['a'], [], 2)]);

beforeEach(async () => {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
  await settle();
  localStorage.clear();
});

describe('markSlideSeen', () => {
  it('keeps the first-seen time and emits one event per slide', () => {
    store().markSlideSeen('kpis', 'intro', 100);
    store().markSlideSeen('kpis', 'intro', 50);
    store().markSlideSeen('kpis', 'intro', 200);
    expect(store().chapters.kpis?.seen).toEqual({ intro: 100 });
    expect(store().outbox).toMatchObject([{ type: 'slide_seen', at: 100, chapterId: 'kpis', slideId: 'intro', acked: false }]);
  });

  it('refuses a time that could not be saved', () => {
    expect(() => store().markSlideSeen('kpis', 'intro', Number.NaN)).toThrow(RangeError);
    expect(store().chapters).toEqual({});
  });
});

describe('submitQuiz', () => {
  it('appends attempts with fresh ids and emits quiz_submitted', () => {
    const first = store().submitQuiz('kpis', { score: 0.5, answers: { q1: 'a' }, quizIds: ['q1', 'q2'], seed: 1, at: 10 });
    const second = store().submitQuiz('kpis', { score: 1, answers: { q1: 'b' }, quizIds: ['q1', 'q2'], seed: 1, at: 20 });
    expect(first).not.toBe(second);
    expect(store().chapters.kpis?.attempts.map((a) => [a.id, a.score])).toEqual([
      [first, 0.5],
      [second, 1],
    ]);
    expect(store().outbox[1]).toMatchObject({ type: 'quiz_submitted', attemptId: second, score: 1, answers: { q1: 'b' } });
  });

  it('keeps when the attempt began, if it was before the submission', () => {
    store().submitQuiz('kpis', { score: 1, answers: {}, quizIds: [], seed: 1, startedAt: 5, at: 10 });
    store().submitQuiz('kpis', { score: 1, answers: {}, quizIds: [], seed: 1, startedAt: 50, at: 20 });
    expect(store().chapters.kpis?.attempts.map((a) => a.startedAt)).toEqual([5, undefined]);
  });

  it('refuses a score outside 0..1', () => {
    expect(() => store().submitQuiz('kpis', { score: 1.5, answers: {}, quizIds: [], seed: 1 })).toThrow(RangeError);
    expect(store().outbox).toEqual([]);
  });
});

describe('completion', () => {
  it('is stamped and announced exactly once, when the facts first make the chapter complete', () => {
    store().configureCourse(course);
    store().markSlideSeen('kpis', 'intro', 1);
    store().markSlideSeen('kpis', 'formula', 2);
    store().submitQuiz('kpis', { score: 0.6, answers: {}, quizIds: ['q1', 'q2'], seed: 1, at: 3 });
    expect(completions()).toEqual([]);
    store().submitQuiz('kpis', { score: 0.8, answers: {}, quizIds: ['q1', 'q2'], seed: 1, at: 4 });
    store().submitQuiz('kpis', { score: 1, answers: {}, quizIds: ['q1', 'q2'], seed: 1, at: 5 });
    store().markSlideSeen('kpis', 'extra', 6);
    store().markChapterCompleted('kpis', 7);
    expect(store().chapters.kpis?.completedAt).toBe(4);
    expect(completions()).toMatchObject([{ chapterId: 'kpis', at: 4 }]);
    expect(store().outbox.map((e) => e.type).slice(3, 5)).toEqual(['quiz_submitted', 'chapter_completed']);
  });

  it('completes a chapter without quizzes on its slides', () => {
    store().configureCourse(course);
    store().markSlideSeen('reading', 'a', 9);
    expect(store().chapters.reading?.completedAt).toBe(9);
    expect(completions()).toHaveLength(1);
  });

  it('is not stamped while no course is configured, and is caught up when it is', () => {
    store().markSlideSeen('reading', 'a', 9);
    expect(completions()).toEqual([]);
    store().configureCourse(course);
    store().configureCourse(course);
    expect(store().chapters.reading?.completedAt).not.toBeNull();
    expect(completions()).toHaveLength(1);
  });

  it('can be marked directly, once, and is never cleared', () => {
    store().markChapterCompleted('kpis', 50);
    store().markChapterCompleted('kpis', 60);
    store().markSlideSeen('kpis', 'intro', 70);
    expect(store().chapters.kpis?.completedAt).toBe(50);
    expect(completions()).toHaveLength(1);
  });
});

describe('profile and position', () => {
  it('stamps the profile with the time of the edit', () => {
    store().setProfile({ displayName: '王芳', employeeId: 'E-17', team: null });
    expect(store().profile).toMatchObject({ displayName: '王芳', employeeId: 'E-17', team: null });
    expect(store().profile?.updatedAt).toBeGreaterThan(0);
  });

  it('remembers the last position', () => {
    store().setPosition('kpis', 'formula', 33);
    expect(store().lastPosition).toEqual({ chapterId: 'kpis', slideId: 'formula', at: 33 });
  });
});
