import { compileChapter } from '../../../src/content/chapter.ts';
import type { DataFile } from '../../../src/content/context.ts';
import { formatMessage } from '../../../src/content/messages.ts';

export const FRONTMATTER = `---
id: sample
title: 示例章节
summary: 用来测试编译器的章节。
duration: 30
objectives:
  - id: know
    text: 知道一件事
---
`;

/** Lines the frontmatter above takes, so tests can name the line a slide starts on. */
export const FRONTMATTER_LINES = FRONTMATTER.split('\n').length - 1;

export function compile(body: string, data: Record<string, string> = {}) {
  const result = compileChapter({
    path: 'content/zh-CN/01-sample.md',
    source: FRONTMATTER + body,
    locale: 'zh-CN',
    loadData: (name): DataFile | null =>
      name in data ? { path: `content/data/${name}.csv`, text: data[name]!, format: 'csv' } : null,
  });
  return { ...result, formatted: result.messages.map(formatMessage) };
}

/** Line number in the compiled file of the n-th line (1-based) of a test body. */
export function bodyLine(n: number): number {
  return FRONTMATTER_LINES + n;
}
