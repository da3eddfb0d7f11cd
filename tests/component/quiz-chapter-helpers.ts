import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import loaders from 'virtual:courseware/chapters';
import type { Chapter, QuizBlock } from '../../src/content/types.ts';
import { hastText } from '../../src/features/quiz/hast-text.ts';

export async function loadChapter(key: string): Promise<Chapter> {
  const load = loaders[key];
  if (!load) throw new Error(`no chapter ${key}`);
  return (await load()).default;
}

/** The test's questions, in the order they are shown. */
export function questionGroups(): HTMLElement[] {
  return screen.getAllByRole('group', { name: /^Question \d+ of \d+/ });
}

/** Answers one question of the chapter test through its controls, rightly or wrongly (scoring 0). */
export async function answer(user: UserEvent, group: HTMLElement, quiz: QuizBlock, right: boolean): Promise<void> {
  const scope = within(group);
  switch (quiz.kind) {
    case 'single':
    case 'multiple': {
      const picks = quiz.options.filter((option) => option.correct === right);
      const role = quiz.kind === 'single' ? 'radio' : 'checkbox';
      for (const option of quiz.kind === 'single' ? picks.slice(0, 1) : picks) {
        await user.click(scope.getByRole(role, { name: hastText(option.content) }));
      }
      return;
    }
    case 'truefalse':
      await user.click(scope.getByRole('radio', { name: quiz.answer === right ? 'True' : 'False' }));
      return;
    case 'numeric': {
      const value = right ? quiz.answer : quiz.answer + quiz.tolerance + 1000;
      await user.type(scope.getByRole('textbox'), `${value}${quiz.unit ?? ''}`);
      return;
    }
    case 'order': {
      if (!right) return;
      for (const [position, item] of quiz.items.entries()) {
        const text = hastText(item.content);
        const shown = [...group.querySelectorAll('.quiz-order-text')].map((el) => el.textContent);
        for (let step = shown.indexOf(text); step > position; step--) {
          await user.click(scope.getByRole('button', { name: `Move “${text}” up` }));
        }
      }
    }
  }
}

/** Answers every question, wrongly for the quizzes whose ids are in `wrong`. */
export async function answerAll(user: UserEvent, quizzes: QuizBlock[], wrong: ReadonlySet<string> = new Set()) {
  const groups = questionGroups();
  for (const [index, quiz] of quizzes.entries()) await answer(user, groups[index]!, quiz, !wrong.has(quiz.id));
}
