import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import type { StorageIssue } from '../../src/progress/progress-data.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { captureDownloads, resetProgress } from './progress-helpers.ts';
import { renderRoute } from './render-route.tsx';

const BACKUP_KEY = 'courseware:progress:backup:1700000000000';

beforeEach(() => {
  resetProgress();
  useLocaleStore.setState({ locale: 'zh-CN' });
});

afterEach(() => resetProgress());

async function showIssue(issue: StorageIssue): Promise<HTMLElement> {
  useProgressStore.setState({ storageIssue: issue });
  renderRoute('/');
  return screen.findByRole('alert');
}

describe('storage notice', () => {
  it('is absent while storage works', async () => {
    renderRoute('/');
    await screen.findByRole('list');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains unreadable data kept as a backup, and hands the backup over', async () => {
    localStorage.setItem(BACKUP_KEY, '{"version":2,"state":');
    const downloads = captureDownloads();
    const alert = await showIssue({ kind: 'recovered-corrupt', backupKey: BACKUP_KEY, at: 1 });
    expect(alert).toHaveTextContent(`你之前保存的学习记录无法读取，已另存备份（${BACKUP_KEY}），本次从头开始记录。`);
    expect(alert).toHaveTextContent('备份仍在本浏览器中');
    expect(within(alert).getByRole('link', { name: '去导出学习记录' })).toHaveAttribute('href', '/progress#transfer');

    await userEvent.click(within(alert).getByRole('button', { name: '下载备份文件' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.fileName).toMatch(/^courseware-progress-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await downloads[0]?.blob.text()).toBe('{"version":2,"state":');
  });

  it('says saving stopped when unreadable data could not be backed up', async () => {
    const alert = await showIssue({ kind: 'recovered-corrupt', at: 1 });
    expect(alert).toHaveTextContent('也无法另存备份');
    expect(alert).toHaveTextContent('已有的记录没有被删除。');
    expect(within(alert).queryByRole('button', { name: '下载备份文件' })).not.toBeInTheDocument();
  });

  it('explains a full storage and points to the export', async () => {
    const alert = await showIssue({ kind: 'quota', at: 1 });
    expect(alert).toHaveTextContent('浏览器存储已满，最新进度暂时只保存在本页面中。请导出学习记录或清理浏览器空间。');
    expect(alert).toHaveTextContent('已有的记录没有被删除。');
    expect(within(alert).getByRole('link', { name: '去导出学习记录' })).toBeInTheDocument();
  });

  it('explains a newer version in another tab and offers a reload', async () => {
    const alert = await showIssue({ kind: 'foreign-version', at: 1 });
    expect(alert).toHaveTextContent('本课程的较新版本已在其他标签页中打开');
    expect(within(alert).getByRole('button', { name: '刷新本页' })).toBeInTheDocument();
  });

  it('explains newer-version data found at load and kept as a backup', async () => {
    const alert = await showIssue({ kind: 'foreign-version', backupKey: BACKUP_KEY, at: 1 });
    expect(alert).toHaveTextContent(`已另存备份（${BACKUP_KEY}）`);
    expect(alert).toHaveTextContent('较新版本');
  });

  it('speaks English too', async () => {
    useLocaleStore.setState({ locale: 'en' });
    const alert = await showIssue({ kind: 'quota', at: 1 });
    expect(alert).toHaveTextContent('Browser storage is full');
    expect(alert).toHaveTextContent('Nothing you had saved was deleted.');
  });

  it.each(['recovered-corrupt', 'quota', 'foreign-version'] as const)('can be dismissed (%s)', async (kind) => {
    const alert = await showIssue({ kind, at: 1 });
    await userEvent.click(within(alert).getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useProgressStore.getState().storageIssue).toBeNull();
  });
});
