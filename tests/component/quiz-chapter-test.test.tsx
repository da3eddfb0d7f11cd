import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Chapter, QuizBlock } from '../../src/content/types.ts';
import { course, findChapter } from '../../src/course/course.ts';
import { ChapterTest } from '../../src/features/quiz/chapter-test.tsx';
import { collectChapterQuizzes } from '../../src/features/quiz/collect-quizzes.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { selectChapterProgress } from '../../src/progress/selectors.ts';
import { answerAll, loadChapter, questionGroups } from './quiz-chapter-helpers.ts';
import { renderInRouter, setLocale, shownTexts } from './quiz-fixtures.tsx';

let chapter: Chapter;
let quizzes: QuizBlock[];

beforeAll(async () => {
  chapter = await loadChapter('en/overview');
  quizzes = collectChapterQuizzes(chapter);
});

beforeEach(() => {
  setLocale('en');
  useProgressStore.setState({ chapters: {}, outbox: [], lastPosition: null });
});

const submitButton = () => screen.getByRole('button', { name: 'Submit test' });
const progressOf = () => selectChapterProgress(useProgressStore.getState(), findChapter('overview')!, 'en', course.passMark);

describe('chapter test', () => {
  it('collects every quiz of the chapter in slide order, callouts included', () => {
    const manifestIds = findChapter('overview')!.quizIds;
    expect(quizzes.map((quiz) => quiz.id)).toEqual(manifestIds);
    expect(quizzes.length).toBeGreaterThanOrEqual(5);
  });

  it('sits under a heading with a linkable id and shows the questions with progress', async () => {
    const user = userEvent.setup();
    renderInRouter(<ChapterTest chapter={chapter} />);
    const section = screen.getByRole('region', { name: 'Chapter test' });
    expect(section).toHaveAttribute('id', 'chapter-test');
    expect(questionGroups()).toHaveLength(quizzes.length);
    expect(screen.getByText(`You have not taken this test yet.`)).toBeInTheDocument();
    expect(submitButton()).toBeDisabled();
    const ordered = quizzes.filter((quiz) => quiz.kind === 'order').length;
    expect(screen.getByText(`Answered: ${ordered} of ${quizzes.length}`)).toBeInTheDocument();

    await answerAll(user, quizzes);
    expect(screen.getByText(`Answered: ${quizzes.length} of ${quizzes.length}`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Test progress' })).toHaveAttribute('aria-valuenow', '100');
    expect(submitButton()).toBeEnabled();
  });

  it('focuses the test when the address links to it', () => {
    renderInRouter(<ChapterTest chapter={chapter} />, '/learn/overview#chapter-test');
    expect(screen.getByRole('heading', { name: 'Chapter test' })).toHaveFocus();
  });

  it('scores a passing attempt, records it and shows the review with explanations', async () => {
    const user = userEvent.setup();
    renderInRouter(<ChapterTest chapter={chapter} />);
    await answerAll(user, quizzes);
    await user.click(submitButton());

    expect(screen.getByRole('heading', { name: 'Your result' })).toHaveFocus();
    const total = quizzes.length;
    expect(screen.getByText(`Score: 100% (${total} of ${total} fully correct)`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Test score 100%. Passed (pass mark 80%).');
    expect(screen.getAllByText('Explanation')).toHaveLength(quizzes.filter((quiz) => quiz.explain).length);
    expect(screen.getAllByText(/^Correct\. Score: 100%\.$/)).toHaveLength(total);

    const { attempts } = useProgressStore.getState().chapters.overview!;
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ score: 1, quizIds: quizzes.map((quiz) => quiz.id) });
    expect(Object.keys(attempts[0]!.answers)).toEqual(quizzes.map((quiz) => quiz.id));
    expect(useProgressStore.getState().outbox.filter((event) => event.type === 'quiz_submitted')).toHaveLength(1);
    expect(screen.getByText('Best score: 100%')).toBeInTheDocument();
    expect(screen.getByText('Attempts: 1')).toBeInTheDocument();
  });

  it('fails an attempt below the pass mark and marks the wrong answers', async () => {
    const user = userEvent.setup();
    renderInRouter(<ChapterTest chapter={chapter} />);
    const wrong = new Set(quizzes.slice(0, 2).map((quiz) => quiz.id));
    await answerAll(user, quizzes, wrong);
    await user.click(submitButton());

    const total = quizzes.length;
    const percent = Math.floor(((total - 2) * 100) / total);
    expect(percent).toBeLessThan(course.passMark * 100);
    expect(screen.getByText(`Score: ${percent}% (${total - 2} of ${total} fully correct)`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Test score ${percent}%. Not passed (pass mark 80%).`);
    const [first, second] = questionGroups();
    expect(first!.closest('li')).toHaveTextContent(/Not correct\. Score: 0%\./);
    expect(second!.closest('li')).toHaveTextContent(/Not correct\. Score: 0%\./);
    expect(useProgressStore.getState().chapters.overview!.attempts[0]!.score).toBeCloseTo((total - 2) / total, 12);
    expect(progressOf()).toMatchObject({ attempts: 1, complete: false });
  });

  it('retakes the test reshuffled, with answers cleared, keeping the best score', async () => {
    const user = userEvent.setup();
    renderInRouter(<ChapterTest chapter={chapter} />);
    const before = shownTexts();
    await answerAll(user, quizzes, new Set([quizzes[0]!.id]));
    await user.click(submitButton());
    await user.click(screen.getAllByRole('button', { name: 'Retake the test' })[0]!);

    expect(screen.getByRole('heading', { name: 'Chapter test' })).toHaveFocus();
    expect(shownTexts()).not.toEqual(before);
    expect(screen.queryByRole('heading', { name: 'Your result' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    expect(submitButton()).toBeDisabled();

    await answerAll(user, quizzes, new Set(quizzes.slice(0, 3).map((quiz) => quiz.id)));
    await user.click(submitButton());
    expect(useProgressStore.getState().chapters.overview!.attempts).toHaveLength(2);
    const best = Math.floor(((quizzes.length - 1) * 100) / quizzes.length);
    expect(screen.getByText(`Best score: ${best}%`)).toBeInTheDocument();
    expect(screen.getByText('Attempts: 2')).toBeInTheDocument();
  });

  it('completes the chapter once a passed test joins every seen slide', async () => {
    const user = userEvent.setup();
    const { markSlideSeen } = useProgressStore.getState();
    for (const slide of chapter.slides) markSlideSeen('overview', slide.id);
    expect(progressOf().complete).toBe(false);

    renderInRouter(<ChapterTest chapter={chapter} />);
    await answerAll(user, quizzes);
    await user.click(submitButton());

    expect(progressOf()).toMatchObject({ complete: true, bestScore: 1, attempts: 1 });
    expect(within(screen.getByRole('group', { name: 'Your test record' })).getByText('Chapter complete.')).toBeInTheDocument();
  });

  it('tells a learner who passed but has sections left to read', async () => {
    const user = userEvent.setup();
    renderInRouter(<ChapterTest chapter={chapter} />);
    await answerAll(user, quizzes);
    await user.click(submitButton());
    expect(progressOf().complete).toBe(false);
    expect(screen.getByText('Test passed. Read every section to complete the chapter.')).toBeInTheDocument();
  });

  it('runs in Chinese', async () => {
    setLocale('zh-CN');
    const zh = await loadChapter('zh-CN/overview');
    renderInRouter(<ChapterTest chapter={zh} />);
    expect(screen.getByRole('heading', { name: '本章测验' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: /^第 1 题（共 \d+ 题）/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: '提交测验' })).toBeDisabled();
  });
});
