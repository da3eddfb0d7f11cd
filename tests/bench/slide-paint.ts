/**
 * Slide change to paint in slide mode, on the built app (`npm run build` first; SLIDE_PAINT_DIST
 * names another build to compare): Debian's Chromium, headless, a 1920×1080 window as on a
 * projector, `/present/<chapter>` (SLIDE_PAINT_CHAPTER, default `kpis`, the chapter with the most
 * calculators and charts).
 *
 * Method: the arrow keys are pressed as real input (the DevTools protocol, as a keyboard would
 * arrive), → until the last slide, then ← back, and so on, each from an idle page (the last
 * move's fade over, nothing queued). The browser records a performance trace meanwhile. For each
 * key, the trace gives the time from the start of the keydown's dispatch to the end of the first
 * frame the renderer then produces (style, layout, paint and the commit of the painted frame to
 * the compositor): the frame that shows the new slide. In the page, a frame callback checks that
 * the slide on show had changed when that frame began, so it is indeed the one with the new
 * slide; a change put off past it fails the run.
 *
 * Two figures per key. *Key to painted frame* is all of that time, including the main thread's
 * wait, idle, for the compositor to begin the frame: from an idle page that wait follows the
 * display's refresh clock (0–16.7 ms at 60 Hz, the same for any page; `--disable-frame-rate-limit`
 * removes it only while frames are already flowing). *Page time* is that time less the wait: the
 * work the page makes the browser do for the change (the key handler, anything run before the
 * frame, the frame itself). The target (p95 ≤ 16 ms: the change fits in one frame) is held to the
 * page time. Read from the trace because a task posted from the frame (the usual way to time a
 * paint from script) is often queued behind the next frame here, and Event Timing comes rounded
 * to 8 ms and ends at the presentation of the frame by the display compositor, which this
 * machine has no GPU for: it is printed for comparison, not held to the target.
 *
 * One unmeasured round trip through the chapter first loads the lazy blocks and warms the engine;
 * then SLIDE_PAINT_RUNS (100) changes are measured. Prints n, p50, p95 and max of both figures and
 * the page time against the target. Fails only when it cannot measure, never on a missed target.
 *
 * Runs as part of `npm run bench`, or alone: `node --import tsx tests/bench/slide-paint.ts`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../e2e/static-server.ts';

const CHAPTER = process.env.SLIDE_PAINT_CHAPTER ?? 'kpis';
const DIST = process.env.SLIDE_PAINT_DIST ?? 'dist';
const RUNS = Number(process.env.SLIDE_PAINT_RUNS) > 0 ? Number(process.env.SLIDE_PAINT_RUNS) : 100;
const TARGET_P95_MS = 16;
/** Key presses per trace. */
const TRACE_BATCH = 20;
const SHOWN_TITLE = '.slide-stage-main:not(.slide-stage-waiting) .slide-title';

/**
 * Runs in the page before the app: notes, for each armed key press, whether the slide on show had
 * changed when the next frame began (so that frame paints it), and collects
 * Event Timing entries. Page source as text: the TypeScript loader wraps named functions in a
 * helper that does not exist in the page.
 */
const INSTRUMENT = `
(() => {
  const titleOnShow = () => document.querySelector(${JSON.stringify(SHOWN_TITLE)})?.textContent ?? null;
  const results = [];
  let armed = false;
  window.__slidePaint = { results, eventTimings: [], arm: () => { armed = true; } };
  window.addEventListener('keydown', (event) => {
    if (!armed) return;
    armed = false;
    const from = titleOnShow();
    // At the start of the next frame, before its style and layout: what it will paint.
    requestAnimationFrame(() => results.push({ changed: titleOnShow() !== from, key: event.key }));
  }, { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'keydown') window.__slidePaint.eventTimings.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();
`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string }; name?: string };
}

/**
 * Waits until the page is idle: the last move's fade has finished (it runs on the compositor, so
 * the main thread can be idle while the display is still drawing it, frame after frame), then a
 * long idle period: no frame to draw and no task queued (the browser allots up to 50 ms then).
 */
function idle(page: Page): Promise<void> {
  return page.evaluate(`Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))).then(() => new Promise((resolve) => {
    const started = performance.now();
    const check = (deadline) => {
      if (deadline.timeRemaining() >= 40 || performance.now() - started > 5000) resolve();
      else requestIdleCallback(check);
    };
    requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(check)));
  }))`);
}

interface Sample {
  /** Keydown dispatch to the end of the next main-thread frame. */
  toFrameMs: number;
  /** The same less the time the main thread sat idle waiting for that frame to begin. */
  pageMs: number;
}

