import type { StateCreator } from 'zustand';
import type { ChaptersSlice } from './chapters-slice.ts';
import type { CourseSlice } from './course-slice.ts';
import type { OutboxSlice } from './outbox-slice.ts';
import type { PositionSlice } from './position-slice.ts';
import type { ProfileSlice } from './profile-slice.ts';
import type { StatusSlice } from './status-slice.ts';

export type ProgressState = ProfileSlice & ChaptersSlice & PositionSlice & OutboxSlice & StatusSlice & CourseSlice;

/** A slice creator of the combined store, which `persist` wraps. */
export type ProgressSliceCreator<Slice> = StateCreator<ProgressState, [['zustand/persist', unknown]], [], Slice>;
