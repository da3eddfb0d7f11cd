/**
 * Lighthouse on the built app (`npm run build` first) as a learner gets it: served by the course
 * server itself (`src/server/start.ts` on a throwaway embedded database, compression and all),
 * Debian's Chromium, headless, Lighthouse's standard mobile emulation and simulated throttling
 * (slow 4G, 4x CPU slowdown, nothing calibrated away), on the home page, a lesson and slide mode.
 * Prints the four category scores against the course's targets and every audit that lost points,
 * and the BenchmarkIndex of the machine (a slower machine scores lower under the same slowdown).
 *
 * Runs as part of `npm run bench`, or alone: `node --import tsx tests/bench/lighthouse.ts`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../server/helpers/server-process.ts';

const PAGES = ['/', '/learn/kpis', '/present/kpis'];

/** Runs per page; the median counts. LIGHTHOUSE_RUNS overrides. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS) > 0 ? Number(process.env.LIGHTHOUSE_RUNS) : 3;

/** Minimum score per category, 0–100. */
export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

export interface PageScores {
  path: string;
  scores: Record<Category, number>;
  /** Audits below full marks, as "category: title (score)". */
  lost: string[];
}

export interface LighthouseRun {
  benchmarkIndex: number;
  pages: PageScores[];
}

export async function runLighthouse(distDir = 'dist'): Promise<LighthouseRun> {
  if (!existsSync(`${distDir}/index.html`)) throw new Error(`No build in ${distDir}/: run \`npm run build\` first.`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'courseware-lighthouse-'));
  const server = await startServer({ DIST_DIR: path.resolve(distDir), DATA_DIR: dataDir, DATABASE_URL: '' });
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const flags = { port: chrome.port, logLevel: 'error' as const, onlyCategories: CATEGORIES };
    const results: PageScores[] = [];
    let benchmarkIndex = 0;
    for (const page of PAGES) {
      // Several runs, keeping the median by performance score, as Lighthouse's variability guide advises.
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(`${server.url}${page}`, flags);
        if (!run) throw new Error(`Lighthouse returned nothing for ${page}`);
        if (run.lhr.runtimeError) throw new Error(`Lighthouse on ${page}: ${run.lhr.runtimeError.message}`);
        benchmarkIndex = run.lhr.environment.benchmarkIndex;
        runs.push(run.lhr);
      }
      runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = runs[Math.floor(runs.length / 2)]!;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
      const lost = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
          .map((audit) => `${id}: ${audit!.title} (${audit!.displayValue ?? audit!.score})`),
      );
      results.push({ path: page, scores, lost });
    }
    return { benchmarkIndex, pages: results };
  } finally {
    chrome.kill();
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log('\n# Lighthouse (the course server; standard mobile emulation and throttling)');
const { benchmarkIndex, pages } = await runLighthouse(process.env.BENCH_DIST ?? 'dist');
console.log(`BenchmarkIndex ${Math.round(benchmarkIndex)}; median of ${RUNS} runs per page`);
for (const { path, scores, lost } of pages) {
  const line = CATEGORIES.map((id) => `${id} ${scores[id]}${scores[id] < TARGETS[id] ? ` (target ${TARGETS[id]})` : ''}`).join(', ');
  console.log(`${path}: ${line}`);
  for (const audit of lost) console.log(`  - ${audit}`);
}
const below = pages.filter(({ scores }) => CATEGORIES.some((id) => scores[id] < TARGETS[id]));
console.log(below.length === 0 ? 'lighthouse: all pages meet the targets' : `lighthouse: below target on ${below.map((p) => p.path).join(', ')}`);
