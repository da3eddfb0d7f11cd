import { act } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { prerender } from 'react-dom/static';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/content/types.ts';
import { ENROLLMENT_KEY } from '../../src/sync/enrollment-key.ts';

/**
 * A prerendered page is rendered as a first visitor would see it (at build time, by modules of
 * its own); the learner who opens it may have progress, a cohort, settings and a language of
 * their own, which the browser's fresh modules load from storage. Hydration must take the markup
 * as it is (React reports any difference as a recoverable error), then show the learner's state.
 */
let root: Root | null = null;
// As in browsers (the build's Node has none): charts wait until they come near the screen.
class NoIntersections {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', NoIntersections);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  localStorage.clear();
});

/** The page as the build renders it: the server's modules, in a registry of their own. */
async function renderAtBuildTime(path: string, locale: Locale, chapterId: string | null): Promise<string> {
  vi.resetModules();
  const { renderPage } = await import('../../src/prerender/render-page.tsx');
  const { html } = await renderPage(path, locale, chapterId);
  // The static renderer leaves the last page's context values in place between renders (the
  // build renders nothing else in its process); rendering an empty tree clears them before the
  // browser's renderer shares this test's React.
  await prerender(<></>);
  return html;
}

/** What the browser has stored for a learner who has been here before. */
async function returningLearner(locale: Locale): Promise<void> {
  vi.resetModules();
  const { useProgressStore } = await import('../../src/progress/progress-store.ts');
  const { useDisplayStore } = await import('../../src/features/settings/display-store.ts');
  const { useLocaleStore } = await import('../../src/i18n/locale-store.ts');
  const { chapterRecord } = await import('./progress-helpers.ts');
  localStorage.setItem(ENROLLMENT_KEY, JSON.stringify({ learnerId: 'l1', token: 'TokenTokenTokenToken1234', cohort: { id: 'c1', name: 'Spring', dueDate: '2030-06-30' } }));
  useProgressStore.setState({
    chapters: {
      overview: chapterRecord('overview', { seen: ['welcome', 'what-is-operations'] }),
      roles: chapterRecord('roles', { scores: [0.9], completedAt: 2_000 }),
    },
  });
  useDisplayStore.setState({ scheme: 'dark', textSize: 130 });
  useLocaleStore.setState({ locale });
}

async function hydrate(path: string, locale: Locale, chapterId: string | null, at = path): Promise<{ container: HTMLElement; recoverable: unknown[] }> {
  const html = await renderAtBuildTime(path, locale, chapterId);
  await returningLearner(locale);
  // The browser's modules: loaded afresh, from what is stored.
  vi.resetModules();
  const { App } = await import('../../src/app/app.tsx');
  const { preloadRoute } = await import('../../src/app/routes.tsx');
  const container = document.createElement('div');
  container.id = 'root';
  container.dataset.locale = locale;
  container.innerHTML = html;
  document.body.append(container);
  window.history.replaceState(null, '', at);
  const serverText = container.textContent;
  await preloadRoute(at);
  const recoverable: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <App />
      </StrictMode>,
      { onRecoverableError: (error) => void recoverable.push(error) },
    );
  });
  expect(serverText?.length).toBeGreaterThan(50);
  return { container, recoverable };
}

describe('hydrating prerendered pages for a returning learner', () => {
  const pages: Array<[at: string, page: string, chapterId: string | null, heading: string]> = [
    ['/', '/', null, 'Business Operations Training'],
    ['/learn/overview', '/learn/overview', 'overview', 'Operations Overview'],
    // Its first screen has a practice quiz, whose options are shuffled.
    ['/learn/kpis', '/learn/kpis', 'kpis', 'Key Operating Metrics'],
    ['/present/overview/bridge', '/present/overview/bridge', 'overview', 'Operations Overview'],
    // Slide mode without a slide is sent the first slide's page.
    ['/present/overview', '/present/overview/welcome', 'overview', 'Operations Overview'],
    ['/calculators', '/calculators', null, 'KPI calculators'],
    ['/calculators/roi', '/calculators/roi', null, 'Return on investment (ROI)'],
    ['/calculators/conversionRate', '/calculators/conversionRate', null, 'Conversion rate'],
    ['/progress', '/progress', null, 'Your progress'],
  ];

  it.each(pages)('%s takes the markup as it is, then shows the learner’s state', async (at, page, chapterId, heading) => {
    const errors = vi.spyOn(console, 'error');
    const { container, recoverable } = await hydrate(page, 'en', chapterId, at);
    expect(recoverable).toEqual([]);
    expect(errors.mock.calls.filter(([message]) => /hydrat|did not match|server rendered/i.test(String(message)))).toEqual([]);
    expect(container.querySelector('h1')?.textContent).toBe(heading);
    expect(container.dataset.locale).toBeUndefined();
  });

  it('shows the learner’s progress once hydrated', async () => {
    const { container } = await hydrate('/progress', 'en', null);
    await vi.waitFor(() => expect(container.textContent).toMatch(/1 of 10 chapters complete/i));
  });
});
