import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChapter } from '../../../src/content/chapter.ts';
import { compileCourse, type SourceFile } from '../../../src/content/course.ts';
import { formatMessage } from '../../../src/content/messages.ts';
import { compileContentDir } from '../../../src/content/files/read-content.ts';

const COURSE = `id: test
title: { zh-CN: 测试课程, en: Test course }
passMark: 0.8
chapters:
  - id: alpha
    title: { zh-CN: 甲, en: Alpha }
  - id: beta
    title: { zh-CN: 乙, en: Beta }
`;

function chapter(id: string, slides: string[], quizId = `q-${id}`): string {
  const body = slides.map((s) => `## ${s} {#${s}}\n\n内容\n`).join('\n---\n\n');
  return `---\nid: ${id}\ntitle: ${id}\nsummary: 摘要\nduration: 10\nobjectives:\n  - id: o\n    text: 目标\n---\n\n${body}\n::::quiz{#${quizId} type=truefalse answer=true objective=o}\n对吗?\n::::\n`;
}

function course(chapters: SourceFile[]) {
  const result = compileCourse({ course: { path: 'content/course.yaml', text: COURSE }, chapters, loadData: () => null, enforceChapterRules: false });
  return { ...result, formatted: result.messages.map(formatMessage) };
}

describe('course-wide checks', () => {
  it('builds a manifest with per-locale summaries and shared ids', () => {
    const { manifest, messages } = course([
      { path: 'content/zh-CN/01-alpha.md', text: chapter('alpha', ['one', 'two']) },
      { path: 'content/en/01-alpha.md', text: chapter('alpha', ['one', 'two']) },
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual([]);
    expect(manifest?.chapters[0]).toMatchObject({ id: 'alpha', order: 1, slideIds: ['one', 'two'], quizIds: ['q-alpha'] });
    expect(manifest?.chapters[1]).toMatchObject({ id: 'beta', slideIds: [], locales: { 'zh-CN': null, en: null } });
  });

  it('rejects duplicate quiz ids across chapters, naming the first place', () => {
    const { formatted } = course([
      { path: 'content/zh-CN/01-alpha.md', text: chapter('alpha', ['one'], 'q-same') },
      { path: 'content/zh-CN/02-beta.md', text: chapter('beta', ['one'], 'q-same') },
    ]);
    expect(formatted.some((m) => m.startsWith('content/zh-CN/02-beta.md:') && m.includes('quiz id "q-same" is already used at content/zh-CN/01-alpha.md:'))).toBe(true);
  });

  it('requires translations to keep the same slide ids, and warns about missing ones', () => {
    const { formatted } = course([
      { path: 'content/zh-CN/01-alpha.md', text: chapter('alpha', ['one', 'two']) },
      { path: 'content/en/01-alpha.md', text: chapter('alpha', ['one', 'three']) },
      { path: 'content/zh-CN/02-beta.md', text: chapter('beta', ['x']) },
    ]);
    expect(formatted).toContain('content/en/01-alpha.md:1:1 slide ids differ from content/zh-CN/01-alpha.md: missing two; extra three [locale-slide-mismatch]');
    expect(formatted).toContain('content/zh-CN/02-beta.md:1:1 chapter "beta" has no en translation yet; readers of en see the zh-CN text (warning) [locale-missing-chapter]');
  });

  it('checks file names against course.yaml', () => {
    const { formatted } = course([
      { path: 'content/zh-CN/02-alpha.md', text: chapter('alpha', ['one']) },
      { path: 'content/zh-CN/03-gamma.md', text: chapter('gamma', ['one']) },
      { path: 'content/fr/01-alpha.md', text: chapter('alpha', ['one']) },
      { path: 'content/zh-CN/01-beta.md', text: chapter('alpha', ['one'], 'q-b') },
    ]);
    expect(formatted).toContain('content/zh-CN/02-alpha.md:1:1 file number 02 does not match position 1 of "alpha" in course.yaml [chapter-number]');
    expect(formatted).toContain('content/zh-CN/03-gamma.md:1:1 chapter "gamma" is not listed in content/course.yaml [chapter-unknown]');
    expect(formatted).toContain('content/fr/01-alpha.md:1:1 unknown locale folder "fr"; expected zh-CN, en [file-unknown-locale]');
    expect(formatted).toContain('content/zh-CN/01-beta.md:2:1 frontmatter id "alpha" does not match the file name ("beta") [chapter-id-mismatch]');
  });

  it('refuses misnamed files, a chapter twice, a translation without its original and a course listing a chapter twice', () => {
    const { formatted } = course([
      { path: 'content/zh-CN/alpha.md', text: chapter('alpha', ['one']) },
      { path: 'content/zh-CN/01-alpha.md', text: chapter('alpha', ['one']) },
      { path: 'content/zh-CN/02-alpha.md', text: chapter('alpha', ['one'], 'q-copy') },
      { path: 'content/en/02-beta.md', text: chapter('beta', ['one']) },
    ]);
    expect(formatted).toContain('content/zh-CN/alpha.md:1:1 chapter files are named content/<locale>/NN-<chapter id>.md [file-name]');
    expect(formatted.some((m) => m.endsWith('[chapter-duplicate]') && m.includes('chapter "alpha" is also defined in content/zh-CN/0'))).toBe(true);
    expect(formatted).toContain('content/en/02-beta.md:1:1 chapter "beta" has no zh-CN original to translate [locale-without-original]');
    const twice = compileCourse({
      course: { path: 'content/course.yaml', text: COURSE.replace('  - id: beta', '  - id: alpha') },
      chapters: [],
      loadData: () => null,
      enforceChapterRules: false,
    });
    expect(twice.messages.map((m) => m.ruleId)).toContain('course-duplicate-chapter');
  });

  it('holds the faces of a whole locale to a median, not just each to its ceiling', () => {
    const face = '运营'.repeat(75); // 150 Han characters: under the 200 ceiling, over the 120 median
    const long = (id: string) => chapter(id, ['one', 'two', 'three']).replaceAll('\n内容\n', `\n${face}\n`);
    const result = compileCourse({
      course: { path: 'content/course.yaml', text: COURSE },
      chapters: [
        { path: 'content/zh-CN/01-alpha.md', text: long('alpha') },
        { path: 'content/zh-CN/02-beta.md', text: long('beta') },
      ],
      loadData: () => null,
    });
    expect(result.messages.filter((m) => m.ruleId === 'face-median-too-long').map(formatMessage)).toEqual([
      'content/course.yaml:1:1 the median zh-CN slide face has 150 Han characters (at most 120); shorten the longest faces [face-median-too-long]',
    ]);
  });

  it('says where course.yaml breaks its schema', () => {
    const broken = compileCourse({ course: { path: 'content/course.yaml', text: COURSE.replace('passMark: 0.8', 'passMark: 2') }, chapters: [], loadData: () => null });
    expect(broken.messages.map((m) => m.ruleId)).toContain('schema');
    expect(broken.manifest).toBeNull();
  });

  it('reports all problems of all files at once', () => {
    const { messages } = course([
      { path: 'content/zh-CN/01-alpha.md', text: chapter('alpha', ['one']).replace('answer=true', '') },
      { path: 'content/zh-CN/02-beta.md', text: chapter('beta', ['one']).replace('{#one}', '') },
    ]);
    expect(new Set(messages.map((m) => m.file))).toEqual(new Set(['content/zh-CN/01-alpha.md', 'content/zh-CN/02-beta.md']));
  });

  it('applies the chapter minimums to real chapters', () => {
    const result = compileCourse({
      course: { path: 'content/course.yaml', text: COURSE },
      chapters: [{ path: 'content/zh-CN/01-alpha.md', text: chapter('alpha', ['one']) + '\n待补充\n' }],
      loadData: () => null,
    });
    const rules = result.messages.map((m) => m.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['chapter-slide-count', 'chapter-objective-count', 'slide-missing-notes', 'chapter-too-few-quizzes', 'chapter-too-few-quiz-types', 'placeholder-text']));
  });
});

describe('the real course', () => {
  it('compiles without errors: ten chapters in both languages', { timeout: 30_000 }, () => {
    const result = compileContentDir('content');
    expect(result.messages.filter((m) => m.severity === 'error').map(formatMessage)).toEqual([]);
    expect(result.manifest?.chapters.map((c) => c.id)).toEqual(['overview', 'roles', 'kpis', 'processes', 'tools', 'crm', 'data', 'cases', 'growth', 'community']);
    for (const c of result.manifest!.chapters) {
      expect(c.locales['zh-CN'], c.id).not.toBeNull();
      expect(c.locales.en, c.id).not.toBeNull();
    }
  });
});

describe('robustness', () => {
  const markdownPiece = fc.oneof(
    fc.constantFrom('---', '## 标题 {#a}', '## 标题 {#a}', ':::notes', ':::', '::::quiz{#q-x type=single}', '::::', '- [x] 对', '- [ ] 错', '1. 一', ':::explain', '::calculator{kind=churn_rate start_customers=x}', '::chart{data=none type=bar}', ':::callout{type=tip}', '<div>', '{#', '```', '| a | b |', '|---|---|', '![](x)', '[a](javascript:x)', '::x', ':y', '', '---\nid: x\n---'),
    fc.string({ maxLength: 30 }),
  );

  it('never throws on random Markdown: it returns content or messages', () => {
    fc.assert(
      fc.property(fc.array(markdownPiece, { maxLength: 40 }), (pieces) => {
        const result = compileChapter({ path: 'content/zh-CN/01-x.md', source: pieces.join('\n'), locale: 'zh-CN', loadData: () => null });
        expect(result.chapter !== null || result.messages.length > 0).toBe(true);
        for (const m of result.messages) expect(m.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
