/** `npm run budget`: fails when the `/` bundle, the content compile time or the build time exceed their budgets. */
import { timeProductionBuild } from './build-time.ts';
import { measureFirstVisitJs } from './bundle-size.ts';
import { timeContentCompile } from './content-compile.ts';

export const BUDGETS = {
  /** JS downloaded by a first visit to `/`, gzip. */
  firstVisitJsBytes: 100 * 1024,
  /**
   * Compiling all of content/ (20 files, 567 KB of Markdown), against a 1 s target: 0.5–0.6 s on
   * the 2-core machine, up to 1.6 s while other work loads it. The check is set where a regression
   * (a pass that grows faster than the text) fails it and a busy machine does not.
   */
  contentCompileMs: 2500,
  /** A full production build: 3–4 s on the 2-core machine. */
  buildMs: 30_000,
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

const buildMs = timeProductionBuild();
console.log(`production build: ${(buildMs / 1000).toFixed(1)} s (budget ${BUDGETS.buildMs / 1000} s)`);
if (buildMs > BUDGETS.buildMs) failures.push('the build is over budget');

if (failures.length > 0) {
  console.error(`budget: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('budget: all within limits');
}
