import { SLIDE_CANVAS } from '../types.ts';

/**
 * The width and height of the slide canvas inside its padding: what a face and a diagram are laid
 * out in. Kept out of `types.ts`, which the client imports: a computed constant there would make
 * that module run-time code shared by every chunk.
 */
export const CANVAS_CONTENT = {
  width: SLIDE_CANVAS.width - 2 * SLIDE_CANVAS.paddingX,
  height: SLIDE_CANVAS.height - 2 * SLIDE_CANVAS.paddingY,
} as const;
