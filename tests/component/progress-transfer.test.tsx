import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { emptyProgress } from '../../src/progress/progress-data.ts';
import type { ProgressData } from '../../src/progress/progress-schema.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { exportProgressJson } from '../../src/progress/progress-transfer.ts';
import { captureDownloads, chapter, chapterRecord, resetProgress } from './progress-helpers.ts';
import { renderRoute } from './render-route.tsx';

vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg data-testid="bar-drawing" /> }));

const kpis = chapter('kpis');

beforeEach(() => {
  resetProgress();
  useLocaleStore.setState({ locale: 'zh-CN' });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 10, 30));
});

afterEach(() => {
  vi.useRealTimers();
  resetProgress();
});

async function openProgress(): Promise<void> {
  renderRoute('/progress');
  await screen.findByRole('heading', { level: 1, name: '学习进度' });
}

function jsonFile(text: string, name = 'progress.json'): File {
  return new File([text], name, { type: 'application/json' });
}

describe('export', () => {
  it('downloads the progress as a dated JSON export', async () => {
    useProgressStore.getState().setProfile({ displayName: '王芳', employeeId: null, team: null });
    useProgressStore.getState().markSlideSeen('kpis', kpis.slideIds[0]!, 100);
    const downloads = captureDownloads();
    await openProgress();
    await userEvent.click(screen.getByRole('button', { name: '导出 JSON（可导入）' }));

    expect(downloads.map((d) => d.fileName)).toEqual(['courseware-progress-2026-11-23.json']);
    expect(downloads[0]?.blob.type).toBe('application/json');
    const file = JSON.parse(await downloads[0]!.blob.text());
    expect(file).toMatchObject({ format: 'courseware-progress', version: 2, progress: { profile: { displayName: '王芳' } } });
    expect(file.progress.chapters.kpis.seen).toEqual({ [kpis.slideIds[0]!]: 100 });
  });

  it('downloads one CSV row per chapter', async () => {
    useProgressStore.setState({ chapters: { kpis: chapterRecord('kpis', { seen: kpis.slideIds.slice(0, 2), scores: [0.75] }) } });
    const downloads = captureDownloads();
    await openProgress();
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV 表格' }));

    expect(downloads[0]?.fileName).toBe('courseware-progress-2026-11-23.csv');
    const lines = (await downloads[0]!.blob.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('chapter_id,slides_seen,total_slides,best_score,attempts,completed_at');
    expect(lines).toHaveLength(11);
    expect(lines).toContain(`kpis,2,${kpis.slideIds.length},0.75,1,`);
  });
});

describe('import', () => {
  it('merges an export, keeping the newer records, and says so', async () => {
    const [first, second] = kpis.slideIds;
    useProgressStore.getState().setProfile({ displayName: '王芳（当前）', employeeId: null, team: null });
    useProgressStore.getState().markSlideSeen('kpis', first!, 500);
    const older: ProgressData = {
      ...emptyProgress(),
      profile: { displayName: '王芳（旧）', employeeId: null, team: null, updatedAt: 1 },
      chapters: { kpis: { seen: { [first!]: 100, [second!]: 900 }, attempts: [], completedAt: null } },
    };
    await openProgress();
    await userEvent.upload(screen.getByLabelText('导入 JSON 文件'), jsonFile(JSON.stringify(exportProgressJson(older))));

    expect(await screen.findByText(/^已合并导入的学习记录。/)).toHaveAttribute('role', 'status');
    expect(useProgressStore.getState().chapters.kpis?.seen).toEqual({ [first!]: 100, [second!]: 900 });
    expect(useProgressStore.getState().profile?.displayName).toBe('王芳（当前）');
    const card = screen.getByRole('article', { name: '关键运营指标' });
    expect(card).toHaveTextContent(`2 / ${kpis.slideIds.length}`);
  });

  it.each([
    ['garbage', 'progress!', '这个文件不是 JSON 格式，未导入任何内容。'],
    ['another JSON file', '{"courseId":"ops"}', '这个文件不是本课程导出的学习记录，未导入任何内容。'],
    ['a newer version', '{"format":"courseware-progress","version":3,"progress":{}}', '这个文件来自本课程的较新版本'],
    ['a damaged export', '{"format":"courseware-progress","version":2,"progress":{"chapters":[]}}', '文件中的学习记录已损坏或不完整'],
  ])('refuses %s, says why and changes nothing', async (_name, text, message) => {
    useProgressStore.getState().markSlideSeen('kpis', kpis.slideIds[0]!, 10);
    const before = useProgressStore.getState();
    await openProgress();
    await userEvent.upload(screen.getByLabelText('导入 JSON 文件'), jsonFile(text));

    expect(await screen.findByText(new RegExp(`^${message}`))).toHaveClass('is-error');
    expect(useProgressStore.getState().chapters).toBe(before.chapters);
  });

  it('reports in English too', async () => {
    useLocaleStore.setState({ locale: 'en' });
    renderRoute('/progress');
    await userEvent.upload(await screen.findByLabelText('Import a JSON file'), jsonFile('{"format":"courseware-progress","version":9,"progress":{}}'));
    expect(await screen.findByText(/comes from a newer version of this course/)).toBeInTheDocument();
  });
});
