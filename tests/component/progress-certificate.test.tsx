import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { course } from '../../src/course/course.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { ENROLLMENT_KEY } from '../../src/sync/enrollment-key.ts';
import { chapter, chapterRecord, completeCourse, resetProgress } from './progress-helpers.ts';
import { renderRoute } from './render-route.tsx';

vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg data-testid="bar-drawing" /> }));

const lastCompletion = new Date(2026, 10, 10, 9).getTime();

beforeEach(() => {
  resetProgress();
  useLocaleStore.setState({ locale: 'zh-CN' });
});

afterEach(() => resetProgress());

function seedComplete(name: string | null = '王芳'): void {
  useProgressStore.setState({ chapters: completeCourse() });
  if (name !== null) useProgressStore.getState().setProfile({ displayName: name, employeeId: 'E-17', team: '华东运营' });
}

describe('certificate', () => {
  it('is offered on the progress page once the course is complete', async () => {
    seedComplete();
    renderRoute('/progress');
    expect(await screen.findByRole('link', { name: '查看结业证书' })).toHaveAttribute('href', '/progress/certificate');
  });

  it('without a server: shows the name, course, date and scores, and says plainly it is self-reported', async () => {
    seedComplete();
    renderRoute('/progress/certificate');
    const certificate = await screen.findByRole('article', { name: '结业证书' });
    expect(within(certificate).getByText('王芳')).toBeInTheDocument();
    expect(within(certificate).getByText('工号：E-17 · 团队：华东运营')).toBeInTheDocument();
    expect(within(certificate).getByText(course.title['zh-CN'])).toBeInTheDocument();
    const date = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(lastCompletion);
    expect(within(certificate).getByText(`完成日期：${date}`)).toBeInTheDocument();
    const rows = within(certificate).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[2]).toHaveTextContent('第 3 章 关键运营指标83%');
    expect(within(certificate).getByText('本证书由本浏览器根据自己的学习记录生成，未经服务器核验（自述成绩）。')).toBeInTheDocument();
    expect(within(certificate).queryByText('验证码')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '打印证书' })).toBeInTheDocument();
  });

  it('prints on request', async () => {
    seedComplete();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderRoute('/progress/certificate');
    await userEvent.click(await screen.findByRole('button', { name: '打印证书' }));
    expect(print).toHaveBeenCalledOnce();
  });

  describe('in a cohort', () => {
    const issued = {
      certificate: { code: '7KQM-29XD-HT4P', displayName: '王芳', courseId: course.courseId, score: 0.92, completedAt: lastCompletion, issuedAt: lastCompletion + 60_000 },
      course: { id: course.courseId, title: course.title },
    };
    const respond = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

    beforeEach(() => {
      localStorage.setItem(ENROLLMENT_KEY, JSON.stringify({ learnerId: 'l1', token: 'tok_learner', cohort: { id: 'c1', name: 'C', dueDate: null } }));
    });
    afterEach(() => {
      localStorage.removeItem(ENROLLMENT_KEY);
      vi.unstubAllGlobals();
    });

    it('shows the certificate the server issued, with its code and where anyone can check it', async () => {
      seedComplete();
      const fetchFn = vi.fn(async () => respond(200, issued));
      vi.stubGlobal('fetch', fetchFn);
      renderRoute('/progress/certificate');
      const certificate = await screen.findByRole('article', { name: '结业证书' });
      expect(fetchFn).toHaveBeenCalledWith(
        '/api/me/certificate',
        expect.objectContaining({ method: 'POST', credentials: 'omit', headers: expect.objectContaining({ authorization: 'Bearer tok_learner' }) }),
      );
      expect(within(certificate).getByText('7KQM-29XD-HT4P')).toBeInTheDocument();
      expect(within(certificate).getByText('测验平均最高分：92%')).toBeInTheDocument();
      const link = within(certificate).getByRole('link', { name: `${window.location.origin}/verify/7KQM-29XD-HT4P` });
      expect(link).toHaveAttribute('href', `${window.location.origin}/verify/7KQM-29XD-HT4P`);
      expect(within(certificate).queryByText(/自述成绩/)).not.toBeInTheDocument();
    });

    it('names the chapters the server has not confirmed, and asks again on request', async () => {
      seedComplete();
      const fetchFn = vi
        .fn()
        .mockResolvedValueOnce(respond(409, { error: { code: 'not_complete', message: 'x', details: { missing: ['kpis', 'crm'] } } }))
        .mockResolvedValueOnce(respond(200, issued));
      vi.stubGlobal('fetch', fetchFn);
      renderRoute('/progress/certificate');
      expect(await screen.findByText(/服务器的记录中以下章节尚未完成：关键运营指标、客户关系管理。/)).toBeInTheDocument();
      expect(screen.queryByRole('article')).not.toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: '再试一次' }));
      expect(await screen.findByText('7KQM-29XD-HT4P')).toBeInTheDocument();
    });

    it('says so when the server cannot be reached', async () => {
      seedComplete();
      vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
      renderRoute('/progress/certificate');
      expect(await screen.findByText(/暂时连不上服务器/)).toBeInTheDocument();
    });
  });

  describe('/verify', () => {
    afterEach(() => vi.unstubAllGlobals());
    const respond = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

    it('confirms a real code with who, which course, when and what score', async () => {
      useLocaleStore.setState({ locale: 'en' });
      const body = {
        certificate: { code: '7KQM-29XD-HT4P', displayName: 'Wang Fang', courseId: course.courseId, score: 0.9, completedAt: lastCompletion, issuedAt: lastCompletion },
        course: { id: course.courseId, title: course.title },
      };
      const fetchFn = vi.fn(async () => respond(200, body));
      vi.stubGlobal('fetch', fetchFn);
      renderRoute('/verify/7kqm29xdht4p');
      expect(await screen.findByText('Valid certificate: the server’s record matches the details below.')).toBeInTheDocument();
      expect(fetchFn).toHaveBeenCalledWith('/api/verify/7kqm29xdht4p', expect.objectContaining({ method: 'GET' }));
      const result = screen.getByRole('status');
      expect(within(result).getByText('Wang Fang')).toBeInTheDocument();
      expect(within(result).getByText(course.title.en)).toBeInTheDocument();
      expect(within(result).getByText('90%')).toBeInTheDocument();
    });

    it('says plainly that an unknown or altered code is not valid, and checks another', async () => {
      useLocaleStore.setState({ locale: 'en' });
      vi.stubGlobal('fetch', vi.fn(async () => respond(404, { error: { code: 'not_found', message: 'No certificate has this code.' } })));
      const { location } = renderRoute('/verify/7KQM-29XD-HT4Q');
      expect(await screen.findByText('No certificate has the code “7KQM-29XD-HT4Q”. Check it character by character: a changed code is not valid.')).toBeInTheDocument();
      const input = screen.getByRole('textbox', { name: 'Verification code' });
      await userEvent.clear(input);
      await userEvent.type(input, 'ABCD-EFGH-JKMN');
      await userEvent.click(screen.getByRole('button', { name: 'Verify' }));
      await waitFor(() => expect(location().pathname).toBe('/verify/ABCD-EFGH-JKMN'));
    });
  });

  it('asks for a name when the profile has none, then shows the certificate', async () => {
    seedComplete(null);
    renderRoute('/progress/certificate');
    expect(await screen.findByText('结业证书上会显示你的姓名，请先填写。')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: '姓名' }), 'Li Ming');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const certificate = await screen.findByRole('article', { name: '结业证书' });
    expect(within(certificate).getByText('Li Ming')).toBeInTheDocument();
  });

  it('explains what is missing while the course is not complete', async () => {
    const chapters = completeCourse();
    const kpis = chapter('kpis');
    chapters.kpis = chapterRecord('kpis', { seen: kpis.slideIds.slice(0, -2), scores: [0.5] });
    chapters.crm = chapterRecord('crm', { scores: [] });
    useProgressStore.setState({ chapters });
    useLocaleStore.setState({ locale: 'en' });
    renderRoute('/progress/certificate');

    expect(await screen.findByText('Complete all 10 chapters to get your certificate. You have completed 8; still to do:')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    const kpisItem = screen.getByRole('link', { name: 'Chapter 3 Key Operating Metrics' }).closest('li')!;
    expect(kpisItem).toHaveTextContent('2 sections left to read');
    expect(kpisItem).toHaveTextContent('A quiz score of 80% is needed');
    const crmItem = screen.getByRole('link', { name: 'Chapter 6 Customer Relationship Management' }).closest('li')!;
    expect(crmItem).not.toHaveTextContent('sections left');
    expect(crmItem).toHaveTextContent('A quiz score of 80% is needed');
  });
});
