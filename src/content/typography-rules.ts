import type { MessageSink } from './messages.ts';
import { checkChineseTypography, maskMatches } from './typography.ts';

/** What in a line of Markdown is not prose: code, link targets, ids, directive names and attributes. */
const INLINE_CODE = /`[^`\n]*`/g;
const LINK_TARGET = /\]\([^)\n]*\)/g;
const HEADING_ID = /\{#[^}\n]*\}\s*$/g;
/** A YAML key in the frontmatter (`title:`, `  - id:`). */
const YAML_KEY = /^\s*(- )?[a-zA-Z]+:/g;
const DIRECTIVE_LINE = /^:{2,}[a-z]+(\{[^}\n]*\})?\s*$/;
/** Quoted attribute values a reader sees (titles, axis names, a cycle's centre); `lanes` are a list. */
const SHOWN_ATTRIBUTE = /\b(title|center|x|y|unit)="([^"\n]*)"/g;

/**
 * Checks a Chinese chapter's source line by line against the course's typography: the prose,
 * headings, frontmatter texts, notes and the attribute values readers see; never code or ids.
 */
export function checkChapterTypography(source: string, sink: MessageSink): void {
  let fenced = false;
  const lines = source.split('\n');
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  lines.forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) return;
    const line = index + 1;
    const report = (text: string, offset: number) => {
      for (const problem of checkChineseTypography(text)) sink.error(problem.ruleId, problem.message, { line, column: offset + problem.index + 1 });
    };
    if (DIRECTIVE_LINE.test(raw.trim())) {
      for (const m of raw.matchAll(SHOWN_ATTRIBUTE)) report(m[2]!, m.index + m[0].indexOf('"') + 1);
      return;
    }
    let text = index <= frontmatterEnd ? maskMatches(raw, YAML_KEY) : raw;
    text = maskMatches(text, INLINE_CODE);
    text = maskMatches(text, LINK_TARGET);
    text = maskMatches(text, HEADING_ID);
    report(text, 0);
  });
}
