import { beforeEach, describe, expect, it } from 'vitest';
import { testChapter, testCourse } from '../../fixtures/progress/course.ts';
import { emptyProgress } from '../../../src/progress/progress-data.ts';
import type { ProgressData } from '../../../src/progress/progress-schema.ts';
import { useProgressStore } from '../../../src/progress/progress-store.ts';
import { computeChapterProgress } from '../../../src/progress/selectors.ts';
import { exportProgressCsv, exportProgressJson, importProgressJson } from '../../../src/progress/progress-transfer.ts';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const store = () => useProgressStore.getState();

const course = testCourse([
  testChapter('funnel', ['stages', 'rates'], [], 2),
  testChapter('kpis', ['intro', 'formula', 'cases'], ['q1'], 1),
]);

beforeEach(async () => {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
  await settle();
  localStorage.clear();
});

describe('exportProgressJson / importProgressJson', () => {
  it('exports a versioned file; an import restores reading, keeps attempts as history and sends nothing', () => {
    store().configureCourse(course);
    store().setProfile({ displayName: 'Li', employeeId: 'E7', team: 'Ops' });
    for (const slide of ['intro', 'formula', 'cases']) store().markSlideSeen('kpis', slide, 10);
    store().submitQuiz('kpis', { score: 1, answers: { q1: ['a'] }, quizIds: ['q1'], seed: 1, at: 11 });
    expect(store().chapters.kpis!.completedAt).toBe(11);
    const file = exportProgressJson(store());
    expect(file).toMatchObject({ format: 'courseware-progress', version: 2 });
    expect(new Date(file.exportedAt).toISOString()).toBe(file.exportedAt);
    expect(Object.keys(file.progress).sort()).toEqual(['chapters', 'lastPosition', 'outbox', 'profile']);

    const text = JSON.stringify(file);
    useProgressStore.setState(useProgressStore.getInitialState(), true);
    store().configureCourse(course);
    expect(importProgressJson(text)).toEqual({ ok: true });
    const imported = store();
    expect(imported.profile).toEqual(file.progress.profile);
    expect(imported.lastPosition).toEqual(file.progress.lastPosition);
    expect(imported.chapters.kpis!.seen).toEqual(file.progress.chapters.kpis!.seen);
    // Another learner's (or device's) pass does not become a pass here, and nothing goes to a server.
    expect(imported.chapters.kpis!.attempts).toEqual([{ ...file.progress.chapters.kpis!.attempts[0], imported: true }]);
    expect(imported.chapters.kpis!.completedAt).toBeNull();
    expect(computeChapterProgress(imported, course.chapters.find((c) => c.id === 'kpis')!, course.passMark)).toMatchObject({ bestScore: null, attempts: 0, complete: false });
    expect(imported.outbox).toEqual([]);
  });

  it('keeps this device\'s own attempt when the same attempt comes back in an import', () => {
    store().configureCourse(course);
    for (const slide of ['intro', 'formula', 'cases']) store().markSlideSeen('kpis', slide, 10);
    store().submitQuiz('kpis', { score: 1, answers: {}, quizIds: ['q1'], seed: 1, at: 11 });
    importProgressJson(JSON.stringify(exportProgressJson(store())));
    expect(store().chapters.kpis!.attempts).toHaveLength(1);
    expect(store().chapters.kpis!.attempts[0]!.imported).toBeUndefined();
    expect(store().chapters.kpis!.completedAt).toBe(11);
  });

  it('merges an import without replacing newer data', () => {
    store().setProfile({ displayName: 'Li Ming (current)', employeeId: null, team: null });
    store().markSlideSeen('kpis', 'intro', 500);
    const older: ProgressData = {
      ...emptyProgress(),
      profile: { displayName: 'Li (old)', employeeId: null, team: null, updatedAt: 1 },
      chapters: { kpis: { seen: { intro: 100, formula: 900 }, attempts: [], completedAt: null } },
      lastPosition: { chapterId: 'kpis', slideId: 'formula', at: 900 },
    };
    const result = importProgressJson(JSON.stringify({ ...exportProgressJson(older) }));
    expect(result).toEqual({ ok: true });
    expect(store().profile?.displayName).toBe('Li Ming (current)');
    expect(store().chapters.kpis?.seen).toEqual({ intro: 100, formula: 900 });
    expect(store().outbox).toHaveLength(1);
  });

  it('stamps chapters the import completes', () => {
    store().configureCourse(course);
    const done: ProgressData = {
      ...emptyProgress(),
      chapters: { funnel: { seen: { stages: 1, rates: 2 }, attempts: [], completedAt: null } },
    };
    importProgressJson(JSON.stringify(exportProgressJson(done)));
    expect(store().chapters.funnel?.completedAt).not.toBeNull();
    expect(store().outbox.filter((e) => e.type === 'chapter_completed')).toHaveLength(1);
  });

  it.each([
    ['text that is not JSON', 'progress!', 'not-json'],
    ['another JSON file', '{"courseId":"ops"}', 'not-a-progress-file'],
    ['a file from a newer version', '{"format":"courseware-progress","version":3,"progress":{}}', 'newer-version'],
    ['a damaged file', '{"format":"courseware-progress","version":2,"progress":{"chapters":[]}}', 'invalid-progress'],
  ])('refuses %s and changes nothing', (_name, text, error) => {
    store().markSlideSeen('kpis', 'intro', 10);
    const before = store();
    expect(importProgressJson(text)).toEqual({ ok: false, error });
    expect(store()).toBe(before);
  });
});

describe('exportProgressCsv', () => {
  it('writes one row per chapter in course order', () => {
    store().markSlideSeen('kpis', 'intro', 10);
    store().markSlideSeen('kpis', 'retired-slide', 11);
    store().submitQuiz('kpis', { score: 2 / 3, answers: {}, quizIds: ['q1'], seed: 1, at: 12 });
    store().submitQuiz('kpis', { score: 0.5, answers: {}, quizIds: ['q1'], seed: 1, at: 13 });
    store().markChapterCompleted('funnel', Date.UTC(2025, 2, 1, 8, 30));
    expect(exportProgressCsv(store(), course)).toBe(
      'chapter_id,slides_seen,total_slides,best_score,attempts,completed_at\r\n' +
        'kpis,1,3,0.6667,2,\r\n' +
        'funnel,0,2,,0,2025-03-01T08:30:00.000Z\r\n',
    );
  });

  it('quotes fields that need it', () => {
    const odd = testCourse([testChapter('a,"b"', ['x'])]);
    expect(exportProgressCsv(emptyProgress(), odd).split('\r\n')[1]).toBe('"a,""b""",0,1,,0,');
  });
});
