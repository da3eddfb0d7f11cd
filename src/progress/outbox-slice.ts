import type { ProgressEvent } from './progress-schema.ts';
import type { ProgressSliceCreator } from './progress-state.ts';
import { selectPendingEvents } from './selectors.ts';

export interface OutboxSlice {
  /** Progress events in the order they happened; actions append, the sync acknowledges. */
  outbox: ProgressEvent[];
  ackEvents: (ids: readonly string[]) => void;
  pendingEvents: () => ProgressEvent[];
}

export const createOutboxSlice: ProgressSliceCreator<OutboxSlice> = (set, get) => ({
  outbox: [],
  ackEvents: (ids) => {
    const acked = new Set(ids);
    const { outbox } = get();
    if (!outbox.some((event) => !event.acked && acked.has(event.id))) return;
    set({ outbox: outbox.map((event) => (!event.acked && acked.has(event.id) ? { ...event, acked: true } : event)) });
  },
  pendingEvents: () => selectPendingEvents(get()),
});
