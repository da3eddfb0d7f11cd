import { course } from '../../src/course/course.ts';
import type { ChapterCell, Cohort, LearnerDetail, Matrix, MatrixLearner } from '../../src/features/manage/types.ts';

export const manager = { id: 'm1', email: 'wang.fang@example.com', name: 'Wang Fang' };

export const cohort: Cohort = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'East region · Spring',
  dueDate: '2026-06-30',
  enrollmentCode: 'ABCD2345',
  createdAt: Date.UTC(2026, 2, 1, 9),
  learnerCount: 2,
  archivedAt: null,
};

const T = Date.UTC(2026, 2, 10, 9);

export function cells(done: number, score: number | null = 0.9): ChapterCell[] {
  return course.chapters.map((chapter, index) => ({
    chapterId: chapter.id,
    slidesSeen: index < done ? chapter.slideIds.length : 0,
    seenPercent: index < done ? 100 : 0,
    bestScore: index < done ? score : null,
    attempts: index < done ? 1 : 0,
    completedAt: index < done ? T + index * 86_400_000 : null,
  }));
}

export function learner(id: string, displayName: string, fields: Partial<MatrixLearner> = {}): MatrixLearner {
  return {
    id,
    displayName,
    employeeId: null,
    team: null,
    joinedAt: T,
    lastActivityAt: null,
    status: 'not_started',
    overdue: false,
    completedChapters: 0,
    progressPercent: 0,
    chapters: cells(0),
    ...fields,
  };
}

export const liLei = learner('22222222-2222-4222-8222-222222222222', 'Li Lei', {
  employeeId: 'E1001',
  team: 'Sales',
  lastActivityAt: T + 3_600_000,
  status: 'in_progress',
  completedChapters: 2,
  progressPercent: 21,
  chapters: cells(2, 0.85),
});

export const hanMei = learner('33333333-3333-4333-8333-333333333333', 'Han Meimei', { team: 'Support', overdue: true });

export function matrix(learners: MatrixLearner[] = [liLei, hanMei], fields: Partial<Matrix> = {}): Matrix {
  return {
    cohort,
    chapters: course.chapters.map((chapter) => ({
      id: chapter.id,
      order: chapter.order,
      title: { 'zh-CN': chapter.plannedTitle['zh-CN'], en: chapter.plannedTitle.en },
      slideCount: chapter.slideIds.length,
      quizCount: chapter.quizIds.length,
    })),
    teams: ['Sales', 'Support'],
    total: learners.length,
    offset: 0,
    limit: 50,
    learners,
    ...fields,
  };
}

export function detail(): LearnerDetail {
  const { completedChapters: _c, progressPercent: _p, chapters, ...profile } = liLei;
  const first = course.chapters[0]!;
  return {
    learner: profile,
    chapters,
    attempts: [
      {
        attemptId: 'a2',
        eventId: 'e2',
        chapterId: first.id,
        number: 2,
        at: T + 7_200_000,
        gradedAt: T + 7_260_000,
        verdict: 'graded',
        score: 0.8,
        claimedScore: 1,
        answers: Object.fromEntries(Array.from({ length: first.testSize }, (_, i) => [`q${i}`, {}])),
      },
      {
        attemptId: 'a1',
        eventId: 'e1',
        chapterId: first.id,
        number: 1,
        at: T + 3_600_000,
        gradedAt: T + 3_600_500,
        verdict: 'cooldown',
        score: null,
        claimedScore: 0.5,
        answers: {},
      },
    ],
    attemptsTotal: 2,
    nextAttempts: null,
  };
}

/** Marks this browser as signed in, as a past sign-in leaves it. */
export function rememberSignIn(): void {
  localStorage.setItem('courseware:manager-signed-in', '1');
}
