import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { QuizBlockView } from '../../src/features/quiz/quiz-block-view.tsx';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { firstSeed } from '../../src/features/quiz/attempt-seed.ts';
import { displayOrder } from '../../src/quiz/shuffle.ts';
import { channels, cycle, mockSeeds, multipleQuiz, orderQuiz, setLocale, shownTexts, singleQuiz } from './quiz-fixtures.tsx';

beforeEach(() => setLocale('en'));

const textOf = (ids: string[]) => ids.map((id) => channels['abcd'.indexOf(id)]);

describe('inline quiz', () => {
  it('keeps the authored order when shuffling is off, whatever the seed', () => {
    mockSeeds(1, 2, 3);
    for (let i = 0; i < 3; i++) {
      const { unmount } = render(<QuizBlockView block={singleQuiz({ shuffle: false })} chapterId="c" />);
      expect(shownTexts()).toEqual(channels);
      unmount();
    }
  });

  it('shows the first attempt in an order fixed by the quiz’s id, the same in every render', () => {
    const quiz = singleQuiz();
    expect(displayOrder(quiz, firstSeed(quiz.id))).not.toEqual(['a', 'b', 'c', 'd']);
    for (let i = 0; i < 2; i++) {
      mockSeeds(12345 + i);
      const { unmount } = render(<QuizBlockView block={quiz} chapterId="c" />);
      expect(shownTexts()).toEqual(textOf(displayOrder(quiz, firstSeed(quiz.id))));
      unmount();
    }
  });

  it('reshuffles, clears the answer and returns focus to the question on try again', async () => {
    const quiz = singleQuiz();
    const first = firstSeed(quiz.id);
    const second = [7, 8, 9].find((seed) => displayOrder(quiz, seed).join() !== displayOrder(quiz, first).join())!;
    mockSeeds(second);
    const user = userEvent.setup();
    render(<QuizBlockView block={quiz} chapterId="c" />);
    expect(shownTexts()).toEqual(textOf(displayOrder(quiz, first)));

    await user.click(screen.getByRole('radio', { name: 'Referral' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(shownTexts()).toEqual(textOf(displayOrder(quiz, second)));
    expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByText('Why: Which channel converts best?')).not.toBeInTheDocument();
  });

  it('starts a reshuffled order quiz from its new order', async () => {
    const quiz = orderQuiz();
    const texts = (seed: number) => displayOrder(quiz, seed).map((id) => cycle['abcd'.indexOf(id)]);
    const first = firstSeed(quiz.id);
    const second = [4, 5, 6, 7, 8].find((seed) => texts(seed).join() !== texts(first).join())!;
    mockSeeds(second);
    const user = userEvent.setup();
    render(<QuizBlockView block={quiz} chapterId="c" />);
    expect(shownTexts()).toEqual(texts(first));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(shownTexts()).toEqual(texts(second));
    expect(screen.getAllByRole('button', { name: /^Move/ })).toHaveLength(8);
  });

  it('enables Submit only once the answer is complete', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={multipleQuiz()} chapterId="c" />);
    const submit = screen.getByRole('button', { name: 'Submit answer' });
    expect(submit).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Social' }));
    expect(submit).toBeEnabled();
    await user.click(screen.getByRole('checkbox', { name: 'Social' }));
    expect(submit).toBeDisabled();
  });

  it('gives partial credit where the quiz allows it', async () => {
    const user = userEvent.setup();
    render(<QuizBlockView block={multipleQuiz({ partialCredit: true })} chapterId="c" />);
    await user.click(screen.getByRole('checkbox', { name: 'Social' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Partly correct. Score: 50%.');
    expect(screen.getByRole('checkbox', { name: 'Search Correct answer (not chosen)' })).toBeDisabled();
  });

  it('is practice only: nothing reaches the progress store', async () => {
    useProgressStore.setState({ chapters: {}, outbox: [] });
    const user = userEvent.setup();
    render(<QuizBlockView block={singleQuiz()} chapterId="overview" />);
    await user.click(screen.getByRole('radio', { name: 'Referral' }));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getByRole('status')).toHaveTextContent('Correct.');
    expect(useProgressStore.getState().chapters).toEqual({});
    expect(useProgressStore.getState().outbox).toEqual([]);
  });

  it('speaks Chinese when the interface does', async () => {
    setLocale('zh-CN');
    const user = userEvent.setup();
    render(<QuizBlockView block={singleQuiz()} chapterId="c" />);
    expect(screen.getByRole('region', { name: '小测验' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Email' }));
    await user.click(screen.getByRole('button', { name: '提交答案' }));
    expect(screen.getByRole('status')).toHaveTextContent('回答错误，得分 0%。');
    expect(screen.getByRole('radio', { name: 'Email 你选了这一项，选错了' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Referral 正确答案（你没有选）' })).toBeInTheDocument();
    expect(screen.getByText('解析')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '再试一次' })).toHaveFocus();
  });
});
