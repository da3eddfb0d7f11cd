import type { Locale } from '../content/types.ts';
import { localeOrDefault } from '../prerender/page-index.ts';

/**
 * The learner's language where the service worker can read it (it sees neither the page's
 * storage nor its cookies): one entry in a cache of its own, written by the page.
 */
const CACHE = 'courseware-locale';
const KEY = '/locale';

export async function storeLocale(locale: Locale): Promise<void> {
  if (typeof caches === 'undefined') return;
  await (await caches.open(CACHE)).put(KEY, new Response(locale));
}

export async function readStoredLocale(): Promise<Locale> {
  try {
    const stored = await (await caches.open(CACHE)).match(KEY);
    return localeOrDefault(stored ? await stored.text() : null);
  } catch {
    return localeOrDefault(null);
  }
}
