import { describe, expect, it, vi } from 'vitest';
import v1Fixture from '../../fixtures/progress/progress-v1.json';
import { testChapter, testCourse } from '../../fixtures/progress/course.ts';
import { PROGRESS_STORAGE_KEY } from '../../../src/progress/progress-data.ts';
import { BACKUP_KEY_PREFIX } from '../../../src/progress/progress-storage.ts';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Loads the store as a fresh page would: it reads localStorage while the module initialises. */
async function openPage() {
  vi.resetModules();
  const { useProgressStore } = await import('../../../src/progress/progress-store.ts');
  await vi.waitFor(() => expect(useProgressStore.persist.hasHydrated()).toBe(true));
  return useProgressStore;
}

function saved(): { version: number; state: Record<string, unknown> } {
  return JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? 'null');
}

function backupKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(BACKUP_KEY_PREFIX));
}

function quotaExceeded(): never {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('saving and restoring', () => {
  it('saves only the facts, as version 2, and restores them on the next visit', async () => {
    const first = await openPage();
    first.getState().configureCourse(testCourse([testChapter('kpis', ['intro'])]));
    first.getState().markSlideSeen('kpis', 'intro', 100);
    first.getState().setPosition('kpis', 'intro', 101);
    await settle();
    expect(saved().version).toBe(2);
    expect(Object.keys(saved().state).sort()).toEqual(['chapters', 'lastPosition', 'outbox', 'profile']);

    const second = await openPage();
    expect(second.getState().chapters).toEqual(first.getState().chapters);
    expect(second.getState().outbox).toEqual(first.getState().outbox);
    expect(second.getState().lastPosition).toEqual({ chapterId: 'kpis', slideId: 'intro', at: 101 });
    expect(second.getState().storageIssue).toBeNull();
  });

  it('never lets a change made while the saved data is read replace it, and saves the merge', async () => {
    const first = await openPage();
    first.getState().markSlideSeen('kpis', 'intro', 100);
    first.getState().setPosition('kpis', 'intro', 101);
    await settle();

    // A new page: the app configures the course before the saved data has been read.
    vi.resetModules();
    const { useProgressStore } = await import('../../../src/progress/progress-store.ts');
    useProgressStore.getState().configureCourse(testCourse([testChapter('kpis', ['intro', 'formula'])]));
    useProgressStore.getState().markSlideSeen('kpis', 'formula', 200);
    await vi.waitFor(() => expect(useProgressStore.persist.hasHydrated()).toBe(true));
    await settle();
    expect(Object.keys(useProgressStore.getState().chapters.kpis?.seen ?? {}).sort()).toEqual(['formula', 'intro']);
    expect(saved().state.chapters).toEqual(useProgressStore.getState().chapters);
    expect(saved().state.lastPosition).toEqual({ chapterId: 'kpis', slideId: 'intro', at: 101 });
  });

  it('leaves the saved data as it is when nothing changed during the visit', async () => {
    const first = await openPage();
    first.getState().markSlideSeen('kpis', 'intro', 100);
    await settle();
    const before = localStorage.getItem(PROGRESS_STORAGE_KEY);

    vi.resetModules();
    const { useProgressStore } = await import('../../../src/progress/progress-store.ts');
    useProgressStore.getState().configureCourse(testCourse([testChapter('kpis', ['intro'])]));
    await vi.waitFor(() => expect(useProgressStore.persist.hasHydrated()).toBe(true));
    await settle();
    expect(JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY)!).state.chapters).toEqual(JSON.parse(before!).state.chapters);
  });

  it('coalesces a burst of actions into one write', async () => {
    const store = await openPage();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    for (let i = 0; i < 50; i++) store.getState().markSlideSeen('kpis', `s${i}`, i);
    await settle();
    expect(setItem).toHaveBeenCalledTimes(1);
  });
});

