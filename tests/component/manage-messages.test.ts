import { describe, expect, it } from 'vitest';
import { joinMessages } from '../../src/i18n/messages/join.ts';
import { manageMessages } from '../../src/i18n/messages/manage.ts';
import { manageToolMessages } from '../../src/i18n/messages/manage-tools.ts';

const modules = import.meta.glob<Record<string, { 'zh-CN': Record<string, string>; en: Record<string, string> }>>('../../src/i18n/messages/*.ts', {
  eager: true,
});
const others = Object.entries(modules)
  .filter(([path]) => !/\/(join|manage|manage-tools)\.ts$/.test(path))
  .flatMap(([, module]) => Object.values(module));

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['join', joinMessages],
  ['manage', manageMessages],
  ['manage-tools', manageToolMessages],
])('%s strings', (_, area) => {
  it('have the same keys, all non-empty, and the same parameters in both languages', () => {
    const zh: Record<string, string> = area['zh-CN'];
    const en: Record<string, string> = area.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      expect(zh[key]!.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
      expect(params(en[key]!), key).toEqual(params(zh[key]!));
    }
  });

  it('define no key another area defines', () => {
    const taken = new Set(others.flatMap((other) => Object.keys(other['zh-CN'] ?? {})));
    expect(taken.size).toBeGreaterThan(100);
    for (const key of Object.keys(area['zh-CN'])) expect(taken.has(key), key).toBe(false);
  });
});
