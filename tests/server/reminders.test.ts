// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BehindList, ReminderResult } from '../../src/protocol/reminders.ts';
import type { Cohort } from '../../src/server/people/cohorts.ts';
import { readMailOptions } from '../../src/server/mail/mailer.ts';
import { completeChapter, slideSeen } from './helpers/events.ts';
import { courseManifest, sampleChapter } from './helpers/course.ts';
import { describeEachDatabase, type JoinedLearner, type ManagerSession } from './helpers/harness.ts';
import { startSmtpStandIn, type SmtpStandIn } from './helpers/smtp-stand-in.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 9, 0);

let smtp: SmtpStandIn;
beforeAll(async () => {
  smtp = await startSmtpStandIn();
});
afterAll(async () => {
  await smtp?.close();
});

/** Decodes the quoted-printable or base64 text part of a simple message. */
function bodyText(raw: string): string {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  if (/content-transfer-encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding: quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

describeEachDatabase(
  'who is behind, and reminders by e-mail',
  (h) => {
    let manager: ManagerSession;
    let cohort: Cohort;
    /** The same server with SMTP settings (the harness's own app has none). */
    let mailApp: FastifyInstance;
    const people: Record<string, JoinedLearner> = {};
    const get = async (url: string, who = manager) => h().app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

    beforeAll(async () => {
      mailApp = await h().appWith({ mail: { url: smtp.url, from: 'Courseware <training@example.com>' } });
      manager = await h().manager('Reminder');
      h().clock.now = NOW;
      cohort = await h().cohort(manager, { name: 'Behind', dueDate: '2026-12-10' });
      const { chapter, slides } = sampleChapter();
      // Joined 20 days ago: quiet ever since (never started), or active 10, 3 days ago, or all done.
      for (const [name, email] of [['Never', 'never@example.com'], ['Ten', null], ['Three', 'three@example.com'], ['Done', 'done@example.com']] as const) {
        people[name] = await h().join(cohort, { displayName: name, email });
      }
      await h().db.query('UPDATE learners SET joined_at = $2 WHERE cohort_id = $1', [cohort.id, new Date(NOW - 20 * DAY)]);
      expect((await h().postEvents(people.Ten!, [slideSeen(chapter.id, slides[0]!, NOW - 10 * DAY)])).statusCode).toBe(200);
      expect((await h().postEvents(people.Three!, [slideSeen(chapter.id, slides[0]!, NOW - 3 * DAY)])).statusCode).toBe(200);
      let at = NOW - 19 * DAY;
      const everything = courseManifest().chapters.filter((c) => c.slideIds.length > 0).flatMap((c) => {
        const done = completeChapter(c.id, at);
        at = done.end + 11 * 60_000;
        return done.events;
      });
      expect((await h().postEvents(people.Done!, everything)).statusCode).toBe(200);
    });

    it('lists the stalled learners (no activity for N days, default 7) who have not finished, quietest first', async () => {
      const res = await get(`/api/manager/cohorts/${cohort.id}/behind`);
      expect(res.statusCode, res.body).toBe(200);
      const list = res.json<BehindList>();
      expect(list).toMatchObject({ days: 7, dueDate: '2026-12-10', mailConfigured: false });
      expect(list.learners.map((l) => [l.displayName, l.reasons])).toEqual([
        ['Never', ['stalled']],
        ['Ten', ['stalled']],
      ]);
      expect(list.learners[0]).toMatchObject({ email: 'never@example.com', lastActivityAt: null, completedChapters: 0, progressPercent: 0, remindedAt: null });
      const two = (await get(`/api/manager/cohorts/${cohort.id}/behind?days=2`)).json<BehindList>();
      expect(two.learners.map((l) => l.displayName)).toEqual(['Never', 'Ten', 'Three']);
      const long = (await get(`/api/manager/cohorts/${cohort.id}/behind?days=30`)).json<BehindList>();
      expect(long.learners).toEqual([]);
      for (const days of ['0', '366', 'x', '1.5']) expect((await get(`/api/manager/cohorts/${cohort.id}/behind?days=${days}`)).statusCode, days).toBe(400);
    });

    it('adds everyone unfinished once the due date has passed, marked overdue', async () => {
      await h().db.query(`UPDATE cohorts SET due_date = '2026-12-01' WHERE id = $1`, [cohort.id]);
      try {
        const list = (await get(`/api/manager/cohorts/${cohort.id}/behind?days=14`)).json<BehindList>();
        expect(list.learners.map((l) => [l.displayName, l.reasons])).toEqual([
          ['Never', ['overdue', 'stalled']],
          ['Ten', ['overdue']],
          ['Three', ['overdue']],
        ]);
      } finally {
        await h().db.query(`UPDATE cohorts SET due_date = '2026-12-10' WHERE id = $1`, [cohort.id]);
      }
    });

    it('says when the server cannot send e-mail', async () => {
      const res = await h().app.inject({
        method: 'POST',
        url: `/api/manager/cohorts/${cohort.id}/reminders`,
        headers: { cookie: manager.cookie },
        payload: { learnerIds: [people.Never!.learnerId], subject: 'Reminder', body: 'Hello' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('mail_not_configured');
    });

    it('e-mails each learner who has an address, one message each, and lists those without one', async () => {
      const before = smtp.received.length;
      smtp.refuse.add('three@example.com');
      const res = await mailApp.inject({
        method: 'POST',
        url: `/api/manager/cohorts/${cohort.id}/reminders`,
        headers: { cookie: manager.cookie },
        payload: {
          learnerIds: [people.Never!.learnerId, people.Ten!.learnerId, people.Three!.learnerId],
          subject: '{name}，请完成培训',
          body: '{name}，你好：\n请在 2026年12月10日 前完成课程。\n王经理',
        },
      });
      smtp.refuse.clear();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<ReminderResult>()).toEqual({ sent: [people.Never!.learnerId], noEmail: [people.Ten!.learnerId], failed: [people.Three!.learnerId] });
      const mails = smtp.received.slice(before);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.to).toEqual(['never@example.com']);
      expect(mails[0]!.from).toBe('training@example.com');
      expect(mails[0]!.raw).toMatch(new RegExp(`^Reply-To: ${manager.email}`, 'mi'));
      expect(mails[0]!.raw).toMatch(/^Subject: =\?UTF-8\?/m);
      expect(bodyText(mails[0]!.raw)).toContain('Never，你好：\n请在 2026年12月10日 前完成课程。');
      const list = (await mailApp.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/behind`, headers: { cookie: manager.cookie } })).json<BehindList>();
      expect(list.mailConfigured).toBe(true);
      expect(list.learners.find((l) => l.displayName === 'Never')!.remindedAt).toEqual(expect.any(Number));
      expect(list.learners.find((l) => l.displayName === 'Ten')!.remindedAt).toBeNull();
    });

    it('refuses bad reminders and other managers\' learners', async () => {
      const post = (payload: object, who = manager) =>
        mailApp.inject({ method: 'POST', url: `/api/manager/cohorts/${cohort.id}/reminders`, headers: { cookie: who.cookie }, payload });
      const ok = { learnerIds: [people.Never!.learnerId], subject: 'S', body: 'B' };
      for (const bad of [{ ...ok, learnerIds: [] }, { ...ok, subject: '' }, { ...ok, body: 'x'.repeat(4001) }, { ...ok, body: 'a\u0000b' }, { ...ok, learnerIds: ['nope'] }]) {
        expect((await post(bad)).statusCode, JSON.stringify(bad).slice(0, 60)).toBe(400);
      }
      expect((await post(ok, await h().manager('Other'))).statusCode).toBe(404);
      // A learner of another cohort named in the list is simply not reached.
      const elsewhere = await h().join(await h().cohort(manager, { name: 'Elsewhere' }), { email: 'elsewhere@example.com' });
      const before = smtp.received.length;
      const res = await post({ ...ok, learnerIds: [elsewhere.learnerId] });
      expect(res.json()).toEqual({ sent: [], noEmail: [], failed: [] });
      expect(smtp.received.length).toBe(before);
    });
  },
);

it('reads the SMTP settings from the environment: both or neither', () => {
  expect(readMailOptions({})).toBeNull();
  expect(readMailOptions({ SMTP_URL: 'smtps://u:p@mail.example.com:465', SMTP_FROM: 'Training <t@example.com>' })).toEqual({
    url: 'smtps://u:p@mail.example.com:465',
    from: 'Training <t@example.com>',
  });
  expect(() => readMailOptions({ SMTP_URL: 'smtp://mail.example.com' })).toThrow(/SMTP_FROM/);
  expect(() => readMailOptions({ SMTP_URL: 'http://mail.example.com', SMTP_FROM: 'a@b.c' })).toThrow(/smtp:\/\//);
});
