// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { courseManifest, sampleChapter } from './helpers/course.ts';
import { chapterCompleted, completeChapter, quizSubmitted, readChapter, slideSeen, testAttempt, type ClientEvent } from './helpers/events.ts';
import { describeEachDatabase } from './helpers/harness.ts';

interface Summary {
  chapterId: string;
  slidesSeen: number;
  bestScore: number | null;
  attempts: number;
  completedAt: number | null;
}

describeEachDatabase('POST /api/events and GET /api/me/progress', (h) => {
  async function newLearner() {
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager);
    return { manager, cohort, learner: await h().join(cohort) };
  }

  async function progress(learner: { auth: { authorization: string } }) {
    const res = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: learner.auth });
    expect(res.statusCode).toBe(200);
    return res.json<{ learnerId: string; events: ClientEvent[]; chapters: Summary[] }>();
  }

  it('refuses requests without a valid learner token', async () => {
    const { chapter, slides } = sampleChapter();
    const events = [slideSeen(chapter.id, slides[0]!, h().clock.now)];
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: `Bearer ${'x'.repeat(43)}` }, { authorization: 'Basic abc' }]) {
      const res = await h().app.inject({ method: 'POST', url: '/api/events', headers, payload: { events } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
      const read = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers });
      expect(read.statusCode).toBe(401);
    }
  });

  it('accepts a batch, grades its attempts itself and answers { accepted, duplicates, verdicts }', async () => {
    const { learner } = await newLearner();
    const { chapter, slides } = sampleChapter();
    const t = h().clock.now - 60 * 60_000;
    const first = testAttempt(chapter.id, t + 3, { seed: 1, right: 2, claimed: 1 });
    const second = testAttempt(chapter.id, t + 20 * 60_000, { seed: 2, right: 4, claimed: 0.9 });
    const events = [
      slideSeen(chapter.id, slides[0]!, t),
      slideSeen(chapter.id, slides[1]!, t + 1),
      slideSeen(chapter.id, slides[1]!, t + 2), // same slide from a second device: counted once
      first,
      second,
      chapterCompleted(chapter.id, t + 20 * 60_000 + 5), // the device's claim: stored, not believed
    ];
    const res = await h().postEvents(learner, events);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ accepted: number; duplicates: number; verdicts: Array<Record<string, unknown>> }>();
    expect(body).toMatchObject({ accepted: 6, duplicates: 0 });
    // The server's own scores (2 and 4 right of 5), not the claimed 1 and 0.9.
    expect(body.verdicts.map((v) => [v.eventId, v.attemptId, v.verdict, v.score])).toEqual([
      [first.id, first.attemptId, 'graded', 0.4],
      [second.id, second.attemptId, 'graded', 0.8],
    ]);
    const { chapters, events: stored } = await progress(learner);
    expect(chapters).toEqual([
      { chapterId: chapter.id, slidesSeen: 2, bestScore: 0.8, attempts: 2, completedAt: null, lastActivityAt: t + 20 * 60_000 + 5 },
    ]);
    expect(stored).toHaveLength(6);
    expect(stored.map((e) => e.id)).toEqual(events.map((e) => e.id));
    // Outbox format, minus the client-only flag, plus the server's verdict.
    const { acked: _acked, ...quiz } = events[4]!;
    expect(stored[4]).toEqual({ ...quiz, verdict: { verdict: 'graded', score: 0.8, gradedAt: expect.any(Number) } });
  });

  it('is idempotent: re-sending a batch (or part of it) changes nothing', async () => {
    const { learner } = await newLearner();
    const { chapter, slides } = sampleChapter();
    const t = h().clock.now - 10_000;
    const events = [slideSeen(chapter.id, slides[0]!, t), quizSubmitted(chapter.id, 0.7, t + 1), chapterCompleted(chapter.id, t + 2)];
    expect((await h().postEvents(learner, events)).json()).toMatchObject({ accepted: 3, duplicates: 0 });
    const before = await progress(learner);
    expect((await h().postEvents(learner, events)).json()).toMatchObject({ accepted: 0, duplicates: 3 });
    const extra = slideSeen(chapter.id, slides[1]!, t + 3);
    expect((await h().postEvents(learner, [events[1]!, extra, extra])).json()).toMatchObject({ accepted: 1, duplicates: 2 });
    const after = await progress(learner);
    expect(after.events).toHaveLength(4);
    expect(after.chapters[0]).toEqual({ ...before.chapters[0], slidesSeen: 2, lastActivityAt: t + 3 });
  });

  it('derives completion from its own record, stamps it once and keeps the best graded score', async () => {
    const { learner } = await newLearner();
    const { chapter } = sampleChapter();
    const t = h().clock.now - 5 * 60 * 60_000;
    const reading = readChapter(chapter.id, t);
    // The test passed before the reading was done: complete when the last slide was read.
    const passed = testAttempt(chapter.id, t + 1000, { seed: 3 });
    await h().postEvents(learner, [passed, ...reading.events.slice(0, -1)]);
    expect((await progress(learner)).chapters[0]).toMatchObject({ completedAt: null, bestScore: 1, attempts: 1 });
    await h().postEvents(learner, [reading.events.at(-1)!]);
    expect((await progress(learner)).chapters[0]).toMatchObject({ completedAt: reading.end, bestScore: 1 });
    // A later failed attempt changes neither the stamp nor the best score.
    await h().postEvents(learner, [testAttempt(chapter.id, reading.end + 60 * 60_000, { seed: 4, right: 0 })]);
    expect((await progress(learner)).chapters[0]).toMatchObject({ completedAt: reading.end, bestScore: 1, attempts: 2 });
  });

  it('believes no claimed score or completion: forged events leave the chapter not passed', async () => {
    const { learner } = await newLearner();
    const { chapter, slides, quizzes } = sampleChapter();
    const t = h().clock.now - 60 * 60_000;
    const forged = [
      // Every slide "seen" within a second: clicking through is not reading.
      ...slides.map((slide, i) => slideSeen(chapter.id, slide, t + i * 50)),
      quizSubmitted(chapter.id, 1, t + 2000), // a score with no answers
      { ...quizSubmitted(chapter.id, 1, t + 30 * 60_000, { [quizzes[0]!]: { kind: 'single', optionId: 'a' } }), seed: 5 }, // practice answers
      { ...testAttempt(chapter.id, t + 60 * 60_000 - 1000, { right: 1 }), score: 1 }, // one right of five, claimed 100%
      chapterCompleted(chapter.id, t + 60 * 60_000),
    ];
    const res = await h().postEvents(learner, forged);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ verdicts: Array<{ verdict: string; score: number | null }> }>().verdicts.map((v) => [v.verdict, v.score])).toEqual([
      ['unverified', null],
      ['wrong_questions', null],
      ['graded', 0.2],
    ]);
    const [summary] = (await progress(learner)).chapters;
    expect(summary).toMatchObject({ slidesSeen: slides.length, bestScore: 0.2, attempts: 1, completedAt: null });
    const totals = await h().db.query<{ completed_chapters: number }>('SELECT completed_chapters FROM learners WHERE id = $1', [learner.learnerId]);
    expect(totals.rows[0]?.completed_chapters).toBe(0);
  });

  it('keeps the attempt rules of course.yaml: a cooldown and a daily limit, judged in the order taken', async () => {
    const { learner } = await newLearner();
    const { chapter } = sampleChapter();
    const { cooldownMinutes, attemptsPerDay } = courseManifest().test;
    const t = h().clock.now - 3 * 86_400_000;
    const first = testAttempt(chapter.id, t, { seed: 1, right: 0 });
    const tooSoon = testAttempt(chapter.id, t + (cooldownMinutes * 60_000) / 2, { seed: 2 });
    // Sent in reverse order (as from an offline device): still judged in the order taken.
    const res = await h().postEvents(learner, [tooSoon, first]);
    expect(res.json<{ verdicts: Array<{ eventId: string; verdict: string }> }>().verdicts.map((v) => [v.eventId, v.verdict])).toEqual(
      expect.arrayContaining([
        [first.id, 'graded'],
        [tooSoon.id, 'cooldown'],
      ]),
    );
    const spaced = Array.from({ length: attemptsPerDay }, (_, i) => testAttempt(chapter.id, t + (i + 1) * (cooldownMinutes + 1) * 60_000, { seed: 10 + i, right: 0 }));
    const verdicts = (await h().postEvents(learner, spaced)).json<{ verdicts: Array<{ verdict: string }> }>().verdicts.map((v) => v.verdict);
    expect(verdicts.filter((v) => v === 'graded')).toHaveLength(attemptsPerDay - 1);
    expect(verdicts.at(-1)).toBe('daily_limit');
    const [summary] = (await progress(learner)).chapters;
    expect(summary).toMatchObject({ attempts: attemptsPerDay, bestScore: 0 });
  });

  it('lets a second device rebuild the record from GET /api/me/progress', async () => {
    const { learner } = await newLearner();
    const { chapter, other, slides } = sampleChapter();
    const t = h().clock.now - 5_000;
    await h().postEvents(learner, [slideSeen(chapter.id, slides[0]!, t), slideSeen(other.id, other.slideIds[0]!, t + 1)]);
    const { learnerId, events, chapters } = await progress(learner);
    expect(learnerId).toBe(learner.learnerId);
    expect(events.map((e) => [e.chapterId, e.slideId])).toEqual([
      [chapter.id, slides[0]],
      [other.id, other.slideIds[0]],
    ]);
    expect(chapters.map((c) => c.chapterId).sort()).toEqual([chapter.id, other.id].sort());
  });

  it.each([
    ['a body that is not an object', [1, 2], 'invalid_input'],
    ['no events array', {}, 'invalid_input'],
    ['an empty batch', { events: [] }, 'invalid_input'],
    ['an id that is not a UUID', { events: [{ id: 'x', type: 'chapter_completed', at: 1.7e12, chapterId: 'overview' }] }, 'invalid_input'],
    ['an unknown type', { events: [{ id: randomUUID(), type: 'hacked', at: 1.7e12, chapterId: 'overview' }] }, 'invalid_input'],
    ['a time before 2020', { events: [{ id: randomUUID(), type: 'chapter_completed', at: 1000, chapterId: 'overview' }] }, 'invalid_input'],
    ['a time as text', { events: [{ id: randomUUID(), type: 'chapter_completed', at: '2024-01-01', chapterId: 'overview' }] }, 'invalid_input'],
    ['a fractional time', { events: [{ id: randomUUID(), type: 'chapter_completed', at: 1.7e12 + 0.5, chapterId: 'overview' }] }, 'invalid_input'],
    ['a slide event without slide', { events: [{ id: randomUUID(), type: 'slide_seen', at: 1.7e12, chapterId: 'overview' }] }, 'invalid_input'],
    [
      'a score above 1',
      { events: [{ id: randomUUID(), type: 'quiz_submitted', at: 1.7e12, chapterId: 'overview', attemptId: 'a1', score: 1.5 }] },
      'invalid_input',
    ],
    [
      'a negative score',
      { events: [{ id: randomUUID(), type: 'quiz_submitted', at: 1.7e12, chapterId: 'overview', attemptId: 'a1', score: -0.1 }] },
      'invalid_input',
    ],
    ['an overlong chapter id', { events: [{ id: randomUUID(), type: 'chapter_completed', at: 1.7e12, chapterId: 'x'.repeat(101) }] }, 'invalid_input'],
  ])('rejects %s with 400 and stores nothing', async (_name, payload, code) => {
    const { learner } = await newLearner();
    const res = await h().app.inject({ method: 'POST', url: '/api/events', headers: learner.auth, payload: payload as object });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/^Invalid event batch/);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect((await progress(learner)).events).toEqual([]);
  });

  it('rejects times in the future and names the field', async () => {
    const { learner } = await newLearner();
    const res = await h().postEvents(learner, [chapterCompleted(sampleChapter().chapter.id, h().clock.now + 3 * 86_400_000)]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('events.0.at');
  });

  it('rejects more than 500 events and bodies over 512 KB', async () => {
    const { learner } = await newLearner();
    const { chapter, slides } = sampleChapter();
    const many = Array.from({ length: 501 }, () => slideSeen(chapter.id, slides[0]!, h().clock.now));
    const res = await h().postEvents(learner, many);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('At most 500');
    const bulky = [quizSubmitted(chapter.id, 1, h().clock.now, { x: 'y'.repeat(600 * 1024) })];
    const big = await h().postEvents(learner, bulky);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
  });

  it('rejects chapter and slide ids the course does not have, listing them', async () => {
    const { learner } = await newLearner();
    const { chapter, slides } = sampleChapter();
    const t = h().clock.now;
    const good = slideSeen(chapter.id, slides[0]!, t);
    const badChapter = chapterCompleted('no-such-chapter', t);
    const badSlide = slideSeen(chapter.id, 'no-such-slide', t);
    const res = await h().postEvents(learner, [good, badChapter, badSlide]);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('unknown_chapter');
    expect(error.details.rejected).toEqual([
      { index: 1, id: badChapter.id, reason: 'unknown_chapter', message: 'Unknown chapter "no-such-chapter".' },
      { index: 2, id: badSlide.id, reason: 'unknown_slide', message: `Chapter "${chapter.id}" has no slide "no-such-slide".` },
    ]);
    expect((await progress(learner)).events).toEqual([]);
    // Without the rejected events the batch goes through.
    expect((await h().postEvents(learner, [good])).json()).toMatchObject({ accepted: 1, duplicates: 0 });
  });

  it('answers malformed JSON and wrong content types with 4xx JSON errors', async () => {
    const { learner } = await newLearner();
    const bad = await h().app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...learner.auth, 'content-type': 'application/json' },
      payload: '{"events": [',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_json');
    const text = await h().app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...learner.auth, 'content-type': 'application/xml' },
      payload: '<events/>',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('unsupported_media_type');
    const plain = await h().app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...learner.auth, 'content-type': 'text/plain' },
      payload: JSON.stringify({ events: [] }),
    });
    expect(plain.statusCode).toBe(415);
  });

  it('does not let a "__proto__" answer key slip past the quiz check', async () => {
    const { learner } = await newLearner();
    const { chapter } = sampleChapter();
    const payload = `{"events":[{"id":"${randomUUID()}","type":"quiz_submitted","at":${h().clock.now},"chapterId":"${chapter.id}","attemptId":"a1","score":1,"answers":{"__proto__":{"polluted":true}}}]}`;
    const res = await h().app.inject({ method: 'POST', url: '/api/events', headers: { ...learner.auth, 'content-type': 'application/json' }, payload });
    expect(res.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects NUL characters in answers instead of failing in the database', async () => {
    const { learner } = await newLearner();
    const { chapter, quizzes } = sampleChapter();
    const res = await h().postEvents(learner, [quizSubmitted(chapter.id, 1, h().clock.now, { [quizzes[0]!]: 'a\u0000b' })]);
    expect(res.statusCode).toBe(400);
  });

  it('serialises concurrent batches of one learner so summaries count every event', async () => {
    const { learner } = await newLearner();
    const { chapter, slides } = sampleChapter();
    const t = h().clock.now - 1000;
    const batches = slides.map((slide, i) => [slideSeen(chapter.id, slide, t + i)]);
    const results = await Promise.all(batches.map((batch) => h().postEvents(learner, batch)));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect((await progress(learner)).chapters[0]?.slidesSeen).toBe(slides.length);
  });

  it('writes the batches of many learners sent at once together, each counted for its own learner', async () => {
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager);
    const learners = await Promise.all(Array.from({ length: 6 }, () => h().join(cohort)));
    const { chapter, slides } = sampleChapter();
    const t = h().clock.now - 5000;
    const complete = completeChapter(chapter.id, t - 60 * 60_000).events;
    // Learner i sends the first i + 1 slides in two overlapping batches (two devices), all at once.
    const sends = learners.flatMap((learner, i) => {
      const own = i === learners.length - 1 ? complete : slides.slice(0, i + 1).map((slide, k) => slideSeen(chapter.id, slide, t + k));
      return [h().postEvents(learner, own), h().postEvents(learner, own.slice(0, Math.ceil(own.length / 2)))];
    });
    const results = await Promise.all(sends);
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    learners.forEach((_, i) => {
      const [full, half] = [results[2 * i]!.json<{ accepted: number; duplicates: number }>(), results[2 * i + 1]!.json<{ accepted: number; duplicates: number }>()];
      const sent = i === learners.length - 1 ? complete.length : i + 1;
      // Every event is stored once, credited to whichever of the learner's two batches came first.
      expect(full.accepted + half.accepted).toBe(sent);
      expect(full.accepted + full.duplicates).toBe(sent);
    });
    for (const [i, learner] of learners.entries()) {
      const { chapters } = await progress(learner);
      expect(chapters[0]?.slidesSeen).toBe(i === learners.length - 1 ? slides.length : i + 1);
    }
    // The totals the manager's matrix sorts and filters on match the chapters they sum up.
    const totals = await h().db.query<{ id: string; slides_seen: number; completed_chapters: number }>(
      'SELECT id, slides_seen, completed_chapters FROM learners WHERE cohort_id = $1',
      [cohort.id],
    );
    const byId = new Map(totals.rows.map((row) => [row.id, row]));
    learners.forEach((learner, i) => {
      const last = i === learners.length - 1;
      expect(byId.get(learner.learnerId)).toMatchObject({ slides_seen: last ? slides.length : i + 1, completed_chapters: last ? 1 : 0 });
    });
  });
});
