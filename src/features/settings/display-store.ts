import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** `system` follows the device's light or dark setting; the others override it. */
export const COLOR_SCHEMES = ['system', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/** Text size steps, in percent of the browser's default size. */
export const TEXT_SIZES = [100, 115, 130] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const DISPLAY_STORAGE_KEY = 'courseware:display';

export interface DisplayPreferences {
  scheme: ColorScheme;
  textSize: TextSize;
}

interface DisplayState extends DisplayPreferences {
  setScheme: (scheme: ColorScheme) => void;
  setTextSize: (textSize: TextSize) => void;
}

const DEFAULTS: DisplayPreferences = { scheme: 'system', textSize: 100 };

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The learner's colour scheme and text size, remembered in this browser. */
export const useDisplayStore = create<DisplayState>()(
  persist(
    (set) => ({
      ...DEFAULTS,
      setScheme: (scheme) => set({ scheme }),
      setTextSize: (textSize) => set({ textSize }),
    }),
    {
      name: DISPLAY_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ scheme, textSize }) => ({ scheme, textSize }),
      // Values this version does not know (edited by hand, or from a newer build) fall back.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<Record<keyof DisplayPreferences, unknown>>;
        return {
          ...current,
          scheme: pick(COLOR_SCHEMES, stored.scheme, current.scheme),
          textSize: pick(TEXT_SIZES, stored.textSize, current.textSize),
        };
      },
    },
  ),
);

/**
 * Puts the preferences on `<html>`: `data-theme="light|dark"` when the learner overrides the
 * system scheme (absent otherwise, so the stylesheet's `prefers-color-scheme` query decides),
 * and the root font size through the `--text-size` custom property.
 */
export function applyDisplay({ scheme, textSize }: DisplayPreferences, root: HTMLElement = document.documentElement): void {
  if (scheme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', scheme);
  if (textSize === 100) root.style.removeProperty('--text-size');
  else root.style.setProperty('--text-size', `${textSize}%`);
}
