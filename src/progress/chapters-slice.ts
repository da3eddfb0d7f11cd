import { recordChapterChange, stampCompletion } from './chapter-changes.ts';
import { requireScore, requireTime } from './input-guards.ts';
import { appendEvents, createEvent, newId } from './outbox.ts';
import { emptyChapterRecord, own } from './progress-data.ts';
import type { ChapterRecord, QuizAttempt } from './progress-schema.ts';
import type { ProgressSliceCreator } from './progress-state.ts';

export type QuizSubmission = Omit<QuizAttempt, 'id' | 'at'> & { at?: number };

export interface ChaptersSlice {
  chapters: Record<string, ChapterRecord>;
  /** Records the first time a slide is seen; later calls for the same slide change nothing. */
  markSlideSeen: (chapterId: string, slideId: string, at?: number) => void;
  /**
   * Appends one attempt at the chapter's test. `quizIds` must list every quiz the attempt covered:
   * only attempts covering all of the chapter's quizzes count towards completion. Returns the attempt id.
   */
  submitQuiz: (chapterId: string, attempt: QuizSubmission) => string;
  /** Stamps completion once; a stamp is never moved or cleared. */
  markChapterCompleted: (chapterId: string, at?: number) => void;
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
  submitQuiz: (chapterId, { score, answers, quizIds, at = Date.now() }) => {
    requireTime(at);
    requireScore(score);
    const state = get();
    const record = own(state.chapters, chapterId) ?? emptyChapterRecord();
    const attempt: QuizAttempt = { id: newId(), at, score, answers, quizIds: [...quizIds] };
    const next = { ...record, attempts: [...record.attempts, attempt] };
    const event = createEvent({ type: 'quiz_submitted', at, chapterId, attemptId: attempt.id, score, answers });
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
});
