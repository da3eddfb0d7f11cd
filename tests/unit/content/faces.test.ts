import { describe, expect, it } from 'vitest';
import { measureFace } from '../../../src/content/layout/face-layout.ts';
import { hanCount, lineCount, wordCount, wrapText } from '../../../src/content/layout/text-measure.ts';
import { CANVAS_CONTENT } from '../../../src/content/layout/canvas.ts';
import { SLIDE_CANVAS } from '../../../src/content/types.ts';
import { bodyLine, compile } from './compile-helpers.ts';

const longParagraph = '运营把战略翻译成可执行的具体行动，并在执行中不断校准方向。'.repeat(8);

describe('two layers: face and depth', () => {
  it('puts what comes before ::depth on the face and the rest in the depth; notes stay notes', () => {
    const { chapter, messages } = compile(`## 留存率 {#retention}

- 总数持平可能掩盖流失

::depth

期间留存率回答一个问题：期初就在的客户，期末还剩多少？

| 要素 | 例子 |
|---|---|
| 口径 | 独立访客 |

:::notes
讲解要点。
:::
`);
    expect(messages).toEqual([]);
    const slide = chapter!.slides[0]!;
    expect(slide.face.map((b) => b.type)).toEqual(['prose']);
    expect(JSON.stringify(slide.face)).toContain('总数持平可能掩盖流失');
    expect(slide.depth.map((b) => b.type)).toEqual(['prose']);
    expect(JSON.stringify(slide.depth)).toContain('table');
    expect(JSON.stringify(slide.notes)).toContain('讲解要点');
  });

  it('a slide without ::depth is all face', () => {
    const { chapter } = compile(`## 短页 {#short}

一句话。
`);
    expect(chapter!.slides[0]!.depth).toEqual([]);
    expect(chapter!.slides[0]!.face).toHaveLength(1);
  });

  it('reports a second ::depth, an empty depth, an empty face and ::depth inside a callout, with their lines', () => {
    const { formatted } = compile(`## A {#a}

::depth

正文

::depth

---

## B {#b}

要点

::depth

:::notes
只有备注。
:::

---

## C {#c}

:::callout{type=tip}
提示
::depth
:::
`);
    const at = (n: number, rest: string) => expect(formatted).toContain(`content/zh-CN/01-sample.md:${bodyLine(n)}:1 ${rest}`);
    at(3, 'the slide face (before ::depth) is empty; give the projected slide a few short lines or one visual [face-empty]');
    at(7, 'a slide has one ::depth line; everything after the first is already depth [depth-duplicate]');
    at(15, 'nothing follows ::depth; remove the line or write the reading depth below it [depth-empty]');
    expect(formatted.some((m) => m.endsWith('[directive-misplaced]') && m.includes('::depth is a line directly in a slide'))).toBe(true);
  });

  it('::depth takes no attributes', () => {
    const { formatted } = compile(`## A {#a}

要点

::depth{x=1}

正文
`);
    expect(formatted).toContain(`content/zh-CN/01-sample.md:${bodyLine(5)}:1 ::depth takes no attributes or label [depth-unknown-attribute]`);
  });
});

describe('the face budget', () => {
  it('refuses a face with more than 200 Han characters and names the count', () => {
    const { formatted } = compile(`## 太长的页 {#long}

${longParagraph}
`);
    const count = hanCount(`太长的页${longParagraph}`);
    expect(count).toBeGreaterThan(200);
    expect(formatted).toContain(
      `content/zh-CN/01-sample.md:${bodyLine(1)}:1 the face of slide "long" has ${count} Han characters (at most 200); keep the projected lines short and move the explanation below ::depth [face-too-long]`,
    );
  });

  it('accepts the same text once it moves below ::depth', () => {
    const { messages } = compile(`## 不长的页 {#long}

- 要点一
- 要点二

::depth

${longParagraph}
`);
    expect(messages).toEqual([]);
  });

  it('refuses two big blocks on one face', () => {
    const { formatted } = compile(`## 两个计算器 {#two}

::calculator{kind=churn_rate}

::calculator{kind=conversion_rate}
`);
    expect(formatted.some((m) => m.includes('holds calculator and calculator; a face shows one visual or one interactive block') && m.endsWith('[face-one-visual]'))).toBe(true);
  });

  it('refuses a face taller than the canvas, with the height it needs', () => {
    const items = Array.from({ length: 16 }, (_, i) => `- 第 ${i + 1} 条要点`).join('\n');
    const { formatted } = compile(`## 列表太长 {#tall}

${items}
`);
    const overflow = formatted.find((m) => m.endsWith('[face-overflow]'));
    expect(overflow).toMatch(/the face of slide "tall" needs about \d+ px of the \d+ px the canvas has below its title/);
  });

  it('measures a face from the canvas sizes: title lines, body lines and gaps', () => {
    const { chapter } = compile(`## 一行标题 {#one}

第一段。

第二段。
`);
    const slide = chapter!.slides[0]!;
    const measure = measureFace(slide.title, slide.face, 'zh-CN');
    // Each line is budgeted a sixth of its font size above its line height, for mixed fonts.
    const line = SLIDE_CANVAS.bodyFont * (SLIDE_CANVAS.bodyLineHeight + 1 / 6);
    expect(measure.titleHeight).toBe(Math.ceil(SLIDE_CANVAS.titleFont * (SLIDE_CANVAS.titleLineHeight + 1 / 6) + SLIDE_CANVAS.titleGap));
    expect(measure.bodyHeight).toBe(Math.ceil(2 * line + SLIDE_CANVAS.bodyFont * 0.5));
    expect(measure.available).toBe(Math.floor(CANVAS_CONTENT.height - measure.titleHeight));
  });
});

describe('text measure', () => {
  it('counts Han characters and English words', () => {
    expect(hanCount('留存率 = 90%，A/B 测试')).toBe(5);
    expect(wordCount("The team's ROI was 3.5 times the cost")).toBe(8);
  });

  it('breaks Chinese between characters but never before a closing mark or after an opening one', () => {
    const lines = wrapText('甲乙丙，丁（戊己）', 3);
    expect(lines.every((l) => !/^[，）]/.test(l))).toBe(true);
    expect(lines.every((l) => !/（$/.test(l))).toBe(true);
    expect(lines.join('')).toBe('甲乙丙，丁（戊己）');
  });

  it('keeps Latin words whole and counts lines at a width', () => {
    expect(wrapText('conversion rate by unique visitors', 6)).toEqual(['conversion', 'rate by', 'unique', 'visitors']);
    expect(lineCount('一二三四五六七八九十', 5)).toBe(2);
    expect(lineCount('', 5)).toBe(0);
  });
});
