import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { renderRoute } from './render-route.tsx';

beforeEach(() => useLocaleStore.setState({ locale: 'zh-CN' }));

describe('course home', () => {
  it('lists the ten chapters in order, each linking to its lesson with a labelled progress bar', async () => {
    renderRoute('/');
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    const ids = items.map((item) => within(item).getByRole('link').getAttribute('href'));
    expect(ids).toEqual(['overview', 'roles', 'kpis', 'processes', 'tools', 'crm', 'data', 'cases', 'growth', 'community'].map((id) => `/learn/${id}`));
    const bar = within(items[0]!).getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAccessibleName('“运营概述”学习进度');
  });

  it('switches the interface and content language, remembers it and sets <html lang>', async () => {
    renderRoute('/');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Business Operations Training' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(JSON.parse(localStorage.getItem('courseware:locale')!).state.locale).toBe('en');
    expect(screen.getAllByRole('progressbar')[0]).toHaveAccessibleName(/Progress in/);
  });

  it('shows a helpful page for unknown addresses', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByRole('heading', { name: '没有找到这个页面' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回课程首页' })).toHaveAttribute('href', '/');
  });
});
