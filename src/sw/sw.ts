/**
 * The service worker: every file of the build precached, so the course opens offline once
 * installed; a navigation gets its prerendered page in the learner's language where one was
 * precached, else the app shell. Built by the offline-support build step (src/build/pwa-plugin.ts).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { PAGE_INDEX_FILE, prerenderedPage, type PageIndex } from '../prerender/page-index.ts';
import { readStoredLocale } from './locale-cache.ts';

declare const self: {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting: () => Promise<void>;
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install controls the open page at once; later versions wait for the learner.
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

let pageIndex: Promise<PageIndex | null> | null = null;
function readPageIndex(): Promise<PageIndex | null> {
  pageIndex ??= matchPrecache(`/${PAGE_INDEX_FILE}`).then((response) => (response ? (response.json() as Promise<PageIndex>) : null), () => null);
  return pageIndex;
}

async function pageFor(url: URL): Promise<Response | undefined> {
  const [index, locale] = await Promise.all([readPageIndex(), readStoredLocale()]);
  const file = prerenderedPage(index, locale, url.pathname + url.search);
  return file === null ? undefined : matchPrecache(`/${file}`);
}

// Addresses of the app (never the API): the page, the shell, or the network as a last resort.
registerRoute(
  new NavigationRoute(async ({ url, request }) => (await pageFor(url)) ?? (await matchPrecache('/index.html')) ?? fetch(request), {
    denylist: [/^\/api(\/|$)/],
  }),
);