describe('migration from version 1', () => {
  it('upgrades a v1 save, keeps every fact and writes it back as v2', async () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(v1Fixture));
    const store = await openPage();
    const savedAt = v1Fixture.state.savedAt;
    expect(store.getState().chapters.retention).toMatchObject({
      seen: { intro: savedAt, formula: savedAt, cohorts: savedAt },
      attempts: [{ id: 'v1-retention', score: 0.75, quizIds: ['q-retention-rate', 'q-churn'] }],
      completedAt: null,
    });
    expect(store.getState().chapters.funnel).toEqual({ seen: { intro: savedAt }, attempts: [], completedAt: savedAt });
    expect(store.getState().profile?.displayName).toBe('李明');
    expect(store.getState().storageIssue).toBeNull();
    await settle();
    expect(saved().version).toBe(2);
    expect(saved().state.chapters).toEqual(store.getState().chapters);
  });
});

describe('unreadable saved data', () => {
  it.each([
    ['unreadable JSON', '{"version":2,"state":{"chapters":', 'recovered-corrupt'],
    ['a wrong shape', '{"version":2,"state":{"profile":null,"chapters":{"kpis":{"seen":["intro"]}},"lastPosition":null,"outbox":[]}}', 'recovered-corrupt'],
    ['a missing version', '{"state":{"profile":null,"chapters":{},"lastPosition":null,"outbox":[]}}', 'recovered-corrupt'],
    ['a version from the future', '{"version":3,"state":{"learner":{},"courses":{}}}', 'foreign-version'],
  ])('backs up %s, starts fresh and tells the learner', async (_name, raw, kind) => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, raw);
    const store = await openPage();
    const issue = store.getState().storageIssue;
    expect(issue).toMatchObject({ kind, backupKey: expect.stringMatching(/^courseware:progress:backup:\d+/) });
    expect(localStorage.getItem(issue?.backupKey ?? '')).toBe(raw);
    expect(store.getState().chapters).toEqual({});

    store.getState().markSlideSeen('kpis', 'intro', 5);
    await settle();
    expect(saved().state.chapters).toEqual({ kpis: { seen: { intro: 5 }, attempts: [], completedAt: null } });
    expect(localStorage.getItem(issue?.backupKey ?? '')).toBe(raw);
  });

  it('does not pile up backups of the same data on every reload', async () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, 'not json');
    const first = await openPage();
    const second = await openPage();
    expect(backupKeys()).toHaveLength(1);
    expect(second.getState().storageIssue?.backupKey).toBe(first.getState().storageIssue?.backupKey);
  });

  it('stops saving rather than overwrite data it could not back up', async () => {
    const raw = '{"version":9,"state":{}}';
    localStorage.setItem(PROGRESS_STORAGE_KEY, raw);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(quotaExceeded);
    const store = await openPage();
    expect(store.getState().storageIssue).toEqual({ kind: 'foreign-version', at: expect.any(Number) });
    setItem.mockRestore();
    store.getState().markSlideSeen('kpis', 'intro', 5);
    await settle();
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBe(raw);
    expect(store.getState().chapters.kpis?.seen).toEqual({ intro: 5 });
  });

  it('backs up the old data when a migration fails', async () => {
    const store = await openPage();
    store.persist.setOptions({
      migrate: () => {
        throw new Error('migration failed');
      },
    });
    const raw = JSON.stringify(v1Fixture);
    localStorage.setItem(PROGRESS_STORAGE_KEY, raw);
    await store.persist.rehydrate();
    const issue = store.getState().storageIssue;
    expect(issue?.kind).toBe('recovered-corrupt');
    expect(localStorage.getItem(issue?.backupKey ?? '')).toBe(raw);
  });
});

describe('a failing save', () => {
  it('keeps the state in memory and reports the issue once', async () => {
    const store = await openPage();
    store.getState().markSlideSeen('kpis', 'intro', 1);
    await settle();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(quotaExceeded);
    store.getState().markSlideSeen('kpis', 'formula', 2);
    await settle();
    await settle();
    expect(store.getState().storageIssue).toMatchObject({ kind: 'quota' });
    expect(store.getState().chapters.kpis?.seen).toEqual({ intro: 1, formula: 2 });
    expect(setItem.mock.calls.length).toBeLessThanOrEqual(2);
    expect(saved().state.chapters).toEqual({ kpis: { seen: { intro: 1 }, attempts: [], completedAt: null } });

    setItem.mockRestore();
    store.getState().dismissStorageIssue();
    await settle();
    expect(store.getState().storageIssue).toBeNull();
    expect(saved().state.chapters).toEqual({ kpis: { seen: { intro: 1, formula: 2 }, attempts: [], completedAt: null } });
  });
});
