// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import type { ChapterCell } from '../../src/server/reports/cells.ts';
import { courseManifest } from './helpers/course.ts';
import { TEST_DATABASE_URL } from './helpers/databases.ts';
import { chapterCompleted, slideSeen, testAttempt, type ClientEvent } from './helpers/events.ts';
import { PASSWORD } from './helpers/harness.ts';
import { createManagerCli, serverFixtures, type RunningServer } from './helpers/server-process.ts';

const fixtures = serverFixtures('crash');
afterAll(() => fixtures.cleanup());

/** Three chapters' worth of a learner's outbox, and the summaries they must produce. */
function outbox() {
  const chapters = courseManifest().chapters.filter((c) => c.slideIds.length > 0).slice(0, 3);
  const t = Date.now() - 5 * 3_600_000;
  const events: ClientEvent[] = [];
  chapters.forEach((chapter, c) => {
    const base = t + c * 1_000_000;
    const seen = chapter.slideIds.slice(0, c === 2 ? 3 : undefined);
    seen.forEach((slide, i) => events.push(slideSeen(chapter.id, slide, base + i * 1000)));
    if (c < 2) {
      events.push(testAttempt(chapter.id, base + 50_000, { seed: 1, right: 2 }), testAttempt(chapter.id, base + 50_000 + 11 * 60_000, { seed: 2, right: 4 }));
      events.push(chapterCompleted(chapter.id, base + 50_000 + 11 * 60_000));
    }
  });
  // Slides one second apart are read too fast: no chapter completes, whatever the device claims.
  const expected = chapters.map((chapter, c) => ({
    chapterId: chapter.id,
    slidesSeen: c === 2 ? 3 : chapter.slideIds.length,
    bestScore: c < 2 ? 0.8 : null,
    attempts: c < 2 ? 2 : 0,
    completedAt: null,
  }));
  return { events, expected };
}

async function api(server: RunningServer, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, any> };
}

const variants = [
  { name: 'pglite' as const, skip: false },
  { name: 'postgres' as const, skip: TEST_DATABASE_URL === undefined },
];

describe.each(variants)('crash safety with a real server process [$name]', ({ name, skip }) => {
  it.skipIf(skip)(
    'loses and doubles nothing across kill -9 and a full re-send',
    async () => {
      const env = await fixtures.env(name);
      const created = createManagerCli(env, 'crash@example.com', 'Crash Test', PASSWORD);
      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toContain('Manager created');

      const first = await fixtures.start(env);
      expect((await api(first, 'GET', '/api/health')).json).toEqual({ status: 'ok', database: name });
      const login = await fetch(`${first.url}/api/manager/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'crash@example.com', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const cohort = (await api(first, 'POST', '/api/manager/cohorts', { name: 'Crash' }, { cookie })).json.cohort;
      const joined = (await api(first, 'POST', '/api/join', { code: cohort.enrollmentCode, displayName: '测试' })).json;
      const auth = { authorization: `Bearer ${joined.token}` };

      const { events, expected } = outbox();
      const half = Math.floor(events.length / 2);
      const firstHalf = await api(first, 'POST', '/api/events', { events: events.slice(0, half) }, auth);
      expect(firstHalf.json).toMatchObject({ accepted: half, duplicates: 0 });
      // A second batch is in flight when the process dies.
      const inFlight = fetch(`${first.url}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ events: events.slice(half) }),
      }).catch(() => null);
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      await inFlight;

      const second = await fixtures.start(env);
      let accepted = 0;
      let duplicates = 0;
      for (let i = 0; i < events.length; i += 7) {
        const res = await api(second, 'POST', '/api/events', { events: events.slice(i, i + 7) }, auth);
        expect(res.status).toBe(200);
        accepted += res.json.accepted;
        duplicates += res.json.duplicates;
      }
      expect(accepted + duplicates).toBe(events.length);
      expect(duplicates).toBeGreaterThanOrEqual(half);

      const progress = (await api(second, 'GET', '/api/me/progress', undefined, auth)).json;
      expect(progress.events.map((e: ClientEvent) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
      const byChapter = new Map(progress.chapters.map((c: { chapterId: string }) => [c.chapterId, c]));
      for (const summary of expected) expect(byChapter.get(summary.chapterId)).toMatchObject(summary);

      const matrix = (await api(second, 'GET', `/api/manager/cohorts/${cohort.id}/matrix`, undefined, { cookie })).json;
      const cells = new Map((matrix.learners[0].chapters as ChapterCell[]).map((cell) => [cell.chapterId, cell]));
      for (const summary of expected) expect(cells.get(summary.chapterId)).toMatchObject(summary);

      // A second re-send is all duplicates.
      const again = await api(second, 'POST', '/api/events', { events: events.slice(0, 100) }, auth);
      expect(again.json).toMatchObject({ accepted: 0, duplicates: Math.min(100, events.length) });

      // Graceful shutdown on SIGTERM.
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
      expect(second.output()).toContain('closing the server, then the database');
    },
    300_000,
  );
});
