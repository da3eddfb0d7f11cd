// @vitest-environment node
import { expect, it } from 'vitest';
import { courseManifest } from './helpers/course.ts';
import { chapterCompleted, completeChapter, quizSubmitted, slideSeen } from './helpers/events.ts';
import { describeEachDatabase, type JoinedLearner } from './helpers/harness.ts';

const DAY = 86_400_000;

describeEachDatabase('certificates the server issues and anyone can verify', (h) => {
  const chapters = () => courseManifest().chapters.filter((c) => c.slideIds.length > 0);

  async function learner(displayName: string): Promise<JoinedLearner> {
    return h().join(await h().cohort(await h().sharedManager()), { displayName });
  }

  /** Every chapter read at a plausible pace and its test passed, a day per chapter. */
  async function finishCourse(who: JoinedLearner): Promise<void> {
    const start = h().clock.now - 20 * DAY;
    const events = chapters().flatMap((chapter, i) => completeChapter(chapter.id, start + i * DAY).events);
    expect((await h().postEvents(who, events)).statusCode).toBe(200);
  }

  const issue = (who: JoinedLearner) => h().app.inject({ method: 'POST', url: '/api/me/certificate', headers: who.auth });
  const verify = (code: string) => h().app.inject({ method: 'GET', url: `/api/verify/${encodeURIComponent(code)}` });

  it('issues nothing until the server\'s own record shows every chapter complete', async () => {
    const who = await learner('未完成');
    const none = await issue(who);
    expect(none.statusCode).toBe(409);
    expect(none.json().error).toMatchObject({ code: 'not_complete', details: { missing: chapters().map((c) => c.id) } });
    expect((await h().app.inject({ method: 'POST', url: '/api/me/certificate' })).statusCode).toBe(401);
  });

  it('is not fooled by claimed completions, claimed scores or clicking through', async () => {
    const who = await learner('Forger');
    const t = h().clock.now - 2 * DAY;
    const forged = chapters().flatMap((chapter, c) => [
      ...chapter.slideIds.map((slide, i) => slideSeen(chapter.id, slide, t + c * 60_000 + i * 200)),
      quizSubmitted(chapter.id, 1, t + c * 60_000 + 50_000),
      chapterCompleted(chapter.id, t + c * 60_000 + 55_000),
    ]);
    expect((await h().postEvents(who, forged)).statusCode).toBe(200);
    const res = await issue(who);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.missing).toHaveLength(chapters().length);
  });

  it('issues one certificate on a real record, and /api/verify confirms it however the code is typed', async () => {
    const who = await learner('王小明');
    await finishCourse(who);
    const first = await issue(who);
    expect(first.statusCode, first.body).toBe(200);
    const { certificate, course } = first.json();
    expect(certificate).toMatchObject({ displayName: '王小明', courseId: courseManifest().courseId, score: 1 });
    expect(certificate.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(course.title).toEqual(courseManifest().title);
    // Asking again returns the same certificate, even after a change of name.
    await h().app.inject({ method: 'PATCH', url: '/api/me', headers: who.auth, payload: { displayName: 'Someone Else' } });
    expect((await issue(who)).json().certificate).toEqual(certificate);

    for (const typed of [certificate.code, certificate.code.toLowerCase(), certificate.code.replaceAll('-', ''), ` ${certificate.code} `]) {
      const res = await verify(typed);
      expect(res.statusCode, typed).toBe(200);
      expect(res.json().certificate).toEqual(certificate);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('says plainly when a code is unknown or altered, without an error page', async () => {
    const who = await learner('Li');
    await finishCourse(who);
    const { code } = (await issue(who)).json().certificate as { code: string };
    const last = code.at(-1)!;
    const altered = code.slice(0, -1) + (last === 'Z' ? 'Y' : 'Z');
    for (const bad of [altered, 'AAAA-BBBB-CCCC', 'short', 'x'.repeat(150), "'; DROP TABLE certificates; --"]) {
      const res = await verify(bad);
      expect(res.statusCode, bad).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', message: expect.stringContaining('No certificate has this code') });
    }
  });
});