/** Milliseconds of [from, to) covered by at least one of `events` (microsecond trace times). */
function coveredMs(events: TraceEvent[], from: number, to: number): number {
  let covered = 0;
  let reached = from;
  for (const e of events) {
    const start = Math.max(e.ts, reached);
    const end = Math.min(e.ts + (e.dur ?? 0), to);
    if (end > start) {
      covered += end - start;
      reached = end;
    }
  }
  return covered / 1000;
}

/** One sample for each keydown in the trace. */
function samplesOf(events: TraceEvent[]): Sample[] {
  const keydowns = events.filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (keydowns.length === 0) return [];
  const { pid, tid } = keydowns[0]!;
  const main = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts);
  const frames = main.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
  return keydowns
    .sort((a, b) => a.ts - b.ts)
    .map((key) => {
      const handled = key.ts + (key.dur ?? 0);
      const frame = frames.find((f) => f.ts >= handled);
      if (!frame) return { toFrameMs: Number.NaN, pageMs: Number.NaN };
      const toFrameMs = (frame.ts + (frame.dur ?? 0) - key.ts) / 1000;
      const waitMs = (frame.ts - handled) / 1000 - coveredMs(main, handled, frame.ts);
      return { toFrameMs, pageMs: toFrameMs - waitMs };
    });
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
    ],
  });
}

async function runSlidePaint(distDir = 'dist'): Promise<{ slides: number; samples: Sample[]; eventTimings: number[] }> {
  if (!existsSync(`${distDir}/index.html`)) throw new Error(`No build in ${distDir}/: run \`npm run build\` first.`);
  const server = await startStaticServer(distDir);
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript({ content: INSTRUMENT });
    await page.goto(`${server.url}/present/${CHAPTER}`);
    await page.locator(SHOWN_TITLE).waitFor();
    const counter = await page.locator('.present-counter').textContent();
    const slides = Number(/\/\s*(\d+)/.exec(counter ?? '')?.[1]);
    if (!(slides > 1)) throw new Error(`No slides to change between in /present/${CHAPTER} (counter: ${counter})`);

    let index = 0;
    let forward = true;
    const step = async (measured: boolean) => {
      if (index === slides - 1) forward = false;
      if (index === 0) forward = true;
      await idle(page);
      if (measured) await page.evaluate('window.__slidePaint.arm()');
      await page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
      index += forward ? 1 : -1;
    };
    for (let i = 0; i < 2 * (slides - 1); i++) await step(false);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await idle(page);
    await page.evaluate('window.__slidePaint.eventTimings.length = 0');

    // Traced in batches: a long trace fills the browser's buffer and stalls the page.
    const samples: Sample[] = [];
    for (let done = 0; done < RUNS; ) {
      const batch = Math.min(TRACE_BATCH, RUNS - done);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'benchmark'] });
      for (let i = 0; i < batch; i++) await step(true);
      await idle(page);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      const measured = samplesOf(trace.traceEvents);
      if (measured.length !== batch || measured.some((m) => Number.isNaN(m.toFrameMs))) throw new Error(`A trace holds ${measured.length} measurable key presses of ${batch}`);
      samples.push(...measured);
      done += batch;
    }

    const { results, eventTimings } = (await page.evaluate('window.__slidePaint')) as {
      results: Array<{ changed: boolean; key: string }>;
      eventTimings: number[];
    };
    if (errors.length > 0) throw new Error(`The page failed while measuring:\n${errors.join('\n')}`);
    const late = results.filter((r) => !r.changed).length;
    if (results.length !== RUNS || late > 0) throw new Error(`${late} of ${results.length} key presses did not change the slide by the next frame`);
    return { slides, samples, eventTimings };
  } finally {
    await browser.close();
    await server.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(values: number[]): string {
  const sorted = values.toSorted((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1)!)}`;
}

console.log(`\n# Slide change to paint (slide mode, /present/${CHAPTER}, 1920×1080, headless Chromium)`);
const { slides, samples, eventTimings } = await runSlidePaint(DIST);
const pageTimes = samples.map((m) => m.pageMs);
const p95 = percentile(pageTimes.toSorted((a, b) => a - b), 95);
console.log(`${slides} slides, n ${samples.length}, each change shown in the next frame`);
console.log(`  key to painted frame: ${summary(samples.map((m) => m.toFrameMs))}`);
console.log(`  page time (less the wait for the display's next frame): ${summary(pageTimes)}`);
console.log(
  `  for comparison, Event Timing to presentation (software compositing, 8 ms steps, ${eventTimings.length} reported: those of 16 ms and over): ${eventTimings.length > 0 ? summary(eventTimings) : 'none'}`,
);
console.log(`slide-paint: ${p95 <= TARGET_P95_MS ? 'PASS' : 'FAIL'} (target: page time p95 ≤ ${TARGET_P95_MS} ms)`);
