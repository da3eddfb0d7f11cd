import Cmi5, { type LaunchData } from '@xapi/cmi5';
import type { Agent } from '@xapi/xapi';
import type { CourseManifest } from '../../content/types.ts';
import { mergeProgress } from '../../progress/merge-progress.ts';
import { pickProgressData } from '../../progress/progress-data.ts';
import type { ProgressData } from '../../progress/progress-schema.ts';
import type { ConnectionBanner } from '../connection-banner.ts';
import { judgeCourse, type ChapterFacts } from '../course-record.ts';
import type { ProgressStoreApi } from '../scorm12/start-scorm12.ts';
import { decodeSnapshot, encodeSuspendData, heldChapters, snapshotToProgress } from '../suspend-data.ts';
import type { Cmi5LaunchParams } from './launch.ts';
import { planStatements, type Cmi5Step, type Cmi5Told } from './statement-plan.ts';
import { terminatedStatement } from './terminated.ts';

export interface Cmi5Options {
  window: Window;
  params: Cmi5LaunchParams;
  store: ProgressStoreApi;
  manifest: CourseManifest;
  loadChapter: (chapterId: string) => Promise<ChapterFacts>;
  banner: ConnectionBanner;
}

export interface Cmi5Session {
  /** Settles once every statement and state write asked for so far has been sent (or has failed). */
  settled(): Promise<void>;
}

/** The AU's own state document: the learner's record (the `suspend_data` encoding) and what the LMS was told. */
export const STATE_ID = 'https://courseware.example/xapi/state/progress';

interface StateDocument extends Cmi5Told {
  record: string;
}

/**
 * Runs one cmi5 AU session (cmi5 sections 8–10) with the `@xapi/cmi5` client: the launch
 * handshake (auth token from the fetch URL, `LMS.LaunchData`, learner preferences) and
 * "initialized", then the statements `planStatements` calls for as the learner's record changes,
 * and "terminated" when the page is left. In Browse and Review mode only "initialized" and
 * "terminated" are sent. The learner's record is kept in the AU's state document, so another
 * computer resumes it.
 */
