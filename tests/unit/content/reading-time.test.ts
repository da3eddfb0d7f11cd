import { describe, expect, it } from 'vitest';
import { minimumReadingMs, READING_PACE } from '../../../src/content/reading-time.ts';
import type { Block } from '../../../src/content/types.ts';

const prose = (text: string): Block => ({ type: 'prose', hast: { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] } });

describe('minimumReadingMs', () => {
  it('scales with the length of face and depth at a brisk pace, per language', () => {
    const zh = { title: '标题', face: [prose('短'.repeat(100))], depth: [prose('长'.repeat(200))] };
    expect(minimumReadingMs(zh, 'zh-CN')).toBe(Math.round(((302 / READING_PACE.hanPerSecond) * 1000) / 100) * 100);
    const en = { title: 'Title', face: [prose('word '.repeat(49).trim())], depth: [prose('more '.repeat(50).trim())] };
    expect(minimumReadingMs(en, 'en')).toBe(20_000);
  });

  it('never goes below the floor (a diagram, a calculator) nor above the ceiling', () => {
    expect(minimumReadingMs({ title: 'A', face: [], depth: [] }, 'en')).toBe(READING_PACE.minMs);
    expect(minimumReadingMs({ title: '长', face: [prose('字'.repeat(5000))], depth: [] }, 'zh-CN')).toBe(READING_PACE.maxMs);
  });
});
