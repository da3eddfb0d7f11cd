import { requestAllCharts } from './charts/chart-demand.ts';

/** What is still on its way: a chart's drawing, a calculator's code, a part still rendering. */
const PENDING = '.chart-loading, .calc-placeholder, [aria-busy="true"]';
const WAIT_MS = 15_000;

/**
 * Prints once the page is whole: every chart asked for and drawn, every block loaded. The browser's
 * own print command cannot wait, so the print buttons use this. Gives up waiting after 15 s (a
 * chart that failed prints its data table instead).
 */
export async function printWhenReady(root: ParentNode = document): Promise<void> {
  requestAllCharts();
  const started = performance.now();
  while (root.querySelector(PENDING) !== null && performance.now() - started < WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // One more frame, so what just arrived is laid out before the print snapshot.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.print();
}
