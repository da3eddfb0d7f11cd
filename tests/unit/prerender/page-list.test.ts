import { describe, expect, it } from 'vitest';
import type { CourseManifest, ManifestChapter } from '../../../src/content/types.ts';
import { pageFile, prerenderPages } from '../../../src/prerender/page-list.ts';

function chapter(id: string, slideIds: string[]): ManifestChapter {
  const summary = { title: id, summary: '', objectives: [], readingMinutes: 1 } as unknown as NonNullable<ManifestChapter['locales']['zh-CN']>;
  return { id, order: 1, plannedTitle: { 'zh-CN': id, en: id }, slideIds, quizIds: [], testSize: 0, locales: { 'zh-CN': summary, en: null } };
}

const manifest = { chapters: [chapter('overview', ['welcome', 'bridge']), chapter('unwritten', [])] } as unknown as CourseManifest;

describe('prerenderPages', () => {
  const pages = prerenderPages(manifest, ['roi']);

  it('lists every landing page in both locales: home, lessons, every slide, calculators, progress', () => {
    const zh = pages.filter((p) => p.locale === 'zh-CN').map((p) => p.path);
    expect(zh).toEqual(['/', '/learn/overview', '/present/overview/welcome', '/present/overview/bridge', '/calculators', '/calculators/roi', '/progress']);
    expect(pages.filter((p) => p.locale === 'en').map((p) => p.path)).toEqual(zh);
  });

  it('sends slide mode without a slide the first slide, and loads the chapter for chapter pages only', () => {
    const first = pages.find((p) => p.locale === 'zh-CN' && p.path === '/present/overview/welcome')!;
    expect(first.aliases).toEqual(['/present/overview']);
    expect(first.chapterId).toBe('overview');
    expect(pages.find((p) => p.path === '/present/overview/bridge')!.aliases).toEqual([]);
    expect(pages.find((p) => p.path === '/learn/overview')!.aliases).toEqual([]);
    expect(pages.find((p) => p.path === '/calculators/roi')!.chapterId).toBeNull();
  });

  it('leaves out chapters that are not written yet', () => {
    expect(pages.some((p) => p.path.includes('unwritten'))).toBe(false);
  });

  it('names one file per page and locale', () => {
    expect(pageFile({ locale: 'en', path: '/' })).toBe('en/index.html');
    expect(pageFile({ locale: 'zh-CN', path: '/present/overview/bridge' })).toBe('zh-CN/present/overview/bridge.html');
    expect(new Set(pages.map(pageFile)).size).toBe(pages.length);
  });
});
