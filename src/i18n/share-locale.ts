import type { Locale } from '../content/types.ts';
import { LOCALE_COOKIE } from '../prerender/page-index.ts';
import { storeLocale } from '../sw/locale-cache.ts';
import { useLocaleStore } from './locale-store.ts';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

function remember(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
  // Storage may be refused (private browsing): the service worker then sends the original's pages.
  storeLocale(locale).catch(() => undefined);
}

/**
 * Mirrors the learner's language, now and on every change, where the server (a cookie) and the
 * service worker (a cache entry) read it to send pages already in that language.
 */
export function shareLocale(): void {
  remember(useLocaleStore.getState().locale);
  useLocaleStore.subscribe((state, previous) => {
    if (state.locale !== previous.locale) remember(state.locale);
  });
}
