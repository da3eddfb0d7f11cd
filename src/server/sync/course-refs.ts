import type { CourseIndex } from '../course-index.ts';
import type { ProgressEventInput } from '../../protocol/events.ts';

export interface RejectedEvent {
  index: number;
  id: string;
  reason: 'unknown_chapter' | 'unknown_slide' | 'unknown_quiz';
  message: string;
}

/** Events naming chapters, slides or quizzes the current course does not have. */
export function checkAgainstCourse(events: readonly ProgressEventInput[], course: CourseIndex): RejectedEvent[] {
  const rejected: RejectedEvent[] = [];
  events.forEach((event, index) => {
    const reject = (reason: RejectedEvent['reason'], message: string) => rejected.push({ index, id: event.id, reason, message });
    const chapter = course.byId.get(event.chapterId);
    if (chapter === undefined) return reject('unknown_chapter', `Unknown chapter "${event.chapterId}".`);
    if (event.type === 'slide_seen' && !chapter.slideIds.has(event.slideId)) {
      return reject('unknown_slide', `Chapter "${chapter.id}" has no slide "${event.slideId}".`);
    }
    // Answers for questions outside the draw are judged (`wrong_questions`), not refused, so the
    // attempt stays on record; a chapter without a test has nothing to attempt.
    if (event.type === 'quiz_submitted' && chapter.testSize === 0) return reject('unknown_quiz', `Chapter "${chapter.id}" has no test.`);
  });
  return rejected;
}
