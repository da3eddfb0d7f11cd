import { describe, expect, it } from 'vitest';
import { compileCourse, type SourceFile } from '../../../src/content/course.ts';
import { formatMessage, MessageSink } from '../../../src/content/messages.ts';
import { checkBankRules } from '../../../src/content/test-bank.ts';
import type { Chapter, QuizBlock } from '../../../src/content/types.ts';

const COURSE = `id: test
title: { zh-CN: 测试课程, en: Test course }
passMark: 0.8
test: { questions: 2, cooldownMinutes: 5, attemptsPerDay: 3 }
chapters:
  - id: alpha
    title: { zh-CN: 甲, en: Alpha }
`;

const CHAPTER = `---
id: alpha
title: 甲
summary: 摘要
duration: 10
objectives:
  - id: o1
    text: 目标一
  - id: o2
    text: 目标二
---

## 第一页 {#one}

内容

::::quiz{#q-alpha-practice type=truefalse answer=true objective=o1}
对吗？
::::
`;

const question = (id: string, objective = 'o1', answer = 'true') => `::::quiz{#${id} type=truefalse answer=${answer} objective=${objective}}\n说法 ${id}。\n\n:::explain\n因为如此。\n:::\n::::\n`;

function compile(files: Record<string, string>, enforce = false) {
  const chapters: SourceFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  const result = compileCourse({ course: { path: 'content/course.yaml', text: COURSE }, chapters, loadData: () => null, enforceChapterRules: enforce });
  return { ...result, formatted: result.messages.map(formatMessage), rules: result.messages.map((m) => m.ruleId) };
}

describe('test banks', () => {
  it('compiles NN-<id>.test.md into the chapter\'s test, and the manifest says how many questions an attempt asks', () => {
    const { chapters, manifest, rules } = compile({
      'content/zh-CN/01-alpha.md': CHAPTER,
      'content/zh-CN/01-alpha.test.md': [question('q-t1'), question('q-t2', 'o2', 'false'), question('q-t3')].join('\n'),
    });
    expect(rules).toEqual(['locale-missing-chapter']);
    const chapter = chapters.get('zh-CN/alpha')!;
    expect(chapter.test.map((quiz) => [quiz.id, quiz.objective])).toEqual([
      ['q-t1', 'o1'],
      ['q-t2', 'o2'],
      ['q-t3', 'o1'],
    ]);
    expect(manifest?.test).toEqual({ questions: 2, cooldownMinutes: 5, attemptsPerDay: 3 });
    expect(manifest?.chapters[0]).toMatchObject({ quizIds: ['q-alpha-practice'], testSize: 2 });
  });

  it('holds only quizzes, each mapped to one of the chapter\'s objectives', () => {
    const { formatted } = compile({
      'content/zh-CN/01-alpha.md': CHAPTER,
      'content/zh-CN/01-alpha.test.md': `一段说明。\n\n${question('q-t1', 'nope')}\n::::quiz{#q-t2 type=truefalse answer=true}\n说法。\n::::\n`,
    });
    expect(formatted).toContain('content/zh-CN/01-alpha.test.md:1:1 a test bank holds only ::::quiz blocks; move other text into the chapter [bank-stray-content]');
    expect(formatted.some((m) => m.includes('points at objective "nope", which the frontmatter does not define') && m.endsWith('[quiz-unknown-objective]'))).toBe(true);
    expect(formatted.some((m) => m.includes('test question "q-t2" names no objective; add objective=<id>') && m.endsWith('[bank-quiz-objective]'))).toBe(true);
  });

  it('refuses a bank without its chapter, and question ids already used on the slides', () => {
    const { formatted } = compile({
      'content/zh-CN/01-alpha.md': CHAPTER,
      'content/zh-CN/01-alpha.test.md': question('q-alpha-practice'),
      'content/zh-CN/02-beta.test.md': question('q-b1'),
    });
    expect(formatted).toContain('content/zh-CN/02-beta.test.md:1:1 test bank for "beta" has no chapter file content/zh-CN/02-beta.md beside it [bank-without-chapter]');
    expect(formatted.some((m) => m.startsWith('content/zh-CN/01-alpha.test.md:') && m.includes('quiz id "q-alpha-practice" is already used at content/zh-CN/01-alpha.md:'))).toBe(true);
  });

  it('requires a translation to ask the same questions, graded the same way', () => {
    const zh = [question('q-t1'), question('q-t2', 'o2')].join('\n');
    const { formatted } = compile({
      'content/zh-CN/01-alpha.md': CHAPTER,
      'content/en/01-alpha.md': CHAPTER,
      'content/zh-CN/01-alpha.test.md': zh,
      'content/en/01-alpha.test.md': [question('q-t1', 'o1', 'false'), question('q-t3', 'o2')].join('\n'),
    });
    expect(formatted).toContain('content/en/01-alpha.test.md:1:1 test questions differ from content/zh-CN/01-alpha.test.md: missing q-t2; extra q-t3 [locale-test-mismatch]');
    expect(formatted).toContain(
      'content/en/01-alpha.test.md:1:1 test question "q-t1" is graded differently from content/zh-CN/01-alpha.test.md (type, objective, answer or option marks differ) [locale-answer-mismatch]',
    );
  });

  it('asks every written chapter for a bank when the course rules apply', () => {
    const { rules } = compile({ 'content/zh-CN/01-alpha.md': CHAPTER }, true);
    expect(rules).toContain('bank-missing');
  });
});

describe('checkBankRules', () => {
  const tf = (id: string, objective: string): QuizBlock => ({
    type: 'quiz',
    id,
    objective,
    prompt: { type: 'root', children: [] },
    explain: null,
    shuffle: true,
    kind: 'truefalse',
    answer: true,
  });
  const chapter = (test: QuizBlock[]): Chapter => ({
    id: 'alpha',
    locale: 'zh-CN',
    title: '甲',
    summary: '',
    duration: 10,
    objectives: [
      { id: 'o1', text: '一' },
      { id: 'o2', text: '二' },
    ],
    slides: [],
    test,
  });
  const check = (test: QuizBlock[]) => {
    const sink = new MessageSink('content/zh-CN/01-alpha.test.md');
    checkBankRules(chapter(test), { questions: 2, cooldownMinutes: 0, attemptsPerDay: 0 }, sink);
    return sink.messages.map((m) => `${m.message} [${m.ruleId}]`);
  };

  it('needs room to vary every attempt, every objective tested twice, and three kinds of question', () => {
    expect(check([tf('a', 'o1'), tf('b', 'o1'), tf('c', 'o2')])).toEqual([
      'the test bank has 3 questions; with 2 drawn per attempt it needs at least 4 [bank-too-small]',
      'objective "o2" has 1 test question(s); it needs at least 2 [bank-objective-thin]',
      'the test bank uses 1 question type(s); it needs at least 3 [bank-few-types]',
    ]);
  });
});
