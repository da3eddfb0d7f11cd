import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { course } from '../../src/course/course.ts';
import { localToday } from '../../src/features/manage/due-date.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import type { ItemAnalysis, ItemStat } from '../../src/protocol/item-analysis.ts';
import type { BehindList } from '../../src/protocol/reminders.ts';
import { apiError, fakeApi, json, type FakeHandler } from './api-fake.ts';
import { cohort, detail, liLei, manager, matrix, rememberSignIn } from './manage-fixtures.ts';
import { ROUTE_LOADED } from './lazy-route.ts';
import { renderRoute } from './render-route.tsx';

const base = `/api/manager/cohorts/${cohort.id}`;
const chapter = course.chapters.find((c) => c.testSize > 0)!;

function serve(extra: Record<string, FakeHandler> = {}) {
  return fakeApi({
    'GET /api/manager/me': () => json(200, { manager }),
    [`GET ${base}`]: () => json(200, { cohort }),
    ...extra,
  });
}

const item = (number: number, asked: number, correct: number, fields: Partial<ItemStat> = {}): ItemStat => ({
  quizId: `q${number}`,
  number,
  kind: 'single',
  objectiveId: 'o1',
  prompt: { 'zh-CN': `第 ${number} 题题干`, en: `Question ${number} text` },
  asked,
  correct,
  commonWrong: null,
  ...fields,
});

const analysis: ItemAnalysis = {
  chapterId: chapter.id,
  attempts: 6,
  learners: 4,
  items: [
    item(1, 6, 5),
    item(2, 6, 1, { commonWrong: { answer: { 'zh-CN': '成本控制', en: 'Cost control' }, count: 4 } }),
    item(3, 0, 0),
    item(4, 3, 2, { objectiveId: 'o2', kind: 'truefalse', commonWrong: { answer: { 'zh-CN': '正确', en: 'True' }, count: 1 } }),
  ],
  objectives: [
    { id: 'o1', text: { 'zh-CN': '说出四类指标', en: 'Name the four groups' }, asked: 12, correct: 6 },
    { id: 'o2', text: { 'zh-CN': '读懂看板', en: 'Read a dashboard' }, asked: 3, correct: 2 },
  ],
};

beforeEach(() => {
  useLocaleStore.setState({ locale: 'en' });
  rememberSignIn();
});

