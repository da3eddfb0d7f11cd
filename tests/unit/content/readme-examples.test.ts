import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from './compile-helpers.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The Markdown example of a README section (its first ```markdown block). */
function example(heading: string): string {
  const section = readme.slice(readme.indexOf(`### ${heading}`));
  const match = /```markdown\n([\s\S]*?)\n```/.exec(section);
  if (!match) throw new Error(`No example under ${heading}`);
  return match[1]!;
}

describe('the README’s examples compile as written', () => {
  it('one diagram of each kind', () => {
    const diagrams = example('Diagrams').split(/\n(?=:::diagram)/);
    const body = diagrams.map((d, i) => `## 图 ${i + 1} {#d${i + 1}}\n\n${d.trim()}\n`).join('\n---\n\n');
    const { chapter, formatted } = compile(body);
    expect(formatted).toEqual([]);
    const kinds = chapter!.slides.map((s) => (s.face[0]?.type === 'diagram' ? s.face[0].kind : null));
    expect(kinds).toEqual(['cycle', 'flow', 'matrix', 'funnel', 'hierarchy', 'timeline']);
  });
});
