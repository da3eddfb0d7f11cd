import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defineMessages } from '../../../src/i18n/define-messages.ts';
import { quizMessages } from '../../../src/i18n/messages/quiz.ts';
import { translatorFor } from '../../../src/i18n/translate.ts';

type Area = { 'zh-CN': Record<string, string>; en: Record<string, string> };
/** Every message area on disk, found by name, so a new area cannot be missed. */
const modules = import.meta.glob<Record<string, Area>>('../../../src/i18n/messages/*.ts', { eager: true });
const areas: Record<string, Area> = Object.fromEntries(
  Object.entries(modules).flatMap(([file, exports]) => Object.entries(exports).map(([name, area]) => [`${file.split('/').at(-1)}:${name}`, area])),
);

const SRC = path.resolve(import.meta.dirname, '../../../src');
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => ({ file, text: readFileSync(path.join(SRC, file), 'utf8') }));

/** The areas a source file hands to a translator: the names it passes to `useT(…)` or `translatorFor(…)`. */
function areasPassed(text: string): string[] {
  return [...text.matchAll(/\b(?:useT|translatorFor)\(([^()]*)\)/g)].flatMap((call) => call[1]!.split(',').map((arg) => arg.trim()));
}

describe('UI strings', () => {
  it('finds every area on disk', () => {
    expect(Object.keys(areas).length).toBeGreaterThanOrEqual(13);
  });

  it.each(Object.entries(areas))('%s has the same keys, all non-empty, in both languages', (_, area) => {
    const zh: Record<string, string> = area['zh-CN'];
    const en: Record<string, string> = area.en;
    expect(Object.keys(zh).length).toBeGreaterThan(0);
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

  it.each(Object.keys(areas))('%s is reachable: the frame carries it, or some code hands it to a translator', (name) => {
    const [file, exported] = name.split(':') as [string, string];
    const frame = sources.find((source) => source.file === path.join('i18n', 'translate.ts'))!;
    if (new RegExp(`const FRAME[^;]*\\b${exported}\\b`).test(frame.text)) return;
    const users = sources.filter(
      (source) => source.text.includes(`/messages/${file}'`) && areasPassed(source.text).includes(exported),
    );
    expect(users.map((source) => source.file), `nothing passes ${exported} to useT or translatorFor`).not.toEqual([]);
  });

  it('accepts only the keys of the areas a translator was made with', () => {
    const frameOnly = translatorFor('en');
    expect(frameOnly('home.minutes', { minutes: 45 })).toBe('45 min');
    // @ts-expect-error: a quiz string needs the quiz area.
    expect(() => frameOnly('quiz.label')).toThrow(/not in the areas this translator was made with/);
    const withQuiz = translatorFor('zh-CN', quizMessages);
    expect(withQuiz('quiz.label')).toBe(quizMessages['zh-CN']['quiz.label']);
    expect(withQuiz('home.minutes')).toBe('{minutes} 分钟');
  });

  it('gives the same function for the same locale and areas, so hooks can depend on it', () => {
    expect(translatorFor('en', quizMessages)).toBe(translatorFor('en', quizMessages));
    expect(translatorFor('en', quizMessages)).not.toBe(translatorFor('zh-CN', quizMessages));
    expect(translatorFor('en')).not.toBe(translatorFor('en', quizMessages));
  });

  it('shows a key forced past the types to a user as itself', () => {
    vi.stubEnv('MODE', 'production');
    try {
      expect(translatorFor('en')('manage.signIn.title' as 'home.heading')).toBe('manage.signIn.title');
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
