import type { ComponentType } from 'react';
import type { Chapter, Slide } from '../../content/types.ts';

/**
 * Extra UI the app mounts into a deck for the slide on show (e.g. the live-session panel). In the
 * presenter view, a slot whose root element carries `data-presenter-expanded` is given a column of
 * its own on wide screens.
 */
export type DeckSlot = ComponentType<{ chapter: Chapter; slide: Slide }>;
