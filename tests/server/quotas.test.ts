// @vitest-environment node
import { expect, it } from 'vitest';
import { sampleChapter } from './helpers/course.ts';
import { quizSubmitted, slideSeen, type ClientEvent } from './helpers/events.ts';
import { describeEachDatabase } from './helpers/harness.ts';

describeEachDatabase('one learner cannot fill the server; big records come in pages', (h) => {
  const { chapter, slides, quizzes } = sampleChapter();
  const seen = (n: number, from: number): ClientEvent[] => Array.from({ length: n }, (_, i) => slideSeen(chapter.id, slides[i % slides.length]!, from + i));

  it('refuses batches past the learner\'s quota, stores nothing of them, and says to come back', async () => {
    const app = await h().appWith({ learnerQuota: { events: 30, answerBytes: 2_000 } });
    const learner = await h().join(await h().cohort(await h().sharedManager()));
    const post = (events: ClientEvent[]) => app.inject({ method: 'POST', url: '/api/events', headers: learner.auth, payload: { events } });
    expect((await post(seen(25, h().clock.now - 100_000))).json()).toMatchObject({ accepted: 25 });
    const over = await post(seen(6, h().clock.now - 50_000));
    expect(over.statusCode).toBe(429);
    expect(over.json().error).toMatchObject({ code: 'quota_exceeded' });
    expect(over.json().error.message).toMatch(/at most 30 events/);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post(seen(5, h().clock.now - 40_000))).json()).toMatchObject({ accepted: 5 });
    // Answers count by size: 8 KB answers stop at the answer quota.
    const other = await h().join(await h().cohort(await h().sharedManager()));
    const big = quizSubmitted(chapter.id, 0.5, h().clock.now - 1000, { [quizzes[0]!]: 'x'.repeat(1_500) });
    const send = (events: ClientEvent[]) => app.inject({ method: 'POST', url: '/api/events', headers: other.auth, payload: { events } });
    expect((await send([big])).statusCode).toBe(200);
    const second = await send([{ ...big, id: crypto.randomUUID(), attemptId: crypto.randomUUID() }]);
    expect(second.statusCode).toBe(429);
    expect(second.json().error.message).toMatch(/KB of answers/);
    // Duplicates of what is stored do not count twice.
    const rows = await h().db.query<{ events_stored: number }>('SELECT events_stored FROM learners WHERE id = $1', [other.learnerId]);
    expect(rows.rows[0]!.events_stored).toBe(1);
  });

  it('pages /api/me/progress in order, every event exactly once', async () => {
    const learner = await h().join(await h().cohort(await h().sharedManager()));
    const start = h().clock.now - 1_000_000;
    // Several events share a time, so the order needs the type and id to break ties.
    const events = [...seen(40, start), ...seen(40, start)].map((event, i) => ({ ...event, at: start + Math.floor(i / 3) }));
    for (let i = 0; i < events.length; i += 20) expect((await h().postEvents(learner, events.slice(i, i + 20))).statusCode).toBe(200);
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/me/progress?limit=7${after === null ? '' : `&after=${encodeURIComponent(after)}`}`;
      const page = await h().app.inject({ method: 'GET', url, headers: learner.auth });
      expect(page.statusCode).toBe(200);
      expect(page.json().events.length).toBeLessThanOrEqual(7);
      ids.push(...page.json().events.map((e: { id: string }) => e.id));
      after = page.json().next;
      pages++;
    } while (after !== null);
    expect(pages).toBe(Math.ceil(80 / 7));
    expect(new Set(ids).size).toBe(80);
    const whole = await h().app.inject({ method: 'GET', url: '/api/me/progress?limit=5000', headers: learner.auth });
    expect(whole.json().events.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(whole.json().next).toBeNull();
    for (const bad of ['limit=0', 'limit=5001', 'after=nonsense']) {
      expect((await h().app.inject({ method: 'GET', url: `/api/me/progress?${bad}`, headers: learner.auth })).statusCode).toBe(400);
    }
  });

  it("pages a learner's attempts for the manager, numbered across pages", async () => {
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager);
    const learner = await h().join(cohort);
    const start = h().clock.now - 10_000_000;
    const attempts = Array.from({ length: 120 }, (_, i) => quizSubmitted(chapter.id, 0.5, start + i * 1000, { [quizzes[0]!]: 'a' }));
    for (let i = 0; i < attempts.length; i += 40) await h().postEvents(learner, attempts.slice(i, i + 40));
    const url = `/api/manager/cohorts/${cohort.id}/learners/${learner.learnerId}`;
    const first = await h().app.inject({ method: 'GET', url, headers: { cookie: manager.cookie } });
    expect(first.json().attempts).toHaveLength(50);
    expect(first.json().attemptsTotal).toBe(120);
    expect(first.json().attempts[0].number).toBe(120);
    const numbers: number[] = first.json().attempts.map((a: { number: number }) => a.number);
    let next: string | null = first.json().nextAttempts;
    while (next !== null) {
      const page = await h().app.inject({ method: 'GET', url: `${url}?before=${encodeURIComponent(next)}`, headers: { cookie: manager.cookie } });
      numbers.push(...page.json().attempts.map((a: { number: number }) => a.number));
      next = page.json().nextAttempts;
    }
    expect(numbers).toEqual(Array.from({ length: 120 }, (_, i) => 120 - i));
    const bad = await h().app.inject({ method: 'GET', url: `${url}?attempts=100000`, headers: { cookie: manager.cookie } });
    expect(bad.statusCode).toBe(400);
  });
});
