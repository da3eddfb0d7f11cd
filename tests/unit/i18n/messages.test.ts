import { describe, expect, it } from 'vitest';
import { defineMessages } from '../../../src/i18n/define-messages.ts';
import { catalogs } from '../../../src/i18n/messages.ts';
import { translate } from '../../../src/i18n/translate.ts';

describe('UI strings', () => {
  it('has the same keys, all non-empty, in both languages', () => {
    const zh = Object.keys(catalogs['zh-CN']).sort();
    expect(Object.keys(catalogs.en).sort()).toEqual(zh);
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const [key, value] of Object.entries(catalogs[locale])) expect(value.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('uses the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogs['zh-CN']) as Array<keyof typeof catalogs.en>) {
      expect(params(catalogs.en[key]), key).toEqual(params(catalogs['zh-CN'][key]));
    }
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'home.minutes', { minutes: 45 })).toBe('45 min');
    expect(translate('zh-CN', 'home.minutes')).toBe('{minutes} 分钟');
  });

  it('makes a missing translation a compile error', () => {
    // @ts-expect-error: the English block lacks a key the Chinese block has.
    const broken = defineMessages({ 'zh-CN': { a: '甲', b: '乙' }, en: { a: 'A' } });
    expect(broken.en).toEqual({ a: 'A' });
  });
});
