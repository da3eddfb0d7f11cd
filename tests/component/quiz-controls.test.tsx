import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { QuizBlockView } from '../../src/features/quiz/quiz-block-view.tsx';
import {
  cycle,
  multipleQuiz,
  numericQuiz,
  orderQuiz,
  setLocale,
  shownTexts,
  singleQuiz,
  tabTo,
  trueFalseQuiz,
} from './quiz-fixtures.tsx';

beforeEach(() => setLocale('en'));

describe('quiz controls, keyboard only', () => {
  it('answers a single-choice quiz with Tab, arrow keys and Enter', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={singleQuiz({ shuffle: false })} chapterId="c" />);
    const group = screen.getByRole('group', { name: 'Which channel converts best?' });
    const submit = screen.getByRole('button', { name: 'Submit answer' });
    expect(submit).toBeDisabled();

    await user.tab();
    expect(within(group).getByRole('radio', { name: 'Search' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(group).getByRole('radio', { name: 'Referral' })).toBeChecked();
    await user.tab();
    expect(submit).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('status')).toHaveTextContent('Correct. Score: 100%.');
    expect(within(group).getByRole('radio', { name: /Referral.*You chose this, and it is right/ })).toBeDisabled();
    expect(screen.getByText('Why: Which channel converts best?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
  });

  it('answers a multiple-choice quiz with Tab and Space, and marks wrong and missed options', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={multipleQuiz({ shuffle: false })} chapterId="c" />);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Search' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Search' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Email' })).toBeChecked();
    await tabTo(user, screen.getByRole('button', { name: 'Submit answer' }));
    await user.keyboard('{Enter}');

    expect(screen.getByRole('status')).toHaveTextContent('Not correct. Score: 0%.');
    expect(screen.getByRole('checkbox', { name: 'Search You chose this, and it is right' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Email You chose this, and it is wrong' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Social Correct answer (not chosen)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Referral' })).toBeInTheDocument();
    expect(screen.getByText('Why: Which are paid channels?')).toBeInTheDocument();
  });

  it('answers a true/false quiz with arrow keys, in English and Chinese', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={trueFalseQuiz()} chapterId="c" />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'True' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'False' })).toBeChecked();
    setLocale('zh-CN');
    expect(screen.getByRole('radio', { name: '错误' })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('回答正确，得分 100%。');
    expect(screen.getByRole('radio', { name: /^错误 ✓? ?你选了这一项，选对了$/ })).toBeInTheDocument();
  });

  it('marks the right true/false value when the answer was wrong', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={trueFalseQuiz()} chapterId="c" />);
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Not correct.');
    expect(screen.getByRole('radio', { name: 'True You chose this, and it is wrong' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'False Correct answer (not chosen)' })).toBeInTheDocument();
  });

  it('accepts full-width input with the unit in a numeric quiz and submits with Enter', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={numericQuiz()} chapterId="c" />);
    const input = screen.getByRole('textbox', { name: 'Your answer' });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAccessibleDescription('%');
    await user.tab();
    expect(input).toHaveFocus();
    await user.keyboard('２５％');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Correct. Score: 100%.');
    expect(screen.getByText('Correct answer: 25 %')).toBeInTheDocument();
    expect(input).toHaveAttribute('readonly');
  });

  it('rejects a numeric answer that is not a number, with a message', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={numericQuiz()} chapterId="c" />);
    const input = screen.getByRole('textbox', { name: 'Your answer' });
    await user.tab();
    await user.keyboard('twenty');
    await user.tab();
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('% Enter a number, such as 25 or 12.5.');
    expect(screen.getByRole('button', { name: 'Submit answer' })).toBeDisabled();

    await user.clear(input);
    await user.keyboard('24.5');
    expect(input).toBeValid();
    expect(screen.queryByText('Enter a number, such as 25 or 12.5.')).not.toBeInTheDocument();
    await tabTo(user, screen.getByRole('button', { name: 'Submit answer' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Not correct. Score: 0%.');
    expect(screen.getByText('Your answer is not correct')).toBeInTheDocument();
  });

  it('orders items with the move buttons, focus following the moved item', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={orderQuiz()} chapterId="c" />);
    const live = screen.getByText('', { selector: '.quiz-order + [aria-live]' });
    for (const [position, text] of cycle.entries()) {
      const from = shownTexts().indexOf(text);
      if (from === position) continue;
      await tabTo(user, screen.getByRole('button', { name: `Move “${text}” up` }));
      for (let step = from; step > position; step--) await user.keyboard('{Enter}');
      const expected = position === 0 ? `Move “${text}” down` : `Move “${text}” up`;
      expect(screen.getByRole('button', { name: expected })).toHaveFocus();
      expect(live).toHaveTextContent(`“${text}” moved to position ${position + 1} of 4.`);
    }
    expect(shownTexts()).toEqual(cycle);
    await tabTo(user, screen.getByRole('button', { name: 'Submit answer' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Correct. Score: 100%.');
    expect(screen.getAllByText('In the right place')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /Move/ })).not.toBeInTheDocument();
  });

  it('moves an item down and shows where misplaced items belong', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={orderQuiz()} chapterId="c" />);
    // The shuffle is random: move an item whose step down leaves the order still wrong.
    const before = shownTexts();
    const at = [0, 1, 2].find((i) => !swapped(before, i).every((text, index) => text === cycle[index]))!;
    const moved = before[at]!;
    await tabTo(user, screen.getByRole('button', { name: `Move “${moved}” down` }));
    await user.keyboard('{Enter}');
    expect(shownTexts()[at + 1]).toBe(moved);
    expect(screen.getByRole('button', { name: at + 1 === 3 ? `Move “${moved}” up` : `Move “${moved}” down` })).toHaveFocus();
    const shown = shownTexts();
    expect(shown).not.toEqual(cycle);
    await tabTo(user, screen.getByRole('button', { name: 'Submit answer' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Not correct.');
    const misplaced = shown.filter((text, index) => cycle[index] !== text);
    for (const text of misplaced) {
      expect(screen.getByText(`Belongs in position ${cycle.indexOf(text) + 1}`)).toBeInTheDocument();
    }
  });
});

/** `texts` with the item at `index` and the one after it swapped. */
function swapped(texts: readonly string[], index: number): string[] {
  const copy = [...texts];
  [copy[index], copy[index + 1]] = [copy[index + 1]!, copy[index]!];
  return copy;
}
