import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapter } from '../../../src/content/chapter.ts';
import { checkChapterRules } from '../../../src/content/content-rules.ts';
import { MessageSink } from '../../../src/content/messages.ts';
import { diskDataLoader } from '../../../src/content/files/data-files.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/content-rules');
const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.md'));

/** Every rule id the compiler can report: the first argument of each `sink.error`/`sink.warn` and each typography rule. */
function ruleIdsInCompiler(): string[] {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(file, 'utf8');
        for (const match of source.matchAll(/\.(?:error|warn)\(\s*['`]([a-z0-9-]+)['`]/g)) ids.add(match[1]!);
        for (const match of source.matchAll(/ruleId:\s*'([a-z0-9-]+)'/g)) ids.add(match[1]!);
      }
    }
  };
  walk(path.join(ROOT, 'src/content'));
  return [...ids].sort();
}

/** The text of the content tests: a rule asserted by id there is covered without a fixture. */
function contentTests(): string {
  const dir = path.join(ROOT, 'tests/unit/content');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== path.basename(import.meta.filename))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}

describe('content rule fixtures (tests/fixtures/content-rules/<rule id>.md)', () => {
  it.each(fixtures)('%s is reported by its rule', (name) => {
    const ruleId = name.replace(/\.md$/, '');
    const source = readFileSync(path.join(FIXTURES, name), 'utf8');
    const loadData = diskDataLoader(FIXTURES, (file) => path.relative(ROOT, file), new Set());
    const result = compileChapter({ path: `content/zh-CN/${name}`, source, locale: 'zh-CN', loadData });
    const sink = new MessageSink(`content/zh-CN/${name}`);
    checkChapterRules(result, source, sink);
    const reported = [...result.messages, ...sink.messages].map((message) => message.ruleId);
    expect(reported).toContain(ruleId);
  });

  it('covers every rule the compiler has, with a fixture or a content test that asserts it', () => {
    const tests = contentTests();
    const fixtureIds = new Set(fixtures.map((name) => name.replace(/\.md$/, '')));
    const uncovered = ruleIdsInCompiler().filter((id) => !fixtureIds.has(id) && !tests.includes(`'${id}'`) && !tests.includes(`[${id}]`));
    expect(uncovered).toEqual([]);
  });
});
