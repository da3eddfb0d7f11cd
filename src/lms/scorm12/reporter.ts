import type { CourseManifest, QuizBlock } from '../../content/types.ts';
import type { ProgressData, QuizAttempt } from '../../progress/progress-schema.ts';
import { encodeSuspendData, SUSPEND_DATA_LIMIT } from '../suspend-data.ts';
import { courseOutcome, formatScore, formatTimespan, keepBestStatus, lessonLocation } from './cmi-values.ts';
import { createCommitThrottle, type Clock } from './commit-throttle.ts';
import { attemptInteractions, type Interaction } from './interactions.ts';
import type { LaunchData } from './launch-data.ts';
import type { LmsConnection } from './lms-connection.ts';

export interface ReporterOptions {
  connection: LmsConnection;
  manifest: CourseManifest;
  launch: LaunchData;
  clock: Clock;
  /** When the session began, for `cmi.core.session_time`. */
  startedAt: number;
  /** The chapter's quizzes, to grade an attempt's answers question by question. */
  loadQuizzes: (chapterId: string) => Promise<QuizBlock[]>;
  /** Attempts that are not this session's (saved before, restored from the LMS): no interactions for them. */
  knownAttemptIds: Iterable<string>;
}

export interface Scorm12Reporter {
  /** Writes whatever `progress` changes in the LMS's data; a commit follows, throttled. */
  report(progress: Pick<ProgressData, 'chapters' | 'lastPosition'>): void;
  /** Commits now if anything was written since the last commit. */
  flush(): void;
  /** Records the session time, commits and ends the session. */
  finish(): void;
  /** Settles once the interactions of every attempt reported so far are written. */
  settled(): Promise<void>;
}

/**
 * Keeps the LMS's copy of the learner's record in step with the progress store. Each value is
 * written only when it differs from what the LMS already holds; interactions are appended once
 * per new chapter-test attempt.
 */
export function createScorm12Reporter(options: ReporterOptions): Scorm12Reporter {
  const { connection, manifest, launch, clock } = options;
  const held = new Map<string, string | null>([
    ['cmi.core.lesson_status', launch.lessonStatus],
    ['cmi.core.lesson_location', launch.lessonLocation],
    ['cmi.suspend_data', launch.suspendData],
    ['cmi.core.score.raw', launch.scoreRaw],
  ]);
  const known = new Set(options.knownAttemptIds);
  let nextInteraction = launch.interactionCount;
  let interactions: Promise<void> = Promise.resolve();

  const throttle = createCommitThrottle(() => {
    connection.set('cmi.core.session_time', formatTimespan(clock.now() - options.startedAt));
    return connection.commit();
  }, clock);

  const write = (values: Array<[string, string]>): void => {
    let changed = false;
    for (const [element, value] of values) {
      if (held.get(element) === value) continue;
      if (connection.set(element, value)) {
        held.set(element, value);
        changed = true;
      }
    }
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
      interaction.correctPatterns.forEach((pattern, m) => connection.set(`${n}.correct_responses.${m}.pattern`, pattern));
      connection.set(`${n}.student_response`, interaction.studentResponse);
      connection.set(`${n}.result`, interaction.result);
    }
    if (written) throttle.changed();
  };

  const reportAttempts = (chapters: ProgressData['chapters']): void => {
    const fresh: Array<{ chapterId: string; attempt: QuizAttempt }> = [];
    for (const [chapterId, record] of Object.entries(chapters)) {
      for (const attempt of record.attempts) {
        // Attempts from before this session (merged in late, from another tab or a slow load) were reported then.
        if (known.has(attempt.id) || attempt.at < options.startedAt) continue;
        known.add(attempt.id);
        fresh.push({ chapterId, attempt });
      }
    }
    fresh.sort((a, b) => a.attempt.at - b.attempt.at);
    for (const { chapterId, attempt } of fresh) {
      interactions = interactions
        .then(() => options.loadQuizzes(chapterId))
        .then(
          (quizzes) => appendInteractions(attemptInteractions(quizzes, attempt.answers, attempt.at)),
          () => undefined,
        );
    }
  };

  return {
    report(progress) {
      if (!connection.open) return;
      const outcome = courseOutcome(progress, manifest);
      const status = keepBestStatus(launch.lessonStatus, outcome.status);
      const values: Array<[string, string]> = [];
      // A learner reviewing a finished course changes neither status nor score.
      if (launch.lessonMode !== 'review') {
        // The score goes before the status: some LMSes judge the status against the score they hold.
        if (outcome.score !== null && status === outcome.status) {
          values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', formatScore(outcome.score)]);
        }
        values.push(['cmi.core.lesson_status', status]);
      }
      const location = lessonLocation(progress.lastPosition, manifest);
      if (location !== null) values.push(['cmi.core.lesson_location', location]);
      const suspendData = encodeSuspendData(progress, manifest);
      if (suspendData.length <= SUSPEND_DATA_LIMIT) values.push(['cmi.suspend_data', suspendData]);
      // Suspend, not end, the attempt: the next launch resumes with this data whatever the status.
      values.push(['cmi.core.exit', 'suspend']);
      write(values);
      reportAttempts(progress.chapters);
    },
    flush: () => throttle.flush(),
    finish() {
      throttle.stop();
      if (!connection.open) return;
      connection.set('cmi.core.session_time', formatTimespan(clock.now() - options.startedAt));
      connection.commit();
      connection.finish();
    },
    settled: () => interactions,
  };
}
