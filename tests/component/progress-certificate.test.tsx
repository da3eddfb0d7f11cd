import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { course } from '../../src/course/course.ts';
import {
  canonicalCertificate,
  certificateRecord,
  verificationCode,
} from '../../src/features/progress/certificate-record.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { chapter, chapterRecord, completeCourse, resetProgress } from './progress-helpers.ts';
import { renderRoute } from './render-route.tsx';

vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg data-testid="bar-drawing" /> }));

const CODE = /^[0-9A-F]{5}-[0-9A-F]{5}$/;
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

async function shownCode(): Promise<string> {
  const code = await screen.findByText(CODE);
  return code.textContent ?? '';
}

describe('certificate', () => {
  it('is offered on the progress page once the course is complete', async () => {
    seedComplete();
    renderRoute('/progress');
    expect(await screen.findByRole('link', { name: '查看结业证书' })).toHaveAttribute('href', '/progress/certificate');
  });

  it('shows the name, course, completion date, scores and a verification code', async () => {
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
    expect(await shownCode()).toMatch(CODE);
    expect(screen.getByRole('button', { name: '打印证书' })).toBeInTheDocument();
  });

  it('prints on request', async () => {
    seedComplete();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderRoute('/progress/certificate');
    await userEvent.click(await screen.findByRole('button', { name: '打印证书' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('keeps its code for the same record and changes it when the record changes', async () => {
    seedComplete();
    const first = renderRoute('/progress/certificate');
    const code = await shownCode();
    first.unmount();

    renderRoute('/progress/certificate');
    expect(await shownCode()).toBe(code);

    const kpis = useProgressStore.getState().chapters.kpis!;
    useProgressStore.setState({
      chapters: { ...useProgressStore.getState().chapters, kpis: { ...kpis, attempts: [...kpis.attempts, { ...kpis.attempts[0]!, id: 'retake', score: 1 }] } },
    });
    await waitFor(async () => expect(await shownCode()).not.toBe(code));
    const afterRetake = await shownCode();

    useProgressStore.getState().setProfile({ displayName: '王 芳', employeeId: 'E-17', team: '华东运营' });
    await waitFor(async () => expect(await shownCode()).not.toBe(afterRetake));
  });

  it('derives the code from the canonical record alone', async () => {
    const record = certificateRecord('  王芳 ', { chapters: completeCourse() }, course);
    const same = certificateRecord('王芳', { chapters: { ...completeCourse() } }, course);
    expect(canonicalCertificate(record)).toBe(canonicalCertificate(same));
    expect(await verificationCode(canonicalCertificate(record))).toBe(await verificationCode(canonicalCertificate(same)));
    const later = certificateRecord('王芳', { chapters: { ...completeCourse(), crm: { ...completeCourse().crm!, completedAt: lastCompletion + 1 } } }, course);
    expect(await verificationCode(canonicalCertificate(later))).not.toBe(await verificationCode(canonicalCertificate(record)));
    expect(record.completedAt).toBe(lastCompletion);
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
