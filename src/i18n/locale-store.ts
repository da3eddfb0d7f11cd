import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../content/types.ts';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

/** The learner's interface and content language, remembered across visits. */
export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      locale: DEFAULT_LOCALE,
      setLocale: (locale) => set({ locale }),
    }),
    {
      name: 'courseware:locale',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ locale: s.locale }),
      // A stored value this version does not know (edited by hand, or from a newer build) falls back.
      merge: (persisted, current) => {
        const locale = (persisted as { locale?: unknown } | undefined)?.locale;
        return { ...current, locale: (LOCALES as readonly unknown[]).includes(locale) ? (locale as Locale) : current.locale };
      },
    },
  ),
);

const currentLocale = () => useLocaleStore.getState().locale;

/**
 * The locale, the same during hydration as after it: a prerendered page is chosen by the locale the
 * learner chose, so the stored value (not the store's default) is what the page was rendered in.
 */
export function useLocale(): Locale {
  return useSyncExternalStore(useLocaleStore.subscribe, currentLocale, currentLocale);
}
