import { describe, expect, it } from 'vitest';
import { localeOrDefault, prerenderedPage, type PageIndex } from '../../../src/prerender/page-index.ts';

const index: PageIndex = { 'zh-CN': { '/': 'zh-CN/index.html', '/present/kpis': 'zh-CN/present/kpis/intro.html' }, en: { '/': 'en/index.html' } };

describe('prerenderedPage', () => {
  it('finds an address’s page in a locale, under the pages folder', () => {
    expect(prerenderedPage(index, 'en', '/')).toBe('pages/en/index.html');
    expect(prerenderedPage(index, 'zh-CN', '/present/kpis')).toBe('pages/zh-CN/present/kpis/intro.html');
  });
  it('has none for unknown addresses, other locales’ pages, addresses with a query, or no index', () => {
    expect(prerenderedPage(index, 'en', '/present/kpis')).toBeNull();
    expect(prerenderedPage(index, 'zh-CN', '/manage')).toBeNull();
    expect(prerenderedPage(index, 'zh-CN', '/?print')).toBeNull();
    expect(prerenderedPage(index, 'zh-CN', '/constructor')).toBeNull();
    expect(prerenderedPage(null, 'zh-CN', '/')).toBeNull();
  });
});

describe('localeOrDefault', () => {
  it('accepts the course’s locales only', () => {
    expect(localeOrDefault('en')).toBe('en');
    expect(localeOrDefault('fr')).toBe('zh-CN');
    expect(localeOrDefault(undefined)).toBe('zh-CN');
    expect(localeOrDefault(['en'])).toBe('zh-CN');
  });
});
