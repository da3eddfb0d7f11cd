import type { StoreApi } from 'zustand';
import type { CourseManifest } from '../../content/types.ts';
import { mergeProgress } from '../../progress/merge-progress.ts';
import { pickProgressData } from '../../progress/progress-data.ts';
import type { ProgressState } from '../../progress/progress-state.ts';
import type { ChapterFacts } from '../course-record.ts';
import { resumeHash } from '../resume-route.ts';
import { heldChapters, snapshotToProgress } from '../suspend-data.ts';
import { parseLessonLocation } from './cmi-values.ts';
import { browserClock, type Clock } from './commit-throttle.ts';
import type { Scorm12Launch } from './launch.ts';
import { createScorm12Reporter, type Scorm12Reporter } from './reporter.ts';

/** The progress store as the adapter uses it: zustand with `persist`. */
export interface ProgressStoreApi extends StoreApi<ProgressState> {
  persist: {
    hasHydrated(): boolean;
    onFinishHydration(listener: (state: ProgressState) => void): () => void;
  };
}

export interface Scorm12Options {
  window: Window;
  launch: Extract<Scorm12Launch, { kind: 'connected' }>;
  store: ProgressStoreApi;
  manifest: CourseManifest;
  loadChapter: (chapterId: string) => Promise<ChapterFacts>;
  clock?: Clock;
  /** How long to wait for the browser's saved progress before reporting without it. */
  hydrationTimeoutMs?: number;
  /** Told when the LMS stops (false) or starts again (true) taking what is written. */
  onHealth?: (recording: boolean) => void;
}

export interface Scorm12Session {
  /** Settles once saved and LMS progress are merged and reporting has begun. */
  ready: Promise<void>;
  reporter(): Scorm12Reporter | null;
}

/**
 * Reports the course to the LMS session `launch` opened. Synchronously, before the app renders:
 * on a launch at the course's start, moves the route to the bookmarked slide. Then, once the
 * browser's saved progress (this learner's, this attempt's) is loaded: merges what the LMS holds
 * into it and reports every change.
 */
export function startScorm12(options: Scorm12Options): Scorm12Session {
  const { window: win, store, manifest, launch } = options;
  const { connection } = launch;
  const clock = options.clock ?? browserClock;
  const startedAt = clock.now();
  const restored = launch.held === null ? null : snapshotToProgress(launch.held, manifest);

  const bookmark = parseLessonLocation(launch.data.lessonLocation, manifest) ?? restored?.lastPosition ?? null;
  const hash = resumeHash(win.location.hash, bookmark);
  if (hash !== null) win.history.replaceState(win.history.state, '', hash);

  let reporter: Scorm12Reporter | null = null;
  let finished = false;
  let unsubscribe = (): void => undefined;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    unsubscribe();
    if (reporter === null) connection.finish();
    else reporter.finish();
  };
  win.addEventListener('pagehide', finish);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') reporter?.flush();
  });

  const ready = whenHydrated(store, clock, options.hydrationTimeoutMs ?? 3000).then(() => {
    if (finished) return;
    if (restored !== null) store.setState(mergeProgress(pickProgressData(store.getState()), restored));
    // Stamps the chapters the merged facts complete.
    store.getState().configureCourse(manifest);
    const state = store.getState();
    const started = createScorm12Reporter({
      connection,
      manifest,
      launch: launch.data,
      mode: launch.mode,
      attempt: launch.attempt,
      held: heldChapters(launch.held),
      clock,
      startedAt,
      loadChapter: options.loadChapter,
      knownAttemptIds: Object.values(state.chapters).flatMap((record) => record.attempts.map((attempt) => attempt.id)),
      onHealth: options.onHealth,
    });
    reporter = started;
    started.report(state);
    unsubscribe = store.subscribe((next, previous) => {
      if (next.chapters === previous.chapters && next.lastPosition === previous.lastPosition) return;
      // A listener that threw would fail the learner's own action in the store.
      try {
        started.report(next);
      } catch {
        // The next change reports again.
      }
    });
  });
  return { ready: ready.catch(() => undefined), reporter: () => reporter };
}

function whenHydrated(store: ProgressStoreApi, clock: Clock, timeoutMs: number): Promise<void> {
  if (store.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      stop();
      clock.clearTimeout(timer);
      resolve();
    };
    const stop = store.persist.onFinishHydration(done);
    // Saved data that fails to load never finishes hydration; report what there is.
    const timer = clock.setTimeout(done, timeoutMs);
  });
}
