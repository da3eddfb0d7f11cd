import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/progress/merge-progress.ts';
import { EVENT_TYPES } from '../../../src/progress/progress-data.ts';
import type { Position, Profile, ProgressData, ProgressEvent, QuizAttempt } from '../../../src/progress/progress-schema.ts';

const time = fc.integer({ min: 0, max: 50 });
const chapterId = fc.constantFrom('kpis', 'funnel', 'retention');
const slideId = fc.constantFrom('intro', 'formula', 'cases', 'summary');

const attemptArb: fc.Arbitrary<QuizAttempt> = fc.record({
  id: fc.uuid(),
  at: time,
  score: fc.double({ min: 0, max: 1, noNaN: true }),
  answers: fc.dictionary(fc.constantFrom('q1', 'q2'), fc.oneof(fc.string(), fc.integer())),
  quizIds: fc.subarray(['q1', 'q2']),
});

const eventArb: fc.Arbitrary<ProgressEvent> = fc.record({
  id: fc.uuid(),
  type: fc.constantFrom(...EVENT_TYPES),
  at: time,
  chapterId,
  slideId,
  acked: fc.constant(false),
});

const profileArb = fc.record({
  displayName: fc.string(),
  employeeId: fc.option(fc.string(), { nil: null }),
  team: fc.option(fc.string(), { nil: null }),
  updatedAt: time,
});

const positionArb = fc.record({ chapterId, slideId, at: time });

/**
 * Several copies of one learner's progress. Records with the same id are the same record (as ids
 * are random UUIDs), so each copy draws attempts and events from one shared pool; only the
 * acknowledgement of an event differs between copies.
 */
interface Pool {
  attempts: QuizAttempt[];
  events: ProgressEvent[];
  profiles: Profile[];
  positions: Position[];
}

const pool: fc.Arbitrary<Pool> = fc.record({
  attempts: fc.uniqueArray(attemptArb, { selector: (a) => a.id, maxLength: 6 }),
  events: fc.uniqueArray(eventArb, { selector: (e) => e.id, maxLength: 10 }),
  profiles: fc.array(profileArb, { minLength: 1, maxLength: 3 }),
  positions: fc.array(positionArb, { minLength: 1, maxLength: 3 }),
});

function copyFrom(p: Pool): fc.Arbitrary<ProgressData> {
  return fc.record({
    profile: fc.option(fc.constantFrom(...p.profiles), { nil: null }),
    chapters: fc.dictionary(
      chapterId,
      fc.record({
        seen: fc.dictionary(slideId, time),
        attempts: fc.subarray(p.attempts),
        completedAt: fc.option(time, { nil: null }),
      }),
    ),
    lastPosition: fc.option(fc.constantFrom(...p.positions), { nil: null }),
    outbox: fc
      .subarray(p.events)
      .chain((events) =>
        fc
          .array(fc.boolean(), { minLength: events.length, maxLength: events.length })
          .map((acked) => events.map((event, i) => ({ ...event, acked: acked[i] ?? false }))),
      ),
  });
}

const twoCopies = pool.chain((p) => fc.tuple(copyFrom(p), copyFrom(p)));
const threeCopies = pool.chain((p) => fc.tuple(copyFrom(p), copyFrom(p), copyFrom(p)));

describe('mergeProgress', () => {
  it('does not depend on argument order, down to the serialised text', () => {
    fc.assert(
      fc.property(twoCopies, ([a, b]) => {
        expect(JSON.stringify(mergeProgress(a, b))).toBe(JSON.stringify(mergeProgress(b, a)));
      }),
    );
  });

  it('is idempotent: merging a result with itself or with either input changes nothing', () => {
    fc.assert(
      fc.property(twoCopies, ([a, b]) => {
        const merged = mergeProgress(a, b);
        expect(mergeProgress(merged, merged)).toEqual(merged);
        expect(mergeProgress(merged, a)).toEqual(merged);
        expect(mergeProgress(b, merged)).toEqual(merged);
      }),
    );
  });

  it('gives the same result whichever pair of three devices merges first', () => {
    fc.assert(
      fc.property(threeCopies, ([a, b, c]) => {
        expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
      }),
    );
  });

  it('loses no fact from either side', () => {
    fc.assert(
      fc.property(twoCopies, ([a, b]) => {
        const merged = mergeProgress(a, b);
        for (const side of [a, b]) {
          for (const [id, record] of Object.entries(side.chapters)) {
            const kept = merged.chapters[id];
            for (const [slide, at] of Object.entries(record.seen)) expect(kept?.seen[slide]).toBeLessThanOrEqual(at);
            for (const attempt of record.attempts) expect(kept?.attempts).toContainEqual(attempt);
            if (record.completedAt !== null) expect(kept?.completedAt).toBeLessThanOrEqual(record.completedAt);
          }
          for (const event of side.outbox) {
            const kept = merged.outbox.find((e) => e.id === event.id);
            expect(kept).toBeDefined();
            if (event.acked) expect(kept?.acked).toBe(true);
          }
          if (side.profile) expect(merged.profile?.updatedAt).toBeGreaterThanOrEqual(side.profile.updatedAt);
          if (side.lastPosition) expect(merged.lastPosition?.at).toBeGreaterThanOrEqual(side.lastPosition.at);
        }
      }),
    );
  });

  it('keeps the earliest first-seen time, the earliest completion and the newer position and profile', () => {
    const base: ProgressData = { profile: null, chapters: {}, lastPosition: null, outbox: [] };
    const phone: ProgressData = {
      ...base,
      profile: { displayName: 'Li', employeeId: null, team: null, updatedAt: 10 },
      chapters: { kpis: { seen: { intro: 5, formula: 9 }, attempts: [], completedAt: 30 } },
      lastPosition: { chapterId: 'kpis', slideId: 'formula', at: 9 },
    };
    const laptop: ProgressData = {
      ...base,
      profile: { displayName: 'Li Ming', employeeId: 'E7', team: 'Ops', updatedAt: 20 },
      chapters: { kpis: { seen: { intro: 7, cases: 8 }, attempts: [], completedAt: 25 } },
      lastPosition: { chapterId: 'kpis', slideId: 'cases', at: 8 },
    };
    expect(mergeProgress(phone, laptop)).toEqual({
      profile: laptop.profile,
      chapters: { kpis: { seen: { intro: 5, formula: 9, cases: 8 }, attempts: [], completedAt: 25 } },
      lastPosition: phone.lastPosition,
      outbox: [],
    });
  });
});
