import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/features/settings/apply-display.ts';
import { DISPLAY_STORAGE_KEY, useDisplayStore } from '../../src/features/settings/display-store.ts';
import { UpdateNotice } from '../../src/features/settings/update-notice.tsx';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { renderRoute } from './render-route.tsx';

const html = document.documentElement;
const stored = () => JSON.parse(localStorage.getItem(DISPLAY_STORAGE_KEY) ?? 'null')?.state;

beforeEach(() => {
  useLocaleStore.setState({ locale: 'zh-CN' });
  useDisplayStore.setState({ scheme: 'system', textSize: 100 });
  localStorage.clear();
});

async function openDisplaySettings() {
  renderRoute('/');
  const toggle = screen.getByRole('button', { name: /显示设置/ });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return toggle;
}

describe('display settings in the header', () => {
  it('follows the system scheme by default, then switches to dark and light and remembers the choice', async () => {
    await openDisplaySettings();
    const scheme = screen.getByRole('group', { name: '配色' });
    expect(screen.getByRole('radio', { name: '跟随系统' })).toBeChecked();
    expect(scheme).toBeVisible();
    expect(html).not.toHaveAttribute('data-theme');

    await userEvent.click(screen.getByRole('radio', { name: '深色' }));
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(stored()).toEqual({ scheme: 'dark', textSize: 100 });

    await userEvent.click(screen.getByRole('radio', { name: '浅色' }));
    expect(html).toHaveAttribute('data-theme', 'light');

    await userEvent.click(screen.getByRole('radio', { name: '跟随系统' }));
    expect(html).not.toHaveAttribute('data-theme');
    expect(stored().scheme).toBe('system');
  });

  it('sets the root text size in three steps and remembers it', async () => {
    await openDisplaySettings();
    expect(screen.getByRole('group', { name: '文字大小' })).toBeVisible();
    expect(screen.getByRole('radio', { name: '标准' })).toBeChecked();
    expect(html.style.getPropertyValue('--text-size')).toBe('');

    await userEvent.click(screen.getByRole('radio', { name: '大' }));
    expect(html.style.getPropertyValue('--text-size')).toBe('115%');
    await userEvent.click(screen.getByRole('radio', { name: '特大' }));
    expect(html.style.getPropertyValue('--text-size')).toBe('130%');
    expect(stored()).toEqual({ scheme: 'system', textSize: 130 });

    await userEvent.click(screen.getByRole('radio', { name: '标准' }));
    expect(html.style.getPropertyValue('--text-size')).toBe('');
  });

  it('is operable with the keyboard and closes on Escape, returning focus to its button', async () => {
    renderRoute('/');
    const toggle = screen.getByRole('button', { name: /显示设置/ });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: '跟随系统' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '浅色' })).toBeChecked();
    expect(html).toHaveAttribute('data-theme', 'light');
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('group', { name: '配色' })).not.toBeInTheDocument();
  });

  it('speaks English when the course does', async () => {
    useLocaleStore.setState({ locale: 'en' });
    renderRoute('/');
    await userEvent.click(screen.getByRole('button', { name: /Display/ }));
    expect(screen.getByRole('group', { name: 'Colour scheme' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'As system' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Text size' })).toBeVisible();
    expect(screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['As system', 'Light', 'Dark', 'Standard', 'Large', 'Larger']);
  });
});

describe('stored display preferences', () => {
  it('are on <html> as soon as the app starts', async () => {
    localStorage.setItem(DISPLAY_STORAGE_KEY, JSON.stringify({ state: { scheme: 'dark', textSize: 115 }, version: 1 }));
    vi.resetModules();
    await import('../../src/features/settings/apply-display.ts');
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(html.style.getPropertyValue('--text-size')).toBe('115%');
  });

  it('fall back to the defaults when the stored values are unknown', async () => {
    localStorage.setItem(DISPLAY_STORAGE_KEY, JSON.stringify({ state: { scheme: 'sepia', textSize: 400 }, version: 1 }));
    await useDisplayStore.persist.rehydrate();
    expect(useDisplayStore.getState()).toMatchObject({ scheme: 'system', textSize: 100 });
    expect(html).not.toHaveAttribute('data-theme');
  });

  it('follow a change made in another tab', async () => {
    const value = JSON.stringify({ state: { scheme: 'light', textSize: 130 }, version: 1 });
    localStorage.setItem(DISPLAY_STORAGE_KEY, value);
    window.dispatchEvent(new StorageEvent('storage', { key: DISPLAY_STORAGE_KEY, newValue: value }));
    await vi.waitFor(() => expect(html).toHaveAttribute('data-theme', 'light'));
    expect(html.style.getPropertyValue('--text-size')).toBe('130%');
  });
});

describe('update notice', () => {
  it('announces a waiting version politely and offers reload and later, in both languages', async () => {
    const onReload = vi.fn();
    const onLater = vi.fn();
    const { rerender } = render(<UpdateNotice visible={false} onReload={onReload} onLater={onLater} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    rerender(<UpdateNotice visible onReload={onReload} onLater={onLater} />);
    expect(status).toHaveTextContent('课程有新版本可用');
    await userEvent.click(screen.getByRole('button', { name: '刷新并更新' }));
    expect(onReload).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: '稍后' }));
    expect(onLater).toHaveBeenCalledOnce();

    useLocaleStore.setState({ locale: 'en' });
    rerender(<UpdateNotice visible onReload={onReload} onLater={onLater} />);
    expect(await screen.findByRole('button', { name: 'Reload and update' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the course is ready.');
  });
});
