/** `npm run budget`: fails when the `/` bundle or the content compile time exceed their budgets. */
import { measureFirstVisitJs } from './bundle-size.ts';
import { timeContentCompile } from './content-compile.ts';

export const BUDGETS = {
  /** JS downloaded by a first visit to `/`, gzip. */
  firstVisitJsBytes: 100 * 1024,
  /**
   * Compiling all of content/ (20 files, 567 KB of Markdown). The target is 1 s; Markdown parsing
   * is nine tenths of it, and on a slow 2-core machine it takes 1.3–1.6 s. The check in CI is set
   * where a regression (a pass that grows faster than the text) fails it and machine speed does not.
   */
  contentCompileMs: 2500,
};
const CONTENT_COMPILE_TARGET_MS = 1000;

const failures: string[] = [];
const bundle = measureFirstVisitJs();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const f of bundle.files) console.log(`  ${f.file}  ${kb(f.gzipBytes)}`);
console.log(`first visit to /: ${kb(bundle.totalGzipBytes)} gzip (budget ${kb(BUDGETS.firstVisitJsBytes)})`);
if (bundle.totalGzipBytes > BUDGETS.firstVisitJsBytes) failures.push('first-visit JS is over budget');

const compile = timeContentCompile();
const verdict = compile.medianMs <= CONTENT_COMPILE_TARGET_MS ? 'meets' : 'misses';
console.log(
  `content compile: ${compile.medianMs.toFixed(0)} ms for ${compile.chapterFiles} chapter files (${verdict} the ${CONTENT_COMPILE_TARGET_MS} ms target; budget ${BUDGETS.contentCompileMs} ms)`,
);
if (compile.medianMs > BUDGETS.contentCompileMs) failures.push('content compile is over budget');

if (failures.length > 0) {
  console.error(`budget: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('budget: all within limits');
}
