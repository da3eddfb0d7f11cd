import type { AttemptVerdict } from '../protocol/events.ts';
import { recordChapterChange, recordReadyCompletions, stampCompletion } from './chapter-changes.ts';
import { requireScore, requireTime } from './input-guards.ts';
import { appendEvents, createEvent, newId } from './outbox.ts';
import { emptyChapterRecord, own } from './progress-data.ts';
import type { ChapterRecord, QuizAttempt } from './progress-schema.ts';
import type { ProgressSliceCreator } from './progress-state.ts';

export type QuizSubmission = Omit<QuizAttempt, 'id' | 'at' | 'verdict' | 'imported'> & { at?: number };

export interface ChaptersSlice {
  chapters: Record<string, ChapterRecord>;
  /** Records the first time a slide is seen; later calls for the same slide change nothing. */
  markSlideSeen: (chapterId: string, slideId: string, at?: number) => void;
  /**
   * Appends one attempt at the chapter's test: the questions its `seed` drew (`quizIds`), the
   * answers and the device's score. Returns the attempt id.
   */
  submitQuiz: (chapterId: string, attempt: QuizSubmission) => string;
  /** Stamps completion once; a stamp is never moved or cleared. */
  markChapterCompleted: (chapterId: string, at?: number) => void;
  /** Records the server's verdicts on synced attempts (unknown attempts are ignored). */
  recordVerdicts: (verdicts: readonly AttemptVerdict[]) => void;
}

export const createChaptersSlice: ProgressSliceCreator<ChaptersSlice> = (set, get) => ({
  chapters: {},
  markSlideSeen: (chapterId, slideId, at = Date.now()) => {
    requireTime(at);
    const state = get();
    const record = own(state.chapters, chapterId) ?? emptyChapterRecord();
    if (Object.hasOwn(record.seen, slideId)) return;
    const next = { ...record, seen: { ...record.seen, [slideId]: at } };
    const event = createEvent({ type: 'slide_seen', at, chapterId, slideId });
    set(recordChapterChange(state, chapterId, next, [event], at));
  },
  submitQuiz: (chapterId, { score, answers, quizIds, seed, startedAt, at = Date.now() }) => {
    requireTime(at);
    requireScore(score);
    const state = get();
    const record = own(state.chapters, chapterId) ?? emptyChapterRecord();
    const attempt: QuizAttempt = {
      id: newId(),
      at,
      score,
      answers,
      quizIds: [...quizIds],
      ...(seed === undefined ? {} : { seed }),
      ...(startedAt !== undefined && startedAt <= at ? { startedAt } : {}),
    };
    const next = { ...record, attempts: [...record.attempts, attempt] };
    const event = createEvent({
      type: 'quiz_submitted',
      at,
      chapterId,
      attemptId: attempt.id,
      score,
      answers,
      ...(seed === undefined ? {} : { seed }),
    });
    set(recordChapterChange(state, chapterId, next, [event], at));
    return attempt.id;
  },
  markChapterCompleted: (chapterId, at = Date.now()) => {
    requireTime(at);
    const state = get();
    const completion = stampCompletion(state.chapters, chapterId, at);
    if (completion === null) return;
    set({ chapters: completion.chapters, ...appendEvents(state, [completion.event]) });
  },
  recordVerdicts: (verdicts) => {
    const state = get();
    const chapters = applyVerdicts(state.chapters, verdicts);
    if (chapters === state.chapters) return;
    set({ chapters, ...(recordReadyCompletions({ ...state, chapters }, Date.now()) ?? {}) });
  },
});

/** The chapters with each verdict stored on its attempt; the same object if nothing changed. */
function applyVerdicts(chapters: Record<string, ChapterRecord>, verdicts: readonly AttemptVerdict[]): Record<string, ChapterRecord> {
  let next = chapters;
  for (const { chapterId, attemptId, verdict, score, gradedAt } of verdicts) {
    const record = own(next, chapterId);
    const index = record?.attempts.findIndex((attempt) => attempt.id === attemptId) ?? -1;
    if (record === undefined || index === -1) continue;
    const attempt = record.attempts[index]!;
    if (attempt.verdict?.verdict === verdict && attempt.verdict.score === score) continue;
    const attempts = record.attempts.with(index, { ...attempt, verdict: { verdict, score, gradedAt } });
    next = { ...next, [chapterId]: { ...record, attempts } };
  }
  return next;
}
