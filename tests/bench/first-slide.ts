/**
 * First slide on screen, against reveal.js: chapter 1 (`content/zh-CN/01-overview.md`) as a
 * reveal.js deck fed the chapter's Markdown (`reveal-deck.ts`), in slide mode
 * (`/present/overview`) and in the lesson (`/learn/overview`), all three served by the course
 * server itself (`src/server/start.ts` on a throwaway embedded database) from one build
 * (BENCH_DIST, default `dist/`; `npm run build` first), the deck written into the build for
 * the time of the run and sent precompressed like the app's own files.
 *
 * Each run opens a fresh browser context (cold cache, no service worker), throttles it through the
 * DevTools protocol (network 1.6 Mbps down, 750 Kbps up, 150 ms latency per request; CPU 4× slower),
 * at 1280×720, and loads one page; the pages take turns (deck, slide mode, lesson, deck, …),
 * FIRST_SLIDE_RUNS (5) runs each. Prints each run, the medians per page, what each page
 * transferred, and the ratios slide mode / reveal.js and lesson / reveal.js (the course's aim is
 * ≤ 1.0). Fails only when it cannot measure, never on the ratio.
 *
 * Runs as part of `npm run bench`, or alone: `node --import tsx tests/bench/first-slide.ts`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { ROOT, startServer, type RunningServer } from '../server/helpers/server-process.ts';
import { DEFAULT_REVEAL_THEME, firstSlideTitle, removeRevealDeck, revealVersion, writeRevealDeck } from './reveal-deck.ts';

const DIST = path.resolve(process.env.BENCH_DIST ?? 'dist');
const RUNS = Number(process.env.FIRST_SLIDE_RUNS) > 0 ? Math.floor(Number(process.env.FIRST_SLIDE_RUNS)) : 5;
/** reveal.js's stock theme for the deck (`black`, its default, carries a web font: see reveal-deck.ts). */
const THEME = process.env.FIRST_SLIDE_REVEAL_THEME || DEFAULT_REVEAL_THEME;
const CHAPTER_FILE = path.join(ROOT, 'content/zh-CN/01-overview.md');
const VIEWPORT = { width: 1280, height: 720 };
/** Lighthouse's slow 4G (150 ms round trip, 1.6 Mbps down, 750 Kbps up) as the protocol takes it: a latency per request in ms, bytes per second. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1_000_000) / 8, uploadThroughput: (750 * 1_000) / 8 };
const CPU_SLOWDOWN = 4;
const PAGE_TIMEOUT_MS = 60_000;
/** After the first slide, the page counts as loaded once no request has been open for this long. */
const QUIET_MS = 2_000;
const QUIET_CAP_MS = 30_000;

interface Subject {
  name: string;
  pathname: string;
  /** Where the page puts its slide titles: the first slide's is the one with its text. */
  titles: string;
}

/**
 * What the page reports: the first paint of the first slide's title, FCP and the last LCP
 * candidate, in milliseconds from navigation start.
 *
 * Method: Element Timing. Before the page's own code runs, a mutation observer marks every slide
 * title the page inserts (parsed from HTML or rendered by script) with an `elementtiming` attribute;
 * the browser then reports, for a marked element, the time its text was first painted (the frame's
 * presentation, as for LCP). The entry kept is the first whose element holds the first slide's
 * title, intersects the viewport and is not hidden (opacity 0, visibility) when the entry arrives.
 * Chosen over the LCP candidate because LCP names only an element larger than any painted before
 * it, and the title need not be (the lesson's objectives, a slide's body text), so LCP may time
 * something else and never the title; and over polling from script, which sees the DOM, not the
 * paint. The same script, differing only in where each page puts its titles, measures all three.
 * Page source as text: the TypeScript loader wraps named functions in a helper the page lacks.
 */
function instrument(titles: string, title: string): string {
  return `
(() => {
  const state = { title: null, fcp: null, lcp: null, hidden: 0 };
  window.__firstSlide = state;
  const mark = (node) => {
    if (!(node instanceof Element)) return;
    const marked = node.matches(${JSON.stringify(titles)}) ? [node] : [];
    for (const element of [...marked, ...node.querySelectorAll(${JSON.stringify(titles)})]) {
      if (!element.hasAttribute('elementtiming')) element.setAttribute('elementtiming', 'slide-title');
    }
  };
  // The parser adds elements one by one (still empty), script usually whole subtrees.
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) mark(node);
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const element = entry.element;
      if (state.title !== null || !element || !element.textContent.trim().startsWith(${JSON.stringify(title)})) continue;
      const visible = entry.intersectionRect.width > 0 && entry.intersectionRect.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      if (!visible) state.hidden += 1;
      else {
        state.title = entry.renderTime || entry.startTime;
        window.__firstSlidePainted();
      }
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})();
`;
}

