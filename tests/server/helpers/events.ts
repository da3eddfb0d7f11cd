import { randomUUID } from 'node:crypto';

export interface ClientEvent {
  id: string;
  type: 'slide_seen' | 'quiz_submitted' | 'chapter_completed';
  at: number;
  chapterId: string;
  slideId?: string;
  attemptId?: string;
  score?: number;
  answers?: Record<string, unknown>;
  acked?: boolean;
}

/** Events as the client's outbox holds them (with the client-only `acked` flag). */
export const slideSeen = (chapterId: string, slideId: string, at: number): ClientEvent => ({
  id: randomUUID(),
  type: 'slide_seen',
  at,
  chapterId,
  slideId,
  acked: false,
});

export const quizSubmitted = (chapterId: string, score: number, at: number, answers: Record<string, unknown> = {}): ClientEvent => ({
  id: randomUUID(),
  type: 'quiz_submitted',
  at,
  chapterId,
  attemptId: randomUUID(),
  score,
  answers,
  acked: false,
});

export const chapterCompleted = (chapterId: string, at: number): ClientEvent => ({
  id: randomUUID(),
  type: 'chapter_completed',
  at,
  chapterId,
  acked: false,
});
