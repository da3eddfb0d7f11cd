import { requireTime } from './input-guards.ts';
import type { Position } from './progress-schema.ts';
import type { ProgressSliceCreator } from './progress-state.ts';

export interface PositionSlice {
  lastPosition: Position | null;
  setPosition: (chapterId: string, slideId: string, at?: number) => void;
}

export const createPositionSlice: ProgressSliceCreator<PositionSlice> = (set) => ({
  lastPosition: null,
  setPosition: (chapterId, slideId, at = Date.now()) => {
    requireTime(at);
    set({ lastPosition: { chapterId, slideId, at } });
  },
});
