import { describe, expect, it, vi } from 'vitest';
import { defineMessages } from '../../../src/i18n/define-messages.ts';
import { translate } from '../../../src/i18n/translate.ts';

type Area = { 'zh-CN': Record<string, string>; en: Record<string, string> };
/** Every message area on disk, found by name, so a new area cannot be missed. */
const modules = import.meta.glob<Record<string, Area>>('../../../src/i18n/messages/!(*-register).ts', { eager: true });
const areas: Record<string, Area> = Object.fromEntries(
  Object.entries(modules).flatMap(([file, exports]) => Object.entries(exports).map(([name, area]) => [`${file.split('/').at(-1)}:${name}`, area])),
);

describe('UI strings', () => {
  it.each(Object.entries(areas))('%s has the same keys, all non-empty, in both languages', (_, area) => {
    const zh: Record<string, string> = area['zh-CN'];
    const en: Record<string, string> = area.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('never defines one key in two areas', () => {
    const seen = new Map<string, string>();
    for (const [name, area] of Object.entries(areas)) {
      for (const key of Object.keys(area['zh-CN'])) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it.each(Object.entries(areas))('%s uses the same parameters in both languages', (_, area) => {
    const zh: Record<string, string> = area['zh-CN'];
    const en: Record<string, string> = area.en;
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh)) expect(params(en[key]!), key).toEqual(params(zh[key]!));
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(translate('en', 'home.minutes', { minutes: 45 })).toBe('45 min');
    expect(translate('zh-CN', 'home.minutes')).toBe('{minutes} 分钟');
  });

  it('finds every area: one per messages module, each registered by its *-register.ts', () => {
    const files = Object.keys(modules).map((file) => file.split('/').at(-1)!);
    expect(files.length).toBeGreaterThanOrEqual(10);
    const registers = Object.keys(import.meta.glob('../../../src/i18n/messages/*-register.ts')).map((file) => file.split('/').at(-1)!);
    // Core and shell ship with the first page (catalog.ts); every other area has its register module.
    expect(files.filter((file) => !['core.ts', 'shell.ts'].includes(file)).map((file) => file.replace('.ts', '-register.ts')).sort()).toEqual(registers.sort());
  });

  it('fails a test that uses a string whose area was never registered; shows the key to a user', () => {
    const key = 'manage.signIn.title' as Parameters<typeof translate>[1];
    expect(() => translate('en', key)).toThrow(/is not loaded: import its area's \*-register\.ts/);
    vi.stubEnv('MODE', 'production');
    try {
      expect(translate('en', key)).toBe(key);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('makes a missing translation a compile error', () => {
    // @ts-expect-error: the English block lacks a key the Chinese block has.
    const broken = defineMessages({ 'zh-CN': { a: '甲', b: '乙' }, en: { a: 'A' } });
    expect(broken.en).toEqual({ a: 'A' });
  });
});
