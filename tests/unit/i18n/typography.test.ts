import { describe, expect, it } from 'vitest';
import { checkChineseTypography, maskMatches } from '../../../src/content/typography.ts';
import { KPI_DEFINITIONS } from '../../../src/kpi/index.ts';

/** Every message area, found on disk: a new area is checked without anyone listing it here. */
const areas = import.meta.glob<Record<string, { 'zh-CN': Record<string, string> }>>('../../../src/i18n/messages/*.ts', { eager: true });

/** `{placeholders}` stand for values; they are checked where the values come from. */
const problemsIn = (text: string) => checkChineseTypography(maskMatches(text, /\{\w+\}/g));

function zhTexts(value: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (Array.isArray(value)) value.forEach((v, i) => zhTexts(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'zh-CN' && typeof v === 'string') out.push([path, v]);
      else zhTexts(v, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('Chinese typography in the interface', () => {
  it('finds every message area', () => {
    const names = Object.keys(areas).map((p) => p.split('/').pop());
    expect(names).toEqual(expect.arrayContaining(['core.ts', 'shell.ts', 'quiz.ts', 'present.ts', 'calculators.ts', 'progress.ts', 'settings.ts', 'join.ts', 'live.ts', 'manage.ts']));
  });

  it.each(Object.entries(areas))('%s: full-width punctuation and one spacing rule in every zh-CN string', (_, module) => {
    const catalogs = Object.values(module).filter((v) => v && typeof v === 'object' && 'zh-CN' in v);
    expect(catalogs.length).toBeGreaterThan(0);
    const problems = catalogs.flatMap((catalog) =>
      Object.entries(catalog['zh-CN']).flatMap(([key, text]) => problemsIn(text).map((p) => `${key}: ${p.message} in "${text}"`)),
    );
    expect(problems).toEqual([]);
  });

  it('calls a slide 页 everywhere in Chinese, never 节 or 小节', () => {
    const texts = Object.values(areas).flatMap((module) =>
      Object.values(module).flatMap((catalog) => (catalog && typeof catalog === 'object' && 'zh-CN' in catalog ? Object.values(catalog['zh-CN']) : [])),
    );
    expect(texts.filter((text) => /小节|\} 节|[0-9一二三四五六七八九十]节/.test(text))).toEqual([]);
    expect(texts.some((text) => text.includes('/ {total} 页'))).toBe(true);
  });

  it('every calculator name, description, formula, label and message in zh-CN follows the rules', () => {
    const texts = zhTexts(KPI_DEFINITIONS, 'kpi', []);
    expect(texts.length).toBeGreaterThan(100);
    const problems = texts.flatMap(([path, text]) => problemsIn(text).map((p) => `${path}: ${p.message} in "${text}"`));
    expect(problems).toEqual([]);
  });

  it('the rules catch what they are for and leave formulas, code and placeholders alone', () => {
    expect(problemsIn('客户留存率(期间法)').map((p) => p.ruleId)).toEqual(['zh-punctuation', 'zh-punctuation']);
    expect(problemsIn('共 {count} 章,按顺序学习').map((p) => p.ruleId)).toEqual(['zh-punctuation']);
    expect(problemsIn('48小时').map((p) => p.ruleId)).toEqual(['zh-spacing']);
    expect(problemsIn('A/B测试').map((p) => p.ruleId)).toEqual(['zh-spacing']);
    expect(problemsIn('完成 ，下一步').map((p) => p.ruleId)).toEqual(['zh-spacing']);
    expect(problemsIn('放大 1 ÷ (1 − K) 倍，LTV:CAC 约为 3:1，48 小时')).toEqual([]);
  });
});
