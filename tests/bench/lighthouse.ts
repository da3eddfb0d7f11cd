/**
 * Lighthouse on the built app (`npm run build` first): Debian's Chromium, headless, Lighthouse's
 * mobile emulation and simulated throttling, on the home page and a lesson. Prints the four
 * category scores against the course's targets and every audit that lost points.
 *
 * CPU throttling is calibrated as Lighthouse's throttling guide advises: its default 4x slowdown
 * turns a high-end desktop (BenchmarkIndex 1500–2000) into a mid-tier phone, so a slower machine
 * gets proportionally less (BenchmarkIndex / 440, between 1 and 4), measured by a first run.
 * LIGHTHOUSE_CPU_MULTIPLIER=4 forces the default.
 *
 * Runs as part of `npm run bench`, or alone: `node --import tsx tests/bench/lighthouse.ts`.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from '../e2e/static-server.ts';

const PAGES = ['/', '/learn/overview'];

/** The BenchmarkIndex Lighthouse's 4x slowdown aims at: a high-end desktop's (about 1750) divided by 4. */
const MID_TIER_PHONE_INDEX = 440;

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
  cpuSlowdownMultiplier: number;
  pages: PageScores[];
}

export async function runLighthouse(distDir = 'dist'): Promise<LighthouseRun> {
  if (!existsSync(`${distDir}/index.html`)) throw new Error(`No build in ${distDir}/: run \`npm run build\` first.`);
  const server = await startStaticServer(distDir);
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const flags = { port: chrome.port, logLevel: 'error' as const, onlyCategories: CATEGORIES };
    const calibration = await lighthouse(`${server.url}/`, { ...flags, onlyCategories: ['performance'] });
    const benchmarkIndex = calibration?.lhr.environment.benchmarkIndex ?? MID_TIER_PHONE_INDEX * 4;
    const forced = Number(process.env.LIGHTHOUSE_CPU_MULTIPLIER);
    const cpuSlowdownMultiplier = forced > 0 ? forced : Math.round(Math.min(4, Math.max(1, benchmarkIndex / MID_TIER_PHONE_INDEX)) * 10) / 10;
    const config = { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier } } };
    const results: PageScores[] = [];
    for (const path of PAGES) {
      // Several runs, keeping the median by performance score, as Lighthouse's variability guide advises.
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(`${server.url}${path}`, flags, config);
        if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
        if (run.lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${run.lhr.runtimeError.message}`);
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
      results.push({ path, scores, lost });
    }
    return { benchmarkIndex, cpuSlowdownMultiplier, pages: results };
  } finally {
    chrome.kill();
    await server.close();
  }
}

console.log('\n# Lighthouse (mobile emulation, simulated throttling)');
const { benchmarkIndex, cpuSlowdownMultiplier, pages } = await runLighthouse();
console.log(`BenchmarkIndex ${Math.round(benchmarkIndex)}: CPU slowdown ${cpuSlowdownMultiplier}x; median of ${RUNS} runs per page`);
for (const { path, scores, lost } of pages) {
  const line = CATEGORIES.map((id) => `${id} ${scores[id]}${scores[id] < TARGETS[id] ? ` (target ${TARGETS[id]})` : ''}`).join(', ');
  console.log(`${path}: ${line}`);
  for (const audit of lost) console.log(`  - ${audit}`);
}
const below = pages.filter(({ scores }) => CATEGORIES.some((id) => scores[id] < TARGETS[id]));
console.log(below.length === 0 ? 'lighthouse: all pages meet the targets' : `lighthouse: below target on ${below.map((p) => p.path).join(', ')}`);
