import { describe, expect, it } from 'vitest';
import { checkNoteTimings } from '../../../src/content/content-rules.ts';
import { formatMessage, MessageSink } from '../../../src/content/messages.ts';
import { checkChapterTypography } from '../../../src/content/typography-rules.ts';
import { compile } from './compile-helpers.ts';

function typography(source: string): string[] {
  const sink = new MessageSink('content/zh-CN/01-sample.md');
  checkChapterTypography(source, sink);
  return sink.messages.map(formatMessage);
}

describe('Chinese typography in chapters', () => {
  it('reports half-width punctuation and missing spaces at their line and column', () => {
    expect(
      typography(`---
title: 运营概述
summary: 第一章,先看全局
---

## 留存率(期间法) {#retention}

订单处理周期从48小时降到 24 小时。
`),
    ).toEqual([
      'content/zh-CN/01-sample.md:3:13 half-width "," in Chinese text; write "，" [zh-punctuation]',
      'content/zh-CN/01-sample.md:6:7 half-width "(" in Chinese text; write "（" [zh-punctuation]',
      'content/zh-CN/01-sample.md:6:11 half-width ")" in Chinese text; write "）" [zh-punctuation]',
      'content/zh-CN/01-sample.md:8:8 "从4": put one space between Chinese and Latin letters or digits [zh-spacing]',
      'content/zh-CN/01-sample.md:8:10 "8小": put one space between Chinese and Latin letters or digits [zh-spacing]',
    ]);
  });

  it('leaves code, link targets, ids, formulas, lane lists and YAML keys alone, but checks titles readers see', () => {
    expect(
      typography(`---
title: 指标
---

## 比值 {#ratio-1}

用 \`SELECT COUNT(*)\`统计，见[说明](https://example.org/a,b)。LTV:CAC 约为 3:1，放大 1 ÷ (1 − K) 倍。

:::diagram{kind=flow lanes="客服,仓库"}
:::

:::callout{type=tip title="注意(口径)"}
:::
`),
    ).toEqual([
      'content/zh-CN/01-sample.md:12:30 half-width "(" in Chinese text; write "（" [zh-punctuation]',
      'content/zh-CN/01-sample.md:12:33 half-width ")" in Chinese text; write "）" [zh-punctuation]',
    ]);
  });
});

describe('slide times in the notes', () => {
  const slide = (id: string, minutes: number) => `## 页 ${id} {#${id}}\n\n要点\n\n:::notes\n**讲解**：要点。\n\n**时间**：约 ${minutes} 分钟\n:::\n`;

  it('add up to the chapter duration (30 minutes in the test frontmatter)', () => {
    const ok = compile([slide('a', 10), slide('b', 20)].join('\n---\n\n'));
    const sink = new MessageSink('c.md');
    checkNoteTimings(ok, sink);
    expect(sink.messages).toEqual([]);

    const off = compile([slide('a', 10), slide('b', 25)].join('\n---\n\n'));
    checkNoteTimings(off, sink);
    expect(sink.messages.map(formatMessage)).toEqual(['c.md:1:1 the slide times in the notes add up to 35 minutes, but the chapter\'s duration is 30 [notes-time-total]']);
  });

  it('name the slide whose notes give no time', () => {
    const result = compile(`${slide('a', 30)}\n---\n\n## 页 b {#b}\n\n要点\n\n:::notes\n只有讲解。\n:::\n`);
    const sink = new MessageSink('c.md');
    checkNoteTimings(result, sink);
    expect(sink.messages.map((m) => m.ruleId)).toEqual(['notes-missing-time']);
  });
});
