/** `npm run content:check`: compiles all of content/ and prints every problem as path:line:column. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage, hasErrors } from './messages.ts';
import { compileContentDir } from './files/read-content.ts';

const contentDir = process.argv[2] ?? fileURLToPath(new URL('../../content', import.meta.url));
const started = performance.now();
const result = compileContentDir(path.resolve(contentDir));
const elapsed = performance.now() - started;

for (const message of result.messages) console.log(formatMessage(message));
const errors = result.messages.filter((m) => m.severity === 'error').length;
const warnings = result.messages.length - errors;
const slides = [...result.chapters.values()].reduce((n, c) => n + c.slides.length, 0);
const questions = [...result.chapters.values()].reduce((n, c) => n + c.test.length, 0);
console.log(
  `content: ${result.chapters.size} chapter files, ${slides} slides, ${questions} test questions, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${elapsed.toFixed(0)} ms)`,
);
process.exitCode = hasErrors(result.messages) ? 1 : 0;
