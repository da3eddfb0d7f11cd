import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { course as realCourse } from '../../../src/course/course.ts';
import type { CourseManifest } from '../../../src/content/types.ts';
import type { JudgedCourse } from '../../../src/lms/course-record.ts';
import {
  decodeSnapshot,
  encodeSuspendData as encodeJudged,
  quantizeScore,
  snapshotToProgress,
  SUSPEND_DATA_LIMIT,
  takeSnapshot as takeJudged,
} from '../../../src/lms/suspend-data.ts';
import type { ProgressData } from '../../../src/progress/progress-schema.ts';
import { mergeProgress } from '../../../src/progress/merge-progress.ts';
import { computeChapterProgress } from '../../../src/progress/selectors.ts';
import { chapter, course, finishedProgress, progress } from './lms-fixtures.ts';

const T = 1_700_000_000_000;
const ATTEMPT = 'k3x9a0q2';

/**
 * The record as judged, taking every attempt at its saved score and a saved completion as complete
 * (the judging itself is `course-record.test.ts`'s): what these tests need is what the encoding keeps.
 */
function judged(p: Pick<ProgressData, 'chapters'>, manifest: CourseManifest): JudgedCourse {
  const chapters = manifest.chapters.map((c) => {
    const computed = computeChapterProgress(p, c, manifest.passMark);
    const complete = computed.complete || (p.chapters[c.id]?.completedAt ?? null) !== null;
    const read = computed.seenCount === c.slideIds.length && c.slideIds.length > 0;
    return { chapterId: c.id, hasTest: c.testSize > 0, seenCount: computed.seenCount, slideCount: c.slideIds.length, read, bestScore: computed.bestScore, complete, status: 'incomplete' as const };
  });
  return { chapters, status: 'incomplete', score: null, allRead: false, allPassed: false, percent: 0 };
}
const encodeSuspendData = (p: ProgressData, manifest: CourseManifest) => encodeJudged(p, manifest, judged(p, manifest), ATTEMPT);
const takeSnapshot = (p: ProgressData, manifest: CourseManifest) => takeJudged(p, manifest, judged(p, manifest), ATTEMPT);
function decodeSuspendData(text: unknown, manifest: CourseManifest): ProgressData | null {
  const snapshot = decodeSnapshot(text, manifest);
  return snapshot === null ? null : snapshotToProgress(snapshot, manifest);
}

/** The course's own worst case: every slide seen, every test scored, every chapter complete, a position. */
function worstCase(manifest = realCourse) {
  const last = manifest.chapters.at(-1)!;
  return { ...finishedProgress(manifest, 0.97, T), lastPosition: { chapterId: last.id, slideId: last.slideIds.at(-1)!, at: T } };
}

