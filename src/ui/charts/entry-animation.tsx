import { createContext, useContext } from 'react';
import { useAllChartsRequested } from './chart-demand.ts';
import { useReducedMotion } from './use-reduced-motion.ts';

const StillContext = createContext(false);

/**
 * Marks content rendered ahead of being seen (a slide waiting behind the one on show): entry
 * animations there would play unseen and take the main thread from the slide that is.
 */
export const StillContent = StillContext.Provider;

/**
 * Whether a chart should animate its entry: not when motion is reduced, nor in still content, nor
 * once the page is being made ready to print (paper would catch a line half drawn).
 */
export function useEntryAnimation(): boolean {
  const still = useContext(StillContext);
  const printing = useAllChartsRequested();
  return !useReducedMotion() && !still && !printing;
}