interface Request {
  url: string;
  /** Seconds on the protocol's clock. */
  sent: number;
  finished?: number;
  bytes: number;
  encoding: string;
  /** Finished before the first slide's title was painted. */
  beforeTitle?: boolean;
}

interface Run {
  titleMs: number;
  fcpMs: number;
  lcpMs: number;
  /** Bytes over the wire (headers included) of the requests finished by the first slide's paint. */
  bytesByTitle: number;
  bytes: number;
  requests: Request[];
}

/** Every request of the page, by the protocol's network events. */
function recordRequests(cdp: CDPSession): { requests: Map<string, Request>; open: () => number; lastChange: () => number } {
  const requests = new Map<string, Request>();
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!event.request.url.startsWith('http')) return;
    requests.set(event.requestId, { url: event.request.url, sent: event.timestamp, bytes: 0, encoding: 'none' });
    lastChange = Date.now();
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]));
    if (request) request.encoding = headers['content-encoding'] ?? 'none';
  });
  const finish = (requestId: string, timestamp: number, bytes: number) => {
    const request = requests.get(requestId);
    if (!request) return;
    request.finished = timestamp;
    request.bytes = bytes;
    lastChange = Date.now();
  };
  cdp.on('Network.loadingFinished', (event) => finish(event.requestId, event.timestamp, event.encodedDataLength));
  cdp.on('Network.loadingFailed', (event) => finish(event.requestId, event.timestamp, 0));
  return {
    requests,
    open: () => [...requests.values()].filter((r) => r.finished === undefined).length,
    lastChange: () => lastChange,
  };
}

