import type { StoreApi } from 'zustand';
import type { CourseManifest, QuizBlock } from '../../content/types.ts';
import { mergeProgress } from '../../progress/merge-progress.ts';
import { emptyProgress, pickProgressData } from '../../progress/progress-data.ts';
import type { ProgressState } from '../../progress/progress-state.ts';
import { claimLocalProgress } from '../learner-guard.ts';
import { resumeHash } from '../resume-route.ts';
import { decodeSuspendData } from '../suspend-data.ts';
import { parseLessonLocation } from './cmi-values.ts';
import { browserClock, type Clock } from './commit-throttle.ts';
import { findScorm12Api } from './find-api.ts';
import { readLaunchData } from './launch-data.ts';
import { openLmsConnection } from './lms-connection.ts';
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
  store: ProgressStoreApi;
  manifest: CourseManifest;
  loadQuizzes: (chapterId: string) => Promise<QuizBlock[]>;
  clock?: Clock;
  /** How long to wait for the browser's saved progress before reporting without it. */
  hydrationTimeoutMs?: number;
}

export interface Scorm12Session {
  /** Settles once saved and LMS progress are merged and reporting has begun. */
  ready: Promise<void>;
  reporter(): Scorm12Reporter | null;
}

/**
 * Connects the course to the LMS it was launched from, if any. Synchronously, before the app
 * renders: finds the API, opens the session and, on a launch at the course's start, moves the
 * route to the bookmarked slide. Then, once the browser's saved progress is loaded: merges what
 * the LMS holds into it and reports every change. Returns null (and does nothing) outside an LMS.
 */
export function startScorm12(options: Scorm12Options): Scorm12Session | null {
  const { window: win, store, manifest } = options;
  const clock = options.clock ?? browserClock;
  const api = findScorm12Api(win);
  const connection = api === null ? null : openLmsConnection(api);
  if (connection === null) return null;
  const startedAt = clock.now();
  const launch = readLaunchData(connection);
  const restored = decodeSuspendData(launch.suspendData, manifest);

  const bookmark = parseLessonLocation(launch.lessonLocation, manifest) ?? restored?.lastPosition ?? null;
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
    // Progress another learner left in this browser is not this learner's to report.
    if (claimLocalProgress(storageOf(win), launch.studentId) === 'other') store.setState(emptyProgress());
    if (restored !== null) store.setState(mergeProgress(pickProgressData(store.getState()), restored));
    // Stamps the chapters the merged facts complete.
    store.getState().configureCourse(manifest);
    const state = store.getState();
    const started = createScorm12Reporter({
      connection,
      manifest,
      launch,
      clock,
      startedAt,
      loadQuizzes: options.loadQuizzes,
      knownAttemptIds: Object.values(state.chapters).flatMap((record) => record.attempts.map((attempt) => attempt.id)),
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

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