describe('question analysis', () => {
  it('shows each question in the manager’s language with its share right and most chosen wrong answer, sortable', async () => {
    const requests = serve({ [`GET ${base}/items`]: () => json(200, analysis) });
    const user = userEvent.setup();
    renderRoute(`/manage/cohorts/${cohort.id}/items`);
    const table = await screen.findByRole('table', { name: /^Share answered right, per question/ }, ROUTE_LOADED);
    expect(requests.find((r) => r.path === `${base}/items`)?.query.get('chapter')).toBe(chapter.id);
    expect(screen.getByText('Based on 6 attempts graded by the server (retakes included) from 4 learners of this cohort.')).toBeInTheDocument();
    expect(screen.getByText('Most missed: question 2 (16% right)')).toBeInTheDocument();
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(within(rows()[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Question 2 text', 'Objective 1', '6', '16%', 'Cost control (4×)']);
    expect(within(rows()[2]!).getAllByRole('cell')[3]).toHaveTextContent('not drawn yet');

    const sortByShare = within(table).getByRole('button', { name: /^Answered right/ });
    await user.click(sortByShare);
    expect(rows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['2', '4', '1', '3']);
    expect(sortByShare.closest('th')).toHaveAttribute('aria-sort', 'ascending');
    await user.click(sortByShare);
    // Never asked stays last either way.
    expect(rows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['1', '4', '2', '3']);

    const objectives = screen.getByRole('table', { name: 'Mastery per learning objective' });
    expect(within(objectives).getByRole('rowheader', { name: 'Objective 1: Name the four groups' })).toBeInTheDocument();
    expect(within(objectives).getAllByRole('row')[1]).toHaveTextContent('50%');
    expect(screen.getByRole('link', { name: 'Export question analysis (CSV)' })).toHaveAttribute('href', `${base}/items.csv?chapter=${chapter.id}&locale=en`);
  });

  it('says when nobody has taken the test yet, and loads another chapter when chosen', async () => {
    const other = course.chapters.filter((c) => c.testSize > 0)[1]!;
    const requests = serve({ [`GET ${base}/items`]: (request) => json(200, { ...analysis, chapterId: request.query.get('chapter'), attempts: 0, learners: 0 }) });
    const user = userEvent.setup();
    renderRoute(`/manage/cohorts/${cohort.id}/items`);
    expect(await screen.findByText('Nobody in this cohort has taken this chapter’s test yet.', {}, ROUTE_LOADED)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Chapter test'), other.id);
    await waitFor(() => expect(requests.some((r) => r.query.get('chapter') === other.id)).toBe(true));
  });
});

describe('who is behind', () => {
  const list = (fields: Partial<BehindList> = {}): BehindList => ({
    cohortId: cohort.id,
    days: 7,
    dueDate: cohort.dueDate,
    mailConfigured: true,
    learners: [
      { id: liLei.id, displayName: 'Li Lei', employeeId: 'E1001', team: null, email: 'li@example.com', joinedAt: 0, lastActivityAt: null, remindedAt: null, completedChapters: 0, progressPercent: 0, reasons: ['overdue', 'stalled'] },
      { id: 'x2', displayName: 'Han Meimei', employeeId: null, team: null, email: null, joinedAt: 0, lastActivityAt: null, remindedAt: null, completedChapters: 0, progressPercent: 10, reasons: ['stalled'] },
    ],
    ...fields,
  });

  it('lists overdue and stalled learners, and e-mails the reminder to those with an address', async () => {
    const requests = serve({
      [`GET ${base}/behind`]: (request) => json(200, list({ days: Number(request.query.get('days')) })),
      [`POST ${base}/reminders`]: () => json(200, { sent: [liLei.id], noEmail: ['x2'], failed: [] }),
    });
    const user = userEvent.setup();
    renderRoute(`/manage/cohorts/${cohort.id}/behind`);
    const table = await screen.findByRole('table', { name: 'Learners behind (2)' }, ROUTE_LOADED);
    expect(within(table).getByRole('row', { name: /Li Lei/ })).toHaveTextContent(/Overdue.*No study for 7\+ days/);
    expect(within(table).getByRole('row', { name: /Han Meimei/ })).toHaveTextContent('none given');

    const days = screen.getByLabelText('Days without study that count as stalled');
    await user.clear(days);
    await user.type(days, '0');
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a whole number from 1 to 365.')).toBeInTheDocument();
    await user.clear(days);
    await user.type(days, '14');
    await waitFor(() => expect(requests.some((r) => r.path === `${base}/behind` && r.query.get('days') === '14')).toBe(true));

    const message = screen.getByLabelText(/^Message/) as HTMLTextAreaElement;
    expect(message.value).toMatch(/^Hello \{name\},\n\nThe training for “East region · Spring” is due by Jun 30, 2026/);
    expect(message.value).toContain(`${window.location.origin}/`);
    await user.click(screen.getByRole('button', { name: 'E-mail the 1 learners who gave an address' }));
    expect(await screen.findByText('1 reminders sent.')).toBeInTheDocument();
    expect(screen.getByText('These learners gave no e-mail address; remind them another way: Han Meimei')).toBeInTheDocument();
    const sent = requests.find((r) => r.method === 'POST')!.body as { learnerIds: string[]; subject: string; body: string };
    expect(sent.learnerIds).toEqual([liLei.id, 'x2']);
    expect(sent.subject).toBe('{name}, please continue “Business Operations Training”');
  });

  it('offers only copying when the server cannot send e-mail', async () => {
    serve({ [`GET ${base}/behind`]: () => json(200, list({ mailConfigured: false })) });
    renderRoute(`/manage/cohorts/${cohort.id}/behind`);
    expect(await screen.findByText(/This server is not set up to send e-mail/, {}, ROUTE_LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^E-mail the/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy the reminder' })).toBeInTheDocument();
  });
});

describe('cohort settings', () => {
  it('refuses a past due date before sending, then saves a new name and date', async () => {
    const requests = serve({ [`PATCH ${base}`]: (request) => json(200, { cohort: { ...cohort, ...(request.body as object) } }) });
    const user = userEvent.setup();
    renderRoute(`/manage/cohorts/${cohort.id}/settings`);
    const form = await screen.findByRole('region', { name: 'Cohort settings' }, ROUTE_LOADED);
    const due = within(form).getByLabelText('Due date (leave empty for none)');
    await user.clear(due);
    await user.type(due, '2020-01-01');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByText('The due date cannot be before today.')).toBeInTheDocument();
    expect(due).toHaveFocus();
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);

    await user.clear(due);
    await user.type(due, '2031-03-31');
    const name = within(form).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'East · Spring 2031');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Saved. Learners see the new due date once their devices are online.')).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ name: 'East · Spring 2031', dueDate: '2031-03-31' });
    expect(localToday(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('archives only after a confirmation, and restores', async () => {
    let archivedAt: number | null = null;
    const requests = serve({
      [`GET ${base}`]: () => json(200, { cohort: { ...cohort, archivedAt } }),
      [`POST ${base}/archive`]: () => {
        archivedAt = Date.UTC(2026, 5, 1);
        return json(200, { cohort: { ...cohort, archivedAt } });
      },
      [`POST ${base}/restore`]: () => {
        archivedAt = null;
        return json(200, { cohort: { ...cohort, archivedAt } });
      },
    });
    const user = userEvent.setup();
    renderRoute(`/manage/cohorts/${cohort.id}/settings`);
    const panel = await screen.findByRole('region', { name: 'Archive' }, ROUTE_LOADED);
    await user.click(within(panel).getByRole('button', { name: 'Archive this cohort' }));
    expect(within(panel).getByText('Archive “East region · Spring”? New learners will not be able to join.')).toBeInTheDocument();
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Yes, archive' })).toHaveFocus());
    expect(requests.some((r) => r.path.endsWith('/archive'))).toBe(false);
    await user.click(within(panel).getByRole('button', { name: 'Yes, archive' }));
    expect(await within(panel).findByText('Archived.')).toBeInTheDocument();
    expect(await screen.findByText('Archived', { selector: '.status-badge' })).toBeInTheDocument();
    await user.click(await within(panel).findByRole('button', { name: 'Restore this cohort' }));
    expect(await within(panel).findByText('Restored: learners can join with the enrollment code again.')).toBeInTheDocument();
  });
});

describe('removing a learner', () => {
  it('asks how, confirms, removes and returns to the cohort saying so', async () => {
    const requests = serve({
      [`GET ${base}/learners/${liLei.id}`]: () => json(200, detail()),
      [`POST ${base}/learners/${liLei.id}/remove`]: (request) => json(200, { learnerId: liLei.id, ...(request.body as object) }),
      [`GET ${base}/matrix`]: () => json(200, matrix([])),
    });
    const user = userEvent.setup();
    const view = renderRoute(`/manage/cohorts/${cohort.id}/learners/${liLei.id}`);
    const panel = await screen.findByRole('region', { name: 'Remove from the cohort' }, ROUTE_LOADED);
    await user.click(within(panel).getByLabelText(/^Remove and erase all their data/));
    await user.click(within(panel).getByRole('button', { name: 'Remove Li Lei' }));
    expect(within(panel).getByText('Erase all of Li Lei’s data? This cannot be undone.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(requests.some((r) => r.path.endsWith('/remove'))).toBe(false);
    await user.click(within(panel).getByRole('button', { name: 'Remove Li Lei' }));
    await user.click(within(panel).getByRole('button', { name: 'Yes, erase everything' }));
    expect(await screen.findByText('Li Lei has been removed from the cohort.', {}, ROUTE_LOADED)).toBeInTheDocument();
    expect(view.location().pathname).toBe(`/manage/cohorts/${cohort.id}`);
    expect(requests.find((r) => r.path.endsWith('/remove'))?.body).toEqual({ mode: 'erase' });
  });

  it('explains a failure and keeps the learner page', async () => {
    serve({
      [`GET ${base}/learners/${liLei.id}`]: () => json(200, detail()),
      [`POST ${base}/learners/${liLei.id}/remove`]: () => apiError(500, 'internal'),
    });
    const user = userEvent.setup();
    renderRoute(`/manage/cohorts/${cohort.id}/learners/${liLei.id}`);
    const panel = await screen.findByRole('region', { name: 'Remove from the cohort' }, ROUTE_LOADED);
    await user.click(within(panel).getByRole('button', { name: 'Remove Li Lei' }));
    await user.click(within(panel).getByRole('button', { name: 'Yes, remove' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Not removed: Something went wrong');
  });
});

describe('the cohort list', () => {
  it('shows archived cohorts on request, marked as such', async () => {
    const requests = serve({
      'GET /api/manager/cohorts': (request) =>
        json(200, { cohorts: request.query.get('archived') === '1' ? [cohort, { ...cohort, id: 'old', name: 'Autumn 2025', archivedAt: Date.UTC(2025, 11, 1) }] : [cohort] }),
    });
    const user = userEvent.setup();
    renderRoute('/manage');
    const list = await screen.findByRole('table', { name: 'Your cohorts' }, ROUTE_LOADED);
    expect(within(list).queryByText('Autumn 2025')).toBeNull();
    await user.click(screen.getByLabelText('Show archived cohorts'));
    expect(await within(list).findByText('Autumn 2025')).toBeInTheDocument();
    expect(within(list).getByText('Archived')).toBeInTheDocument();
    expect(requests.some((r) => r.query.get('archived') === '1')).toBe(true);
  });

  it('says a cohort address that is no id is not found', async () => {
    serve({ 'GET /api/manager/cohorts/not-a-uuid': () => apiError(404, 'not_found'), 'GET /api/manager/cohorts/not-a-uuid/matrix': () => apiError(404, 'not_found') });
    renderRoute('/manage/cohorts/not-a-uuid');
    expect(await screen.findByRole('alert', {}, ROUTE_LOADED)).toHaveTextContent('This cohort was not found; it may belong to another account.');
  });
});
