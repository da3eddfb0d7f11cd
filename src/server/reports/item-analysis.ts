import type { LocalizedText, QuizBlock } from '../../content/types.ts';
import type { ItemAnalysis, ItemStat, ObjectiveStat } from '../../protocol/item-analysis.ts';
import { gradeQuiz } from '../../quiz/grade.ts';
import { parseNumericAnswer } from '../../quiz/numeric-input.ts';
import type { QuizResponse } from '../../quiz/response.ts';
import type { ChapterInfo } from '../course-index.ts';
import type { ServerContext } from '../context.ts';
import type { Cohort } from '../people/cohorts.ts';

export type { ItemAnalysis };

/** One graded attempt: whose, and the answers by question id. */
export interface GradedAnswers {
  learnerId: string;
  answers: Record<string, unknown>;
}

const TRUE_FALSE: Record<'true' | 'false', LocalizedText> = {
  true: { 'zh-CN': '正确', en: 'True' },
  false: { 'zh-CN': '错误', en: 'False' },
};

/**
 * The wrong answers in one response, as keys to count: the wrong options picked (single,
 * multiple), the truth value (true/false) or the number read (numeric). Order questions have no
 * one wrong answer to name.
 */
function wrongKeys(quiz: QuizBlock, response: QuizResponse | null): string[] {
  const grade = gradeQuiz(quiz, response);
  if (grade.correct || response === null) return [];
  switch (quiz.kind) {
    case 'single':
    case 'multiple':
      return Object.entries(grade.options ?? {}).flatMap(([id, feedback]) => (feedback === 'incorrect' ? [id] : []));
    case 'truefalse':
      return response.kind === 'truefalse' && typeof response.value === 'boolean' ? [String(response.value)] : [];
    case 'numeric': {
      if (response.kind !== 'numeric' || typeof response.text !== 'string') return [];
      const parsed = parseNumericAnswer(response.text, quiz.unit);
      return parsed.ok ? [String(parsed.value)] : [];
    }
    case 'order':
      return [];
  }
}

function answerText(chapter: ChapterInfo, quiz: QuizBlock, key: string): LocalizedText {
  if (quiz.kind === 'truefalse') return TRUE_FALSE[key as 'true' | 'false'];
  if (quiz.kind === 'numeric') {
    const value = quiz.unit === null ? key : `${key} ${quiz.unit}`;
    return { 'zh-CN': value, en: value };
  }
  return chapter.text.quizzes.get(quiz.id)?.options.get(key) ?? { 'zh-CN': key, en: key };
}

/** The key counted most; on a tie, the one met first (options in authored order). */
function mostCommon(counts: Map<string, number>, order: readonly string[]): [string, number] | null {
  let best: [string, number] | null = null;
  const keys = [...order.filter((key) => counts.has(key)), ...[...counts.keys()].filter((key) => !order.includes(key))];
  for (const key of keys) {
    const count = counts.get(key)!;
    if (best === null || count > best[1]) best = [key, count];
  }
  return best;
}

/**
 * Per question of a chapter's bank: how often graded attempts asked it, how often it was answered
 * fully right, and the wrong answer chosen most; per objective, the same over its questions.
 * Every graded attempt counts (a retake is another answer to the questions it drew).
 */
export function analyseItems(chapter: ChapterInfo, attempts: readonly GradedAnswers[]): ItemAnalysis {
  const items: ItemStat[] = chapter.test.map((quiz, index) => {
    let asked = 0;
    let correct = 0;
    const wrong = new Map<string, number>();
    for (const attempt of attempts) {
      if (!Object.hasOwn(attempt.answers, quiz.id)) continue;
      const response = (attempt.answers[quiz.id] ?? null) as QuizResponse | null;
      asked++;
      if (gradeQuiz(quiz, response).correct) correct++;
      for (const key of wrongKeys(quiz, response)) wrong.set(key, (wrong.get(key) ?? 0) + 1);
    }
    const order = quiz.kind === 'single' || quiz.kind === 'multiple' ? quiz.options.map((option) => option.id) : ['true', 'false'];
    const top = mostCommon(wrong, order);
    return {
      quizId: quiz.id,
      number: index + 1,
      kind: quiz.kind,
      objectiveId: quiz.objective,
      prompt: chapter.text.quizzes.get(quiz.id)?.prompt ?? { 'zh-CN': quiz.id, en: quiz.id },
      asked,
      correct,
      commonWrong: top === null ? null : { answer: answerText(chapter, quiz, top[0]), count: top[1] },
    };
  });
  const objectives: ObjectiveStat[] = [...chapter.text.objectives]
    .map(([id, text]) => {
      const mine = items.filter((item) => item.objectiveId === id);
      return { id, text, questions: mine.length, asked: mine.reduce((n, item) => n + item.asked, 0), correct: mine.reduce((n, item) => n + item.correct, 0) };
    })
    .filter((objective) => objective.questions > 0)
    .map(({ questions: _questions, ...objective }) => objective);
  return {
    chapterId: chapter.id,
    attempts: attempts.length,
    learners: new Set(attempts.map((attempt) => attempt.learnerId)).size,
    items,
    objectives,
  };
}

/** The item analysis of one chapter's test over the graded attempts of a cohort's current learners. */
export async function loadItemAnalysis(ctx: ServerContext, cohort: Cohort, chapter: ChapterInfo): Promise<ItemAnalysis> {
  const { rows } = await ctx.db.query<{ learner_id: string; answers: Record<string, unknown> | null }>(
    `SELECT e.learner_id, e.answers
       FROM progress_events e
       JOIN learners l ON l.id = e.learner_id
      WHERE l.cohort_id = $1 AND l.removed_at IS NULL
        AND e.type = 'quiz_submitted' AND e.verdict = 'graded' AND e.chapter_id = $2`,
    [cohort.id, chapter.id],
  );
  return analyseItems(
    chapter,
    rows.map((row) => ({ learnerId: row.learner_id, answers: row.answers ?? {} })),
  );
}
