import type { CourseManifest } from '../../content/types.ts';
import type { ProgressData, QuizAttempt } from '../../progress/progress-schema.ts';
import { judgeCourse, type ChapterFacts, type HeldChapter, type JudgedCourse } from '../course-record.ts';
import { encodeSuspendData, SUSPEND_DATA_LIMIT } from '../suspend-data.ts';
import { formatScore, formatTimespan, keepBestStatus, lessonLocation, type LessonStatus } from './cmi-values.ts';
import { createCommitThrottle, type Clock } from './commit-throttle.ts';
import { attemptInteractions, type Interaction } from './interactions.ts';
import type { LaunchData, LessonMode } from './launch.ts';
import type { LmsConnection } from './lms-connection.ts';

export interface ReporterOptions {
  connection: LmsConnection;
  manifest: CourseManifest;
  launch: LaunchData;
  mode: LessonMode;
  /** This attempt's id, kept in `suspend_data`. */
  attempt: string;
  /** What the LMS held at launch: the learner's record, believed. */
  held: readonly HeldChapter[];
  clock: Clock;
  /** When the session began, for `cmi.core.session_time`. */
  startedAt: number;
  /** A chapter's test bank and reading span, to judge its attempts and reading. */
  loadChapter: (chapterId: string) => Promise<ChapterFacts>;
  /** Attempts that are not this session's (saved before, restored from the LMS): no interactions for them. */
  knownAttemptIds: Iterable<string>;
  /** Told whenever the LMS starts or stops taking what is written (a refused write or commit). */
  onHealth?: (recording: boolean) => void;
}

export interface Scorm12Reporter {
  /** Writes whatever `progress` changes in the LMS's data; a commit follows, throttled. */
  report(progress: Pick<ProgressData, 'chapters' | 'lastPosition'>): void;
  /** Commits now if anything was written since the last commit. */
  flush(): void;
  /** Writes everything again and commits now; true when the LMS took it. */
  retry(): boolean;
  /** Records the session time, commits and ends the session. */
  finish(): void;
  /** Settles once chapter facts and interactions asked for so far are loaded and written. */
  settled(): Promise<void>;
  /** The course as last judged. */
  judged(): JudgedCourse | null;
}

/** Statuses that end the attempt: the next launch need not resume it. */
const FINISHED: ReadonlySet<string> = new Set(['passed', 'completed']);

/**
 * Keeps the LMS's copy of the learner's record in step with the progress store, judged by the
 * course's own rules (`course-record.ts`): each value is written only when it differs from what
 * the LMS already holds; interactions are appended once per new chapter-test attempt. In browse
 * and review mode only the bookmark is written: the learner's record stays as it was.
 */
