import { describe, expect, it } from 'vitest';
import { defineMessages } from '../../../src/i18n/define-messages.ts';
import { calculatorMessages } from '../../../src/i18n/messages/calculators.ts';
import { coreMessages } from '../../../src/i18n/messages/core.ts';
import { presentMessages } from '../../../src/i18n/messages/present.ts';
import { progressMessages } from '../../../src/i18n/messages/progress.ts';
import { quizMessages } from '../../../src/i18n/messages/quiz.ts';
import { settingsMessages } from '../../../src/i18n/messages/settings.ts';
import { shellMessages } from '../../../src/i18n/messages/shell.ts';
import { translate } from '../../../src/i18n/translate.ts';

const areas = { coreMessages, shellMessages, quizMessages, presentMessages, calculatorMessages, progressMessages, settingsMessages };

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

  it('shows the key of an area that has not loaded instead of failing', async () => {
    const key = 'quiz.submit' as Parameters<typeof translate>[1];
    const before = translate('en', key);
    await import('../../../src/i18n/messages/quiz-register.ts');
    expect(translate('en', key)).not.toBe(key);
    expect([key, translate('en', key)]).toContain(before);
  });

  it('makes a missing translation a compile error', () => {
    // @ts-expect-error: the English block lacks a key the Chinese block has.
    const broken = defineMessages({ 'zh-CN': { a: '甲', b: '乙' }, en: { a: 'A' } });
    expect(broken.en).toEqual({ a: 'A' });
  });
});
