import { describe, expect, it } from 'vitest';
import { bodyLine, compile } from './compile-helpers.ts';

describe('slides', () => {
  it('splits on --- and keeps ids, titles and prose', () => {
    const { chapter, messages } = compile(`## 第一页 {#one}

正文 **加粗**。

---

## 第二页 *强调* {#two}

- 列表
`);
    expect(messages).toEqual([]);
    expect(chapter?.slides.map((s) => [s.id, s.title])).toEqual([
      ['one', '第一页'],
      ['two', '第二页 强调'],
    ]);
    expect(chapter?.slides[0]?.face[0]).toMatchObject({ type: 'prose' });
  });

  it('reports a slide without an id at its heading', () => {
    const { formatted } = compile(`## 没有编号

正文
`);
    expect(formatted).toContain(`content/zh-CN/01-sample.md:${bodyLine(1)}:1 slide "没有编号" has no id; end its heading with {#some-id} [slide-missing-id]`);
  });

  it('reports duplicate slide ids with the line of the first', () => {
    const { formatted } = compile(`## A {#same}

x

---

## B {#same}

y
`);
    expect(formatted).toContain(`content/zh-CN/01-sample.md:${bodyLine(7)}:1 slide id "same" is already used at line ${bodyLine(1)} [slide-duplicate-id]`);
  });

  it('requires a heading at the start of each slide and one level-2 heading per slide', () => {
    const { messages } = compile(`正文在标题之前

---

## A {#a}

x

## B {#b}
`);
    expect(messages.map((m) => m.ruleId)).toEqual(['slide-missing-heading', 'slide-extra-heading']);
    expect(messages[0]?.line).toBe(bodyLine(1));
    expect(messages[1]?.line).toBe(bodyLine(9));
  });

  it('rejects invalid ids, empty slides and empty stretches between separators', () => {
    const { messages } = compile(`## A {#Bad_Id}

x

---

---

## C {#c}
`);
    expect(messages.map((m) => m.ruleId)).toEqual(['slide-invalid-id', 'slide-empty', 'slide-empty']);
  });

  it('rejects raw HTML wherever it appears', () => {
    const { formatted, chapter } = compile(`## A {#a}

<script>alert(1)</script>

text with <b>inline</b> html
`);
    expect(chapter).toBeNull();
    expect(formatted).toContain(`content/zh-CN/01-sample.md:${bodyLine(3)}:1 raw HTML is not allowed; write it in Markdown instead [raw-html]`);
    expect(formatted.filter((m) => m.includes('raw-html'))).toHaveLength(3);
  });

  it('drops javascript: links when sanitising', () => {
    const { chapter } = compile(`## A {#a}

[click](javascript:alert(1)) and [ok](https://example.org)
`);
    const json = JSON.stringify(chapter?.slides[0]?.face);
    expect(json).not.toContain('javascript:');
    expect(json).toContain('https://example.org');
  });

  it('keeps text that only looks like an inline directive', () => {
    const { chapter, messages } = compile(`## A {#a}

LTV:CAC 约为 3:1,时间:10:30。
`);
    expect(messages).toEqual([]);
    expect(JSON.stringify(chapter?.slides[0]?.face)).toContain('LTV:CAC 约为 3:1');
  });

  it('reads the GFM the format uses (tables, strikethrough) and leaves bare addresses and footnote marks as text', () => {
    const { chapter, messages } = compile(`## A {#a}

| 指标 | 值 |
| --- | ---: |
| 留存率 | ~~40%~~ 45% |

见 https://example.org 与脚注[^1]。
`);
    expect(messages).toEqual([]);
    const json = JSON.stringify(chapter?.slides[0]?.face);
    for (const tag of ['"table"', '"th"', '"td"', '"del"']) expect(json).toContain(`"tagName":${tag}`);
    expect(json).not.toContain('"tagName":"a"');
    expect(json).toContain('见 https://example.org 与脚注[^1]。');
  });

  it('asks for alt text on images', () => {
    const { messages } = compile(`## A {#a}

![](chart.png)
`);
    expect(messages[0]?.ruleId).toBe('image-missing-alt');
  });
});

describe('frontmatter', () => {
  it('reports schema problems at the offending key', async () => {
    const { compileChapter } = await import('../../../src/content/chapter.ts');
    const result = compileChapter({
      path: 'content/zh-CN/01-x.md',
      source: `---
id: x
title: 标题
summary: 摘要
duration: -5
objectives: []
colour: red
---

## A {#a}

x
`,
      locale: 'zh-CN',
      loadData: () => null,
    });
    const text = result.messages.map((m) => `${m.line} ${m.message}`);
    expect(text).toContain('5 frontmatter "duration" too small: expected number to be >0');
    expect(text.some((t) => t.startsWith('6 frontmatter "objectives"'))).toBe(true);
    expect(text).toContain('7 frontmatter has unknown attribute "colour"');
    expect(result.chapter).toBeNull();
  });

  it('reports missing frontmatter and YAML syntax errors', async () => {
    const { compileChapter } = await import('../../../src/content/chapter.ts');
    const none = compileChapter({ path: 'a.md', source: '## A {#a}\n\nx\n', locale: 'zh-CN', loadData: () => null });
    expect(none.messages[0]?.ruleId).toBe('frontmatter-missing');
    const broken = compileChapter({ path: 'a.md', source: '---\nid: [x\n---\n\n## A {#a}\n\nx\n', locale: 'zh-CN', loadData: () => null });
    expect(broken.messages[0]?.ruleId).toBe('yaml-syntax');
  });
});