export function createScorm12Reporter(options: ReporterOptions): Scorm12Reporter {
  const { connection, manifest, launch, clock, mode } = options;
  const held = new Map<string, string | null>();
  const remember = (): void => {
    held.clear();
    held.set('cmi.core.lesson_status', launch.lessonStatus);
    held.set('cmi.core.lesson_location', launch.lessonLocation);
    held.set('cmi.suspend_data', launch.suspendData);
    held.set('cmi.core.score.raw', launch.scoreRaw);
  };
  remember();
  const known = new Set(options.knownAttemptIds);
  const facts = new Map<string, ChapterFacts>();
  const loading = new Set<string>();
  let pending: Promise<void> = Promise.resolve();
  let latest: Pick<ProgressData, 'chapters' | 'lastPosition'> | null = null;
  let lastJudged: JudgedCourse | null = null;
  let nextInteraction = launch.interactionCount;
  let recording = true;

  const health = (ok: boolean): void => {
    if (ok === recording) return;
    recording = ok;
    options.onHealth?.(ok);
  };

  const throttle = createCommitThrottle(() => {
    connection.set('cmi.core.session_time', formatTimespan(clock.now() - options.startedAt));
    const ok = connection.commit();
    health(ok && connection.open);
    return ok;
  }, clock);

  const write = (values: Array<[string, string]>): void => {
    let changed = false;
    let refused = false;
    for (const [element, value] of values) {
      if (held.get(element) === value || connection.unsupported(element)) continue;
      if (connection.set(element, value)) {
        held.set(element, value);
        changed = true;
      } else if (!connection.unsupported(element)) {
        refused = true;
      }
    }
    if (refused || !connection.open) health(false);
    if (changed) throttle.changed();
  };

  const appendInteractions = (list: Interaction[]): void => {
    let written = false;
    for (const interaction of list) {
      if (nextInteraction === null || !connection.open) return;
      const n = `cmi.interactions.${nextInteraction}`;
      if (!connection.set(`${n}.id`, interaction.id)) {
        // The LMS takes no (more) interactions; the rest of the record still goes through.
        nextInteraction = null;
        break;
      }
      nextInteraction++;
      written = true;
      connection.set(`${n}.type`, interaction.type);
      connection.set(`${n}.time`, interaction.time);
      connection.set(`${n}.weighting`, interaction.weighting);
      if (interaction.latency !== undefined) connection.set(`${n}.latency`, interaction.latency);
      interaction.correctPatterns.forEach((pattern, m) => connection.set(`${n}.correct_responses.${m}.pattern`, pattern));
      connection.set(`${n}.student_response`, interaction.studentResponse);
      connection.set(`${n}.result`, interaction.result);
    }
    if (written) throttle.changed();
  };

  /** Loads the facts of chapters with any activity; reports again once they are in. */
  const loadFacts = (progress: Pick<ProgressData, 'chapters'>): void => {
    for (const chapterId of Object.keys(progress.chapters)) {
      if (facts.has(chapterId) || loading.has(chapterId) || !manifest.chapters.some((c) => c.id === chapterId)) continue;
      loading.add(chapterId);
      pending = pending.then(() =>
        options.loadChapter(chapterId).then(
          (loaded) => {
            facts.set(chapterId, loaded);
            if (latest !== null) report(latest);
          },
          () => undefined,
        ),
      );
    }
  };

  const reportAttempts = (chapters: ProgressData['chapters']): void => {
    if (mode !== 'normal') return;
    const fresh: Array<{ chapterId: string; attempt: QuizAttempt }> = [];
    for (const [chapterId, record] of Object.entries(chapters)) {
      for (const attempt of record.attempts) {
        // Attempts from before this session (merged in late, from another tab or a slow load) were reported then.
        if (known.has(attempt.id) || attempt.at < options.startedAt || attempt.imported === true) continue;
        known.add(attempt.id);
        fresh.push({ chapterId, attempt });
      }
    }
    fresh.sort((a, b) => a.attempt.at - b.attempt.at);
    for (const { chapterId, attempt } of fresh) {
      pending = pending
        .then(() => facts.get(chapterId) ?? options.loadChapter(chapterId))
        .then(
          (loaded) => appendInteractions(attemptInteractions(loaded.test, attempt)),
          () => undefined,
        );
    }
  };

  const recordValues = (judged: JudgedCourse, progress: Pick<ProgressData, 'chapters' | 'lastPosition'>): Array<[string, string]> => {
    const values: Array<[string, string]> = [];
    const status: LessonStatus = keepBestStatus(launch.lessonStatus, judged.status);
    // The score goes before the status: some LMSes judge the status against the score they hold.
    if (judged.score !== null && status === judged.status) {
      values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', formatScore(judged.score)]);
    }
    values.push(['cmi.core.lesson_status', status]);
    judged.chapters.forEach((chapter, n) => {
      const o = `cmi.objectives.${n}`;
      values.push([`${o}.id`, chapter.chapterId]);
      if (chapter.bestScore !== null) {
        values.push([`${o}.score.min`, '0'], [`${o}.score.max`, '100'], [`${o}.score.raw`, formatScore(chapter.bestScore)]);
      }
      values.push([`${o}.status`, chapter.status]);
    });
    const suspendData = encodeSuspendData(progress, manifest, judged, options.attempt);
    if (suspendData.length <= SUSPEND_DATA_LIMIT) values.push(['cmi.suspend_data', suspendData]);
    // Suspended while unfinished, so the next launch resumes; a finished attempt exits normally.
    values.push(['cmi.core.exit', FINISHED.has(status) ? '' : 'suspend']);
    return values;
  };

  function report(progress: Pick<ProgressData, 'chapters' | 'lastPosition'>): void {
    latest = progress;
    if (!connection.open) {
      health(false);
      return;
    }
    loadFacts(progress);
    const judged = judgeCourse(progress, { manifest, facts, held: options.held });
    lastJudged = judged;
    const values: Array<[string, string]> = [];
    if (mode === 'normal') values.push(...recordValues(judged, progress));
    else if (mode === 'browse' && (launch.lessonStatus === 'not attempted' || launch.lessonStatus === '')) values.push(['cmi.core.lesson_status', 'browsed']);
    const location = lessonLocation(progress.lastPosition, manifest);
    if (location !== null) values.push(['cmi.core.lesson_location', location]);
    if (mode !== 'normal') values.push(['cmi.core.exit', '']);
    write(values);
    reportAttempts(progress.chapters);
  }

  return {
    report,
    flush: () => throttle.flush(),
    retry() {
      if (!connection.open) return false;
      // Forget what the LMS was thought to hold: everything is written again.
      held.clear();
      recording = true;
      if (latest !== null) report(latest);
      throttle.flush();
      return recording;
    },
    finish() {
      throttle.stop();
      if (!connection.open) return;
      connection.set('cmi.core.session_time', formatTimespan(clock.now() - options.startedAt));
      connection.commit();
      connection.finish();
    },
    settled: async () => {
      // Loading a chapter may queue more work; wait until nothing new was queued.
      for (let seen: Promise<void> | null = null; seen !== pending; ) {
        seen = pending;
        await seen;
      }
    },
    judged: () => lastJudged,
  };
}