describe('suspend_data size', () => {
  it('holds the whole course, worst case, in a small part of the 4,096 characters', () => {
    expect(realCourse.chapters).toHaveLength(10);
    const text = encodeSuspendData(worstCase(), realCourse);
    // Measured: about 30 characters per chapter (two of its times take 12) plus the header; far below the limit.
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(text.length).toBeLessThan(400);
    expect(text).toMatch(/^[A-Za-z0-9._:-]+$/);
  });

  it('fits ten chapters of 2,000 slides each', () => {
    const slides = Array.from({ length: 2000 }, (_, i) => `slide-${i}`);
    const big = course(Array.from({ length: 10 }, (_, i) => chapter(`chapter-${i}`, slides, [`q-${i}`])));
    expect(encodeSuspendData(worstCase(big), big).length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  });

  it('is the same for the same progress, whenever it is written', () => {
    expect(encodeSuspendData(worstCase(), realCourse)).toBe(encodeSuspendData(worstCase(), realCourse));
  });
});

describe('suspend_data round trip', () => {
  it('restores every fact of the worst case', () => {
    const original = worstCase();
    const restored = decodeSuspendData(encodeSuspendData(original, realCourse), realCourse)!;
    expect(takeSnapshot(restored, realCourse)).toEqual(takeSnapshot(original, realCourse));
    for (const c of realCourse.chapters) {
      expect(computeChapterProgress(restored, c, realCourse.passMark)).toMatchObject({ complete: true, bestScore: 0.97 });
    }
    expect(restored.lastPosition).toEqual({ ...original.lastPosition, at: T });
  });

  it('round-trips any mix of seen slides, scores, completion and position', () => {
    const manifest = course([
      chapter('a', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'], ['qa']),
      chapter('b', ['b1'], []),
      chapter('c', Array.from({ length: 40 }, (_, i) => `c${i}`), ['qc1', 'qc2']),
    ]);
    const chapterFacts = fc.record({
      seen: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      score: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      completed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(chapterFacts, { minLength: 3, maxLength: 3 }), fc.nat({ max: 50 }), fc.integer({ min: 0, max: 2 ** 31 }), (facts, slide, seconds) => {
        const at = seconds * 1000;
        const original = progress(
          Object.fromEntries(
            manifest.chapters.map((c, i) => {
              const f = facts[i]!;
              return [
                c.id,
                {
                  seen: Object.fromEntries(c.slideIds.filter((_, s) => f.seen[s]).map((id) => [id, at])),
                  attempts: f.score === null ? [] : [{ id: `x${i}`, at, score: f.score, answers: {}, quizIds: Array.from({ length: c.testSize }, (_, k) => `q${k}`), seed: 1 }],
                  completedAt: f.completed ? at : null,
                },
              ];
            }),
          ),
          { chapterId: 'c', slideId: `c${slide}`, at },
        );
        const text = encodeSuspendData(original, manifest);
        const restored = decodeSuspendData(text, manifest)!;
        expect(takeSnapshot(restored, manifest)).toEqual(takeSnapshot(original, manifest));
        expect(encodeSuspendData(restored, manifest)).toBe(text);
      }),
    );
  });

  it('merges into local progress without replacing anything newer', () => {
    const manifest = course([chapter('a', ['a1', 'a2'], ['qa']), chapter('b', ['b1'])]);
    const lms = progress({ a: { seen: { a1: T, a2: T } } }, { chapterId: 'a', slideId: 'a2', at: T });
    const local = progress({ a: { seen: { a1: T - 60_000 } }, b: { seen: { b1: T + 60_000 } } }, { chapterId: 'b', slideId: 'b1', at: T + 60_000 });
    const merged = mergeProgress(local, decodeSuspendData(encodeSuspendData(lms, manifest), manifest)!);
    expect(merged.chapters.a?.seen).toEqual({ a1: T - 60_000, a2: T });
    expect(merged.chapters.b?.seen).toEqual({ b1: T + 60_000 });
    expect(merged.lastPosition).toEqual(local.lastPosition);
  });

  it('adds nothing when the same data is restored twice', () => {
    const original = worstCase();
    const restored = decodeSuspendData(encodeSuspendData(original, realCourse), realCourse)!;
    expect(mergeProgress(restored, restored)).toEqual(mergeProgress(restored, decodeSuspendData(encodeSuspendData(original, realCourse), realCourse)!));
  });
});

describe('suspend_data after the course changed', () => {
  const v1 = course([chapter('intro', ['i1', 'i2']), chapter('kpis', ['k1', 'k2', 'k3'], ['q1']), chapter('gone', ['g1'])]);
  const saved = encodeSuspendData(
    {
      ...finishedProgress(v1, 0.9, T),
      lastPosition: { chapterId: 'kpis', slideId: 'k2', at: T },
    },
    v1,
  );

  it('drops chapters the course no longer has', () => {
    const v2 = course([v1.chapters[0]!, v1.chapters[1]!]);
    const snapshot = decodeSnapshot(saved, v2)!;
    expect(snapshot.chapters.map((c) => c.chapterId)).toEqual(['intro', 'kpis']);
  });

  it('finds chapters that moved', () => {
    const v2 = course([chapter('new', ['n1']), v1.chapters[2]!, v1.chapters[1]!, v1.chapters[0]!]);
    const snapshot = decodeSnapshot(saved, v2)!;
    expect(snapshot.chapters.map((c) => c.chapterId).sort()).toEqual(['gone', 'intro', 'kpis']);
    expect(snapshot.chapters.find((c) => c.chapterId === 'kpis')).toEqual({ chapterId: 'kpis', seenSlideIds: ['k1', 'k2', 'k3'], firstSeenAt: T, lastSeenAt: T, bestScore: 0.9, read: true, completed: true });
    expect(snapshot.position).toEqual({ chapterId: 'kpis', slideId: 'k2' });
  });

  it('keeps completion but drops seen slides, score and position of a chapter whose slides changed', () => {
    const v2 = course([v1.chapters[0]!, chapter('kpis', ['k0', 'k1', 'k2', 'k3'], ['q1']), v1.chapters[2]!]);
    const snapshot = decodeSnapshot(saved, v2)!;
    expect(snapshot.chapters.find((c) => c.chapterId === 'kpis')).toEqual({ chapterId: 'kpis', seenSlideIds: [], firstSeenAt: null, lastSeenAt: null, bestScore: null, read: true, completed: true });
    expect(snapshot.position).toBeNull();
    const restored = decodeSuspendData(saved, v2)!;
    expect(restored.chapters.kpis).toEqual({ seen: {}, attempts: [], completedAt: T });
  });

  it('reads nothing into a different chapter at the same place', () => {
    const v2 = course([chapter('other', ['i1', 'i2'])]);
    expect(decodeSnapshot(saved, v2)!.chapters).toEqual([]);
  });
});

describe('corrupt suspend_data', () => {
  const manifest = course([chapter('a', ['a1', 'a2'], ['qa'])]);

  it.each([
    '',
    'garbage',
    'c1',
    'c1.',
    'c2.abc..',
    'c1.-1..',
    'c1.ZZ..',
    'c1.1.0:9.',
    '{"chapters":{}}',
    'c1.1..0:AAAA:1::',
    'x'.repeat(5000),
  ])('ignores %j', (text) => {
    const snapshot = decodeSnapshot(text, manifest);
    expect(snapshot === null || snapshot.chapters.length === 0).toBe(true);
  });

  it.each([null, undefined, 42, {}, ['c1']])('ignores a value that is not a string: %j', (value) => {
    expect(decodeSuspendData(value, manifest)).toBeNull();
  });

  it('drops a malformed chapter entry and keeps the others', () => {
    const good = encodeSuspendData(finishedProgress(manifest, 1, T), manifest);
    const entry = good.split('.')[4]!;
    for (const bad of [entry.replace(/:[^:]*$/, ':!!'), `${entry}:extra`, entry.replace(':1:', ':7:'), entry.replace(/:([0-9a-z]+):/, ':zzzz:')]) {
      expect(decodeSnapshot(`${good}.${bad}`, manifest)!.chapters).toHaveLength(1);
      expect(decodeSnapshot(good.replace(entry, bad), manifest)!.chapters).toHaveLength(0);
    }
  });

  it('never throws, whatever the string', () => {
    const alphabet = fc.constantFrom(...'c1.:0aA-_zZ!'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet })), (text) => {
        expect(() => decodeSuspendData(text, manifest)).not.toThrow();
        expect(() => decodeSuspendData(`c1.1.${text}`, manifest)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('quantizeScore', () => {
  it.each([
    [1, 0.8, 1],
    [0.8, 0.8, 0.8],
    [0.8 - 1e-12, 0.8, 0.8],
    [(0.1 + 0.7) / 1, 0.8, 0.8],
    [0.7996, 0.8, 0.799],
    [2 / 3, 0.8, 0.666],
    [0.875, 0.875, 0.875],
    [0.87515, 0.8751, 0.876],
    [0, 0.8, 0],
  ])('keeps %d (pass mark %d) as %d', (score, passMark, kept) => {
    expect(quantizeScore(score, passMark)).toBe(kept);
  });
});

describe('the attempt and the reading times', () => {
  const manifest = course([chapter('a', ['a1', 'a2', 'a3'], ['qa'])]);

  it('keeps the attempt id and when reading began and last went on', () => {
    const p = progress({ a: { seen: { a1: T, a2: T + 90_000, a3: T + 600_000 } } });
    const snapshot = decodeSnapshot(encodeSuspendData(p, manifest), manifest)!;
    expect(snapshot.attempt).toBe(ATTEMPT);
    expect(snapshot.chapters[0]).toMatchObject({ firstSeenAt: T, lastSeenAt: T + 600_000, read: true, completed: false });
    // Restored, the span from first to last seen is the same, so the reading still counts.
    const restored = decodeSuspendData(encodeSuspendData(p, manifest), manifest)!;
    const times = Object.values(restored.chapters.a!.seen);
    expect(Math.max(...times) - Math.min(...times)).toBe(600_000);
  });

  it('still reads the c1 format of earlier packages, which has no attempt', () => {
    const snapshot = decodeSnapshot('c1.1..0:' + encodeSuspendData(progress({ a: { seen: { a1: T } } }), manifest).split('.')[4]!.split(':').slice(1, 5).join(':'), manifest);
    expect(snapshot).toMatchObject({ attempt: null });
    expect(snapshot!.chapters[0]).toMatchObject({ chapterId: 'a', seenSlideIds: ['a1'], completed: false });
  });
});
