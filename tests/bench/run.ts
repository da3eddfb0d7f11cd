/** `npm run bench`: measures and prints; budgets are enforced separately by `npm run budget`. */
import { timeProductionBuild } from './build-time.ts';
import { measureFirstVisitJs } from './bundle-size.ts';
import { timeContentCompile, timeGeneratedCourse } from './content-compile.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('# Content compiler');
const compile = timeContentCompile();
console.log(`all of content/ (${compile.chapterFiles} chapter files): median ${compile.medianMs.toFixed(0)} ms`);
for (const count of [50, 100, 250, 500]) {
  const ms = timeGeneratedCourse(count);
  console.log(`${count} generated chapters: ${ms.toFixed(0)} ms (${(ms / count).toFixed(1)} ms per chapter)`);
}

console.log('\n# Bundle');
const bundle = measureFirstVisitJs();
console.log(`first visit to /: ${kb(bundle.totalGzipBytes)} gzip in ${bundle.files.length} files`);
console.log(`production build: ${(timeProductionBuild() / 1000).toFixed(1)} s`);
await import('./lighthouse.ts');
await import('./first-slide.ts');
await import('./slide-paint.ts');
