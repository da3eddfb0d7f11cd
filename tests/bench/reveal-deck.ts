/**
 * A reveal.js deck of one chapter, written into a build so that the course server serves it beside
 * the app: reveal.js's own files from node_modules and an `index.html` as a reveal.js user writes
 * it, its Markdown plugin reading the chapter's Markdown file (frontmatter stripped, the rest as it
 * is: directives and `{#id}` show as text). Used by `first-slide.ts`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { precompressDir } from '../../src/build/precompress-plugin.ts';

/**
 * No web font: the course uses system fonts, and reveal.js's default themes (black, white) carry
 * Source Sans Pro inside the stylesheet (575 KB, 430 KB compressed, render-blocking), which would
 * make the comparison about a font. `serif` is a stock theme on system fonts.
 */
export const DEFAULT_REVEAL_THEME = 'serif';

/** Where the deck goes under the build, and so its address on the course server. */
export const DECK_FOLDER = 'bench/reveal';

const revealDist = path.dirname(createRequire(import.meta.url).resolve('reveal.js'));

export function revealVersion(): string {
  return (JSON.parse(readFileSync(path.join(revealDist, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The chapter without its YAML frontmatter (`---` … `---` at the very top), otherwise unchanged. */
export function stripFrontmatter(markdown: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

/** The text of the chapter's first slide title: the first `## ` heading, its `{#id}` left out. */
export function firstSlideTitle(markdown: string): string {
  const heading = /^## +(.+?)(?:\s*\{#[^}]*\})?\s*$/m.exec(stripFrontmatter(markdown));
  if (!heading) throw new Error('The chapter has no `## ` slide heading.');
  return heading[1]!.trim();
}

/**
 * reveal.js's page template (its own `index.html`) with the external-Markdown section of its
 * documentation. The course server's Content-Security-Policy allows no inline script, so the one
 * line that starts reveal.js is a file of its own.
 */
function deckHtml(title: string, markdownFile: string, theme: string): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <title>${title} · reveal.js</title>
    <link rel="stylesheet" href="reset.css" />
    <link rel="stylesheet" href="reveal.css" />
    <link rel="stylesheet" href="theme/${theme}.css" />
  </head>
  <body>
    <div class="reveal">
      <div class="slides">
        <section data-markdown="${markdownFile}" data-separator="^\\n---\\n$"></section>
      </div>
    </div>
    <script src="reveal.js"></script>
    <script src="plugin/markdown.js"></script>
    <script src="start.js"></script>
  </body>
</html>
`;
}

const START_SCRIPT = 'Reveal.initialize({ hash: true, plugins: [RevealMarkdown] });\n';

/** Brotli (best) and gzip (best) copies, as the build writes them (`precompressDir`). */
function precompressFile(file: string): void {
  const source = readFileSync(file);
  const brotli = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
  });
  const gzip = gzipSync(source, { level: 9 });
  if (brotli.length < source.length) writeFileSync(`${file}.br`, brotli);
  if (gzip.length < source.length) writeFileSync(`${file}.gz`, gzip);
}

export interface Deck {
  /** Address of the deck on the server serving `distDir`. */
  pathname: string;
  folder: string;
}

/**
 * Writes the deck of `chapterFile` into `<distDir>/bench/reveal/` (replacing what a stopped run
 * left there), with the `.br` and `.gz` copies the build writes for its own files: the course
 * server compresses other files on the fly at a lower level, so both sides go out compressed alike.
 */
export function writeRevealDeck(distDir: string, chapterFile: string, theme = DEFAULT_REVEAL_THEME): Deck {
  const themes = readdirSync(path.join(revealDist, 'theme')).map((file) => file.replace(/\.css$/, ''));
  if (!themes.includes(theme)) throw new Error(`reveal.js has no theme “${theme}”; it has ${themes.join(', ')}.`);
  const folder = path.join(distDir, DECK_FOLDER);
  removeRevealDeck(distDir);
  mkdirSync(path.join(folder, 'theme'), { recursive: true });
  mkdirSync(path.join(folder, 'plugin'), { recursive: true });
  for (const file of ['reset.css', 'reveal.css', 'reveal.js', `theme/${theme}.css`, 'plugin/markdown.js']) {
    copyFileSync(path.join(revealDist, file), path.join(folder, file));
  }
  const markdown = readFileSync(chapterFile, 'utf8');
  const markdownFile = path.basename(chapterFile);
  writeFileSync(path.join(folder, markdownFile), stripFrontmatter(markdown));
  writeFileSync(path.join(folder, 'start.js'), START_SCRIPT);
  writeFileSync(path.join(folder, 'index.html'), deckHtml(firstSlideTitle(markdown), markdownFile, theme));
  precompressDir(folder);
  // The build has no Markdown of its own, so its precompression leaves `.md` out.
  precompressFile(path.join(folder, markdownFile));
  return { pathname: `/${DECK_FOLDER}/index.html`, folder };
}

/** Removes the deck, and `<distDir>/bench/` when the deck was all it held. */
export function removeRevealDeck(distDir: string): void {
  const folder = path.join(distDir, DECK_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  const parent = path.dirname(folder);
  if (existsSync(parent) && readdirSync(parent).length === 0) rmdirSync(parent);
}
