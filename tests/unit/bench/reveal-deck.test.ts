import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { DECK_FOLDER, firstSlideTitle, removeRevealDeck, stripFrontmatter, writeRevealDeck } from '../../bench/reveal-deck.ts';

const CHAPTER = `---
id: overview
title: 运营概述
objectives:
  - id: bridge
    text: 解释运营
---

## 课程导入：为什么要系统地学运营 {#welcome}

本课程的三个目标：

::depth

---

## 什么是运营 {#what-is-operations}
`;

describe('stripFrontmatter', () => {
  it('removes the frontmatter and nothing else, slide separators included', () => {
    expect(stripFrontmatter(CHAPTER)).toBe(CHAPTER.slice(CHAPTER.indexOf('\n\n## ') + 1));
  });

  it('leaves a chapter without frontmatter as it is', () => {
    const body = '## 标题 {#a}\n\n正文\n\n---\n\n## 下一页 {#b}\n';
    expect(stripFrontmatter(body)).toBe(body);
  });
});

describe('firstSlideTitle', () => {
  it('is the first slide heading without its id', () => {
    expect(firstSlideTitle(CHAPTER)).toBe('课程导入：为什么要系统地学运营');
  });

  it('says so when the chapter has no slide heading', () => {
    expect(() => firstSlideTitle('---\nid: x\n---\n\n# 只有一级标题\n')).toThrow(/no `## ` slide heading/);
  });
});

describe('writeRevealDeck', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function build(): { dist: string; chapterFile: string } {
    const dist = mkdtempSync(path.join(tmpdir(), 'reveal-deck-test-'));
    dirs.push(dist);
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
    const chapterFile = path.join(dist, '01-overview.md');
    // As long as a real chapter, so that every compressed copy is smaller than its file.
    writeFileSync(chapterFile, CHAPTER + '\n运营是把战略变成每天可执行动作的那一环。\n'.repeat(100));
    return { dist, chapterFile };
  }

  it('writes a deck that feeds the chapter’s Markdown to reveal.js’s Markdown plugin', () => {
    const { dist, chapterFile } = build();
    const deck = writeRevealDeck(dist, chapterFile);
    expect(deck.pathname).toBe(`/${DECK_FOLDER}/index.html`);
    const html = readFileSync(path.join(deck.folder, 'index.html'), 'utf8');
    expect(html).toContain('<section data-markdown="01-overview.md" data-separator="^\\n---\\n$"></section>');
    expect(html).not.toMatch(/<script>/);
    for (const file of ['reveal.js', 'reveal.css', 'plugin/markdown.js', 'start.js']) expect(existsSync(path.join(deck.folder, file)), file).toBe(true);
    expect(readFileSync(path.join(deck.folder, '01-overview.md'), 'utf8')).toBe(stripFrontmatter(readFileSync(chapterFile, 'utf8')));
  });

  it('links the theme asked for, and names the themes there are for one reveal.js lacks', () => {
    const { dist, chapterFile } = build();
    const { folder } = writeRevealDeck(dist, chapterFile, 'black');
    expect(readFileSync(path.join(folder, 'index.html'), 'utf8')).toContain('<link rel="stylesheet" href="theme/black.css" />');
    expect(existsSync(path.join(folder, 'theme/black.css'))).toBe(true);
    expect(() => writeRevealDeck(dist, chapterFile, 'neon')).toThrow(/no theme “neon”; it has .*serif/);
  });

  it('writes brotli and gzip copies of the deck’s files, the Markdown too, as the build does for its own', () => {
    const { dist, chapterFile } = build();
    const { folder } = writeRevealDeck(dist, chapterFile);
    for (const file of ['reveal.js', 'reveal.css', 'plugin/markdown.js', '01-overview.md']) {
      const original = readFileSync(path.join(folder, file));
      expect(brotliDecompressSync(readFileSync(path.join(folder, `${file}.br`))).equals(original), file).toBe(true);
      expect(gunzipSync(readFileSync(path.join(folder, `${file}.gz`))).equals(original), file).toBe(true);
    }
  });

  it('is removed afterwards, leaving the rest of the build as it was', () => {
    const { dist, chapterFile } = build();
    writeRevealDeck(dist, chapterFile);
    removeRevealDeck(dist);
    expect(existsSync(path.join(dist, 'bench'))).toBe(false);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  });

  it('keeps a bench folder the build has of its own', () => {
    const { dist, chapterFile } = build();
    mkdirSync(path.join(dist, 'bench'));
    writeFileSync(path.join(dist, 'bench', 'keep.txt'), 'x');
    writeRevealDeck(dist, chapterFile);
    removeRevealDeck(dist);
    expect(readFileSync(path.join(dist, 'bench', 'keep.txt'), 'utf8')).toBe('x');
  });
});
