import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium; never a downloaded browser. Override with CHROMIUM_PATH. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Until the app has taken over a prerendered page (its root's `data-locale` goes), a click would not reach it. */
export async function appTookOver(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('root')?.dataset.locale === undefined, undefined, { timeout: 30_000 });
}

/** The page's navigations (`goto`, `reload`) return once the app has taken the page over. */
function navigationsWaitForApp(page: Page): void {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await appTookOver(page);
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await appTookOver(page);
    return response;
  };
}

/** A fresh context (its own storage) and page; page errors fail the test that reads them. */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', ...options });
  // Every page of the context, this one and those opened later (an audience window, a second tab).
  context.on('page', navigationsWaitForApp);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}
