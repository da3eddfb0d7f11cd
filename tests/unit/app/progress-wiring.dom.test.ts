import { describe, expect, it } from 'vitest';
import { course } from '../../../src/course/course.ts';
import { PROGRESS_STORAGE_KEY, emptyProgress } from '../../../src/progress/progress-data.ts';
import { crossTabSettled } from '../../../src/progress/cross-tab-sync.ts';
import { useProgressStore } from '../../../src/progress/progress-store.ts';
import { startProgressWiring } from '../../../src/app/progress-wiring.ts';

describe('startProgressWiring', () => {
  it('configures the course and merges saves from other tabs, once however often it is called', async () => {
    startProgressWiring();
    startProgressWiring();
    expect(useProgressStore.getState().course).toBe(course);

    const theirs = { ...emptyProgress(), chapters: { kpis: { seen: { barometer: 5 }, attempts: [], completedAt: null } } };
    const raw = JSON.stringify({ version: 2, state: theirs });
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_STORAGE_KEY, newValue: raw }));
    await crossTabSettled();
    expect(useProgressStore.getState().chapters.kpis?.seen).toEqual({ barometer: 5 });
  });
});