async function measure(browser: Browser, origin: string, subject: Subject, title: string): Promise<Run> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const network = recordRequests(cdp);

    // A binding, not a predicate polled in the page: the course server's CSP forbids the eval that needs.
    let painted = (): void => undefined;
    const titlePainted = new Promise<void>((resolve) => (painted = resolve));
    await page.exposeFunction('__firstSlidePainted', () => painted());
    await page.addInitScript({ content: instrument(subject.titles, title) });

    await page.goto(`${origin}${subject.pathname}`, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), PAGE_TIMEOUT_MS)));
    const late = await Promise.race([titlePainted.then(() => false), timedOut]);
    clearTimeout(timer);
    if (late) {
      const { hidden } = (await page.evaluate('window.__firstSlide')) as { hidden: number };
      throw new Error(
        `${subject.name}: no paint of the first slide's title “${title}” (${subject.titles}) within ${PAGE_TIMEOUT_MS / 1000} s` +
          (hidden > 0 ? `; painted ${hidden} time(s) off screen or hidden` : '') +
          (errors.length > 0 ? `; page errors:\n${errors.join('\n')}` : ''),
      );
    }
    // Whatever the page still fetches after the first slide counts in its total.
    const waitedSince = Date.now();
    while (Date.now() - waitedSince < QUIET_CAP_MS && (network.open() > 0 || Date.now() - network.lastChange() < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const state = (await page.evaluate('window.__firstSlide')) as { title: number; fcp: number | null; lcp: number | null };
    if (errors.length > 0) throw new Error(`${subject.name}: the page failed while loading:\n${errors.join('\n')}`);
    const requests = [...network.requests.values()];
    const navigation = requests[0];
    if (!navigation) throw new Error(`${subject.name}: no request recorded`);
    // The document's request stands for navigation start on the protocol's clock.
    const titleAt = navigation.sent + state.title / 1000;
    for (const request of requests) request.beforeTitle = request.finished !== undefined && request.finished <= titleAt;
    const sum = (list: Request[]) => list.reduce((n, r) => n + r.bytes, 0);
    return {
      titleMs: state.title,
      fcpMs: state.fcp ?? Number.NaN,
      lcpMs: state.lcp ?? Number.NaN,
      bytesByTitle: sum(requests.filter((r) => r.beforeTitle)),
      bytes: sum(requests),
      requests,
    };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const ms = (n: number) => (Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Requests in the order they were made: name, bytes over the wire and how they were encoded. */
function transferList(origin: string, requests: Request[]): string {
  const list = requests.map((r) => `${r.url.replace(origin, '').replace(/^\/assets\//, '')} ${kb(r.bytes)} ${r.encoding === 'none' ? 'uncompressed' : r.encoding}`);
  return list.length > 0 ? list.join(', ') : 'nothing';
}

let cleanup = (): void => undefined;
const onSignal = (signal: NodeJS.Signals) => {
  cleanup();
  process.exit(signal === 'SIGINT' ? 130 : 143);
};

async function runFirstSlide(): Promise<void> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error(`No build in ${DIST}: run \`npm run build\` first (or set BENCH_DIST).`);
  const title = firstSlideTitle(readFileSync(CHAPTER_FILE, 'utf8'));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'courseware-first-slide-'));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  // On Ctrl-C or a kill, the deck must not stay in the build nor the server outlive the bench.
  cleanup = () => {
    server?.child.kill('SIGKILL');
    removeRevealDeck(DIST);
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const deck = writeRevealDeck(DIST, CHAPTER_FILE, THEME);
    server = await startServer({ DIST_DIR: DIST, DATA_DIR: dataDir, DATABASE_URL: '' });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      handleSIGINT: false,
      handleSIGTERM: false,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const subjects: Subject[] = [
      { name: `reveal.js ${revealVersion()}`, pathname: deck.pathname, titles: '.reveal .slides section h2' },
      { name: 'slide mode', pathname: '/present/overview', titles: '.slide-stage h2.slide-title' },
      { name: 'lesson', pathname: '/learn/overview', titles: '.lesson-slide h2' },
    ];
    console.log(
      `Chromium ${browser.version()}, headless, ${VIEWPORT.width}×${VIEWPORT.height}; network 1.6 Mbps down, 750 Kbps up, ${NETWORK.latency} ms per request; ` +
        `CPU ${CPU_SLOWDOWN}× slower; a fresh context per run (cold cache, no service worker); pages in turn, ${RUNS} runs each`,
    );
    console.log(`reveal.js: theme ${THEME}, Markdown plugin on the chapter's Markdown, at ${deck.pathname}; first slide “${title}”`);
    const runs = new Map<Subject, Run[]>(subjects.map((s) => [s, []]));
    for (let i = 0; i < RUNS; i++) {
      const line: string[] = [];
      for (const subject of subjects) {
        const run = await measure(browser, server.url, subject, title);
        runs.get(subject)!.push(run);
        line.push(`${subject.name} ${ms(run.titleMs)}`);
      }
      console.log(`run ${i + 1}: ${line.join(', ')}`);
    }

    const medians = new Map(subjects.map((s) => [s, median(runs.get(s)!.map((r) => r.titleMs))]));
    for (const subject of subjects) {
      const list = runs.get(subject)!;
      const pick = (f: (r: Run) => number) => median(list.map(f));
      console.log(
        `${subject.name} (${subject.pathname}): first slide ${ms(medians.get(subject)!)}, FCP ${ms(pick((r) => r.fcpMs))}, LCP ${ms(pick((r) => r.lcpMs))}; ` +
          `${kb(pick((r) => r.bytesByTitle))} transferred by the first slide, ${kb(pick((r) => r.bytes))} in all (${pick((r) => r.requests.length)} requests)`,
      );
      const first = list[0]!.requests;
      console.log(`  run 1, by the first slide: ${transferList(server.url, first.filter((r) => r.beforeTitle))}`);
      console.log(`  run 1, after it: ${transferList(server.url, first.filter((r) => !r.beforeTitle))}`);
    }
    const reveal = medians.get(subjects[0]!)!;
    for (const subject of subjects.slice(1)) {
      console.log(`ratio ${subject.name} / reveal.js: ${(medians.get(subject)! / reveal).toFixed(2)} (aim ≤ 1.00, median of ${RUNS})`);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await browser?.close();
    if (server) {
      server.child.kill('SIGTERM');
      const stopped = await Promise.race([server.exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000).unref())]);
      if (!stopped) console.log('first-slide: the course server did not stop within 10 s of SIGTERM; killed');
    }
    cleanup();
  }
}

console.log('\n# First slide on screen: reveal.js, slide mode and the lesson (chapter 1, zh-CN, the course server)');
await runFirstSlide();
