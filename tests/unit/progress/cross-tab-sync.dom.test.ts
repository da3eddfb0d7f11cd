import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import v1Fixture from '../../fixtures/progress/progress-v1.json';
import { PROGRESS_STORAGE_KEY } from '../../../src/progress/progress-data.ts';
import type { ProgressData } from '../../../src/progress/progress-schema.ts';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let store: Awaited<ReturnType<typeof openPage>>['useProgressStore'];
let stop: () => void;
let merged: () => Promise<void>;

/** A fresh page: its own store, listening to other tabs. */
async function openPage() {
  vi.resetModules();
  const { useProgressStore } = await import('../../../src/progress/progress-store.ts');
  const { startCrossTabSync, crossTabSettled } = await import('../../../src/progress/cross-tab-sync.ts');
  await vi.waitFor(() => expect(useProgressStore.persist.hasHydrated()).toBe(true));
  return { useProgressStore, startCrossTabSync, crossTabSettled };
}

/** What another tab does when it saves: write the key, which fires `storage` in this tab. */
async function otherTabSaves(raw: string): Promise<void> {
  localStorage.setItem(PROGRESS_STORAGE_KEY, raw);
  window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_STORAGE_KEY, newValue: raw }));
  await merged();
}

function savedState(): ProgressData {
  return JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? 'null').state;
}

const otherTab: ProgressData = {
  profile: { displayName: 'Li Ming', employeeId: 'E7', team: 'Ops', updatedAt: Date.now() + 60_000 },
  chapters: {
    kpis: {
      seen: { intro: 50, formula: 300 },
      attempts: [{ id: 'attempt-b', at: 310, score: 0.9, answers: {}, quizIds: ['q1'], seed: 1 }],
      completedAt: null,
    },
  },
  lastPosition: { chapterId: 'kpis', slideId: 'formula', at: 300 },
  outbox: [{ id: 'event-b', type: 'slide_seen', at: 300, chapterId: 'kpis', slideId: 'formula', acked: true }],
};

beforeEach(async () => {
  const page = await openPage();
  store = page.useProgressStore;
  stop = page.startCrossTabSync();
  merged = page.crossTabSettled;
});

afterEach(() => stop());

describe('startCrossTabSync', () => {
  it("merges the other tab's save into ours and saves the union", async () => {
    store.getState().setProfile({ displayName: 'Li', employeeId: null, team: null });
    store.getState().markSlideSeen('kpis', 'intro', 100);
    store.getState().markSlideSeen('kpis', 'cases', 200);
    store.getState().setPosition('kpis', 'cases', 200);
    await settle();

    await otherTabSaves(JSON.stringify({ version: 2, state: otherTab }));
    const state = store.getState();
    expect(state.chapters.kpis?.seen).toEqual({ intro: 50, cases: 200, formula: 300 });
    expect(state.chapters.kpis?.attempts.map((a) => a.id)).toEqual(['attempt-b']);
    expect(state.lastPosition).toEqual(otherTab.lastPosition);
    expect(state.profile).toEqual(otherTab.profile);
    expect(state.outbox.map((e) => e.slideId)).toEqual(['intro', 'cases', 'formula']);

    await settle();
    expect(savedState().chapters.kpis?.seen).toEqual({ intro: 50, cases: 200, formula: 300 });
    expect(savedState().outbox).toHaveLength(3);
  });

  it('keeps an acknowledgement made in either tab', async () => {
    store.getState().markSlideSeen('kpis', 'intro', 100);
    const [event] = store.getState().outbox;
    if (event === undefined) throw new Error('expected an event');
    await otherTabSaves(JSON.stringify({ version: 2, state: { ...otherTab, outbox: [{ ...event, acked: true }] } }));
    expect(store.getState().pendingEvents()).toEqual([]);
  });

  it('neither re-renders nor writes when the other tab holds nothing new', async () => {
    store.getState().markSlideSeen('kpis', 'intro', 100);
    await settle();
    const before = store.getState();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    window.dispatchEvent(
      new StorageEvent('storage', { key: PROGRESS_STORAGE_KEY, newValue: localStorage.getItem(PROGRESS_STORAGE_KEY) }),
    );
    await merged();
    await settle();
    expect(store.getState()).toBe(before);
    expect(setItem).not.toHaveBeenCalled();
  });

  it('writes back when only this tab has something the other lacks, reusing our objects', async () => {
    store.getState().markSlideSeen('kpis', 'intro', 100);
    store.getState().markSlideSeen('funnel', 'stages', 120);
    await settle();
    const chapters = store.getState().chapters;
    await otherTabSaves(JSON.stringify({ version: 2, state: { ...savedState(), chapters: { kpis: chapters.kpis } } }));
    expect(store.getState().chapters.funnel).toBe(chapters.funnel);
    await settle();
    expect(Object.keys(savedState().chapters).sort()).toEqual(['funnel', 'kpis']);
  });

  it('merges a save from a tab still running the v1 build', async () => {
    store.getState().markSlideSeen('kpis', 'intro', 100);
    await otherTabSaves(JSON.stringify(v1Fixture));
    expect(Object.keys(store.getState().chapters).sort()).toEqual(['funnel', 'kpis', 'retention']);
  });

  it('backs up an unreadable save from another tab and replaces it with ours', async () => {
    store.getState().markSlideSeen('kpis', 'intro', 100);
    await otherTabSaves('{"version":2,"state":');
    const issue = store.getState().storageIssue;
    expect(issue?.kind).toBe('recovered-corrupt');
    expect(localStorage.getItem(issue?.backupKey ?? '')).toBe('{"version":2,"state":');
    await settle();
    expect(savedState().chapters.kpis?.seen).toEqual({ intro: 100 });
  });

  it('stops saving when a newer build saves in another tab, leaving its data intact', async () => {
    const newer = '{"version":3,"state":{}}';
    await otherTabSaves(newer);
    expect(store.getState().storageIssue?.kind).toBe('foreign-version');
    store.getState().markSlideSeen('kpis', 'intro', 100);
    await settle();
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBe(newer);
  });

  it('ignores other keys, removals, and everything once stopped', async () => {
    window.dispatchEvent(new StorageEvent('storage', { key: 'courseware:locale', newValue: '{}' }));
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_STORAGE_KEY, newValue: null }));
    stop();
    await otherTabSaves(JSON.stringify({ version: 2, state: otherTab }));
    expect(store.getState().chapters).toEqual({});
    expect(store.getState().storageIssue).toBeNull();
  });
});