export async function startCmi5(options: Cmi5Options): Promise<Cmi5Session | null> {
  const { window: win, params, store, manifest, banner } = options;
  const reload = () => {
    win.location.reload();
    return false;
  };
  const cmi5 = new Cmi5({ ...params, actor: params.actor as Agent });
  try {
    await cmi5.initialize();
  } catch {
    banner.show('refused', reload);
    return null;
  }
  const launchData: LaunchData = cmi5.getLaunchData();
  const normal = launchData.launchMode === 'Normal';
  const masteryScore = typeof launchData.masteryScore === 'number' ? launchData.masteryScore : null;
  const stateParams = { agent: params.actor as Agent, activityId: params.activityId, registration: params.registration, stateId: STATE_ID };

  let saved: Partial<StateDocument> = {};
  try {
    saved = ((await cmi5.xapi!.getState(stateParams)).data as Partial<StateDocument> | null) ?? {};
  } catch {
    // No state yet (404): a first launch of this registration.
  }
  const told: Cmi5Told = { completed: saved.completed === true, passed: saved.passed === true, progress: typeof saved.progress === 'number' ? saved.progress : 0 };
  const held = decodeSnapshot(saved.record, manifest);
  const startedAt = Date.now();

  // Everything goes out in order, one request at a time; a failure stops the queue until retried.
  const queue: Array<() => Promise<unknown>> = [];
  let running: Promise<void> = Promise.resolve();
  let stalled = false;
  let terminated = false;
  const drain = (): Promise<void> => {
    running = running.then(async () => {
      while (queue.length > 0 && !terminated) {
        try {
          await queue[0]!();
          queue.shift();
        } catch {
          stalled = true;
          banner.show('failing', async () => {
            stalled = false;
            await drain();
            return !stalled;
          });
          return;
        }
      }
      if (banner.kind === 'failing') banner.hide();
    });
    return running;
  };
  const send = (task: () => Promise<unknown>): void => {
    queue.push(task);
    if (!stalled) void drain();
  };

  const facts = new Map<string, ChapterFacts>();
  const loading = new Set<string>();
  let failedThisSession = false;
  let savedRecord = saved.record ?? '';
  let latest: Pick<ProgressData, 'chapters' | 'lastPosition'> | null = null;

  const step = (planned: Cmi5Step): void => {
    if (planned.verb === 'progressed') {
      told.progress = planned.percent;
      send(() => cmi5.progress(planned.percent));
    } else if (planned.verb === 'completed') {
      told.completed = true;
      send(() => cmi5.complete());
    } else if (planned.verb === 'passed') {
      told.passed = true;
      send(() => cmi5.pass({ scaled: planned.scaled }));
    } else if (!failedThisSession) {
      failedThisSession = true;
      send(() => cmi5.fail(planned.scaled === null ? undefined : { scaled: planned.scaled }));
    }
  };

  const report = (progress: Pick<ProgressData, 'chapters' | 'lastPosition'>): void => {
    latest = progress;
    if (terminated || !normal) return;
    for (const chapterId of Object.keys(progress.chapters)) {
      if (facts.has(chapterId) || loading.has(chapterId) || !manifest.chapters.some((c) => c.id === chapterId)) continue;
      loading.add(chapterId);
      void options.loadChapter(chapterId).then((loaded) => {
        facts.set(chapterId, loaded);
        loading.delete(chapterId);
        if (latest !== null) report(latest);
      });
    }
    // Judged once every chapter with activity is loaded: a statement is sent for the whole record, not for part of it.
    if (loading.size > 0) return;
    const judged = judgeCourse(progress, { manifest, facts, held: heldChapters(held) });
    const newFailure = judged.status === 'failed' && Object.values(progress.chapters).some((r) => r.attempts.some((a) => a.at >= startedAt));
    const steps = planStatements({ judged, told, passMark: manifest.passMark, masteryScore, newFailure });
    steps.forEach(step);
    const record = encodeSuspendData(progress, manifest, judged, null);
    if (record !== savedRecord || steps.length > 0) {
      savedRecord = record;
      const state: StateDocument = { record, ...told };
      send(() => cmi5.xapi!.setState({ ...stateParams, state: { ...state } }));
    }
  };

  await whenHydrated(store);
  if (held !== null) store.setState(mergeProgress(pickProgressData(store.getState()), snapshotToProgress(held, manifest)));
  store.getState().configureCourse(manifest);
  report(store.getState());
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.chapters === previous.chapters && next.lastPosition === previous.lastPosition) return;
    try {
      report(next);
    } catch {
      // The next change reports again.
    }
  });

  // "terminated" must be the session's last statement and must reach the LMS as the page goes, which
  // an ordinary request may not: it is sent with `keepalive`. (Statements are sent as the record
  // changes, so the queue is normally empty by then.)
  win.addEventListener('pagehide', () => {
    if (terminated) return;
    terminated = true;
    unsubscribe();
    const statement = terminatedStatement({ params, launchData, initializedAt: cmi5.getInitializedDate(), now: new Date() });
    void fetch(new URL('statements', params.endpoint.endsWith('/') ? params.endpoint : `${params.endpoint}/`), {
      method: 'POST',
      keepalive: true,
      headers: { Authorization: `Basic ${cmi5.getAuthToken()}`, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify([statement]),
    }).catch(() => undefined);
  });

  return { settled: () => running };
}

function whenHydrated(store: ProgressStoreApi): Promise<void> {
  if (store.persist.hasHydrated()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = store.persist.onFinishHydration(() => {
      stop();
      resolve();
    });
    // Saved data that fails to load never finishes hydration; report what there is.
    setTimeout(() => {
      stop();
      resolve();
    }, 3000);
  });
}
