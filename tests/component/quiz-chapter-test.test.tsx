import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Chapter, QuizBlock } from '../../src/content/types.ts';
import { course, findChapter } from '../../src/course/course.ts';
import { ChapterTest } from '../../src/features/quiz/chapter-test.tsx';
import { useProgressStore } from '../../src/progress/progress-store.ts';
import { selectChapterProgress } from '../../src/progress/selectors.ts';
import { drawTest } from '../../src/quiz/test-draw.ts';
import { answerAll, loadChapter, questionGroups } from './quiz-chapter-helpers.ts';
import { renderInRouter, setLocale } from './quiz-fixtures.tsx';

let chapter: Chapter;
let quizzes: QuizBlock[];

/** The seed every attempt gets while `Math.random` returns `r`. */
const seedFor = (r: number) => Math.floor(r * 0x1_0000_0000);
const drawnFor = (r: number) => {
  const ids = drawTest(chapter.test, seedFor(r), findChapter('overview')!.testSize);
  return chapter.test.filter((quiz) => ids.includes(quiz.id));
};
const T = Date.UTC(2026, 0, 5, 9, 0);

beforeAll(async () => {
  chapter = await loadChapter('en/overview');
});

beforeEach(() => {
  setLocale('en');
  useProgressStore.setState({ chapters: {}, outbox: [], lastPosition: null });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T);
  vi.spyOn(Math, 'random').mockReturnValue(0.25);
  quizzes = drawnFor(0.25);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const submitButton = () => screen.getByRole('button', { name: 'Submit test' });
const progressOf = () => selectChapterProgress(useProgressStore.getState(), findChapter('overview')!, 'en', course.passMark);

describe('chapter test', () => {
  it('draws its questions from the chapter\'s own bank, never the practice quizzes on the slides', () => {
    const { testSize } = findChapter('overview')!;
    expect(testSize).toBe(course.test.questions);
    expect(quizzes).toHaveLength(testSize);
    const practice = new Set(findChapter('overview')!.quizIds);
    expect(quizzes.some((quiz) => practice.has(quiz.id))).toBe(false);
    // Every objective is asked before any is asked twice.
    expect(new Set(quizzes.map((quiz) => quiz.objective)).size).toBe(Math.min(testSize, chapter.objectives.length));
    // Another seed, another draw.
    expect(drawnFor(0.75).map((quiz) => quiz.id)).not.toEqual(quizzes.map((quiz) => quiz.id));
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

  it('scores a passing attempt, records it with its seed and shows the review with explanations', async () => {
    const user = userEvent.setup();
    renderInRouter(<ChapterTest chapter={chapter} />);
    await answerAll(user, quizzes);
    await user.click(submitButton());

    expect(screen.getByRole('heading', { name: 'Your result' })).toHaveFocus();
    const total = quizzes.length;
    expect(screen.getByText(`Score: 100% (${total} of ${total} fully correct)`)).toBeInTheDocument();
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Test score 100%. Passed (pass mark 80%).');
    expect(screen.getAllByText('Explanation')).toHaveLength(quizzes.filter((quiz) => quiz.explain).length);
    expect(screen.getAllByText(/^Correct\. Score: 100%\.$/)).toHaveLength(total);

    const { attempts } = useProgressStore.getState().chapters.overview!;
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ score: 1, seed: seedFor(0.25), quizIds: quizzes.map((quiz) => quiz.id) });
    expect(Object.keys(attempts[0]!.answers)).toEqual(quizzes.map((quiz) => quiz.id));
    const sent = useProgressStore.getState().outbox.filter((event) => event.type === 'quiz_submitted');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ seed: seedFor(0.25), attemptId: attempts[0]!.id });
    expect(screen.getByText('Best score: 100%')).toBeInTheDocument();
    expect(screen.getByText('Attempts: 1')).toBeInTheDocument();
  });

  it('fails an attempt below the pass mark: marks what was wrong but keeps the right answers hidden', async () => {
    const user = userEvent.setup();
    renderInRouter(<ChapterTest chapter={chapter} />);
    const wrong = new Set(quizzes.slice(0, 2).map((quiz) => quiz.id));
    await answerAll(user, quizzes, wrong);
    await user.click(submitButton());

    const total = quizzes.length;
    const percent = Math.floor(((total - 2) * 100) / total);
    expect(percent).toBeLessThan(course.passMark * 100);
    expect(screen.getByText(`Score: ${percent}% (${total - 2} of ${total} fully correct)`)).toBeInTheDocument();
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(`Test score ${percent}%. Not passed (pass mark 80%). Revisit the objectives named below, then retake the test.`);
    const [first, second] = questionGroups();
    expect(first!.closest('li')).toHaveTextContent(/Not correct\. Score: 0%\./);
    expect(second!.closest('li')).toHaveTextContent(/Not correct\. Score: 0%\./);
    // No answer key: no explanations, no "right answer you did not choose", no numeric answer, no positions.
    expect(screen.queryByText('Explanation')).not.toBeInTheDocument();
    expect(screen.queryByText(/you did not choose|Correct answer/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/Belongs in position/)).not.toBeInTheDocument();
    // Each wrong answer points at the objective to revisit.
    const objective = chapter.objectives.find((o) => o.id === quizzes[0]!.objective)!;
    expect(first!.closest('li')).toHaveTextContent(`Revisit this learning objective: ${objective.text}`);
    expect(useProgressStore.getState().chapters.overview!.attempts[0]!.score).toBeCloseTo((total - 2) / total, 12);
    expect(progressOf()).toMatchObject({ attempts: 1, complete: false });
  });

  it('keeps the attempt rules: a retake waits for the cooldown, then draws new questions', async () => {
    const user = userEvent.setup();
    const view = renderInRouter(<ChapterTest chapter={chapter} />);
    await answerAll(user, quizzes, new Set([quizzes[0]!.id, quizzes[1]!.id]));
    await user.click(submitButton());
    const retake = screen.getAllByRole('button', { name: 'Retake the test' });
    expect(retake.every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect(screen.getByText(/Take a short break after each attempt: you can retake the test from/)).toBeInTheDocument();

    // Coming back later, the wait is over and a new seed draws a new set of questions.
    view.unmount();
    vi.setSystemTime(T + (course.test.cooldownMinutes + 1) * 60_000);
    vi.mocked(Math.random).mockReturnValue(0.75);
    renderInRouter(<ChapterTest chapter={chapter} />);
    const next = drawnFor(0.75);
    expect(questionGroups()).toHaveLength(next.length);
    await answerAll(user, next);
    await user.click(submitButton());
    expect(useProgressStore.getState().chapters.overview!.attempts).toHaveLength(2);
    expect(screen.getByText('Best score: 100%')).toBeInTheDocument();
    expect(screen.getByText('Attempts: 2')).toBeInTheDocument();
  });

  it('hides the questions while the daily limit of attempts is used up', () => {
    const at = (minutes: number) => T - minutes * 60_000;
    const attempts = Array.from({ length: course.test.attemptsPerDay }, (_, i) => ({
      id: `a${i}`,
      at: at(60 * (i + 1)),
      score: 0,
      answers: {},
      quizIds: quizzes.map((quiz) => quiz.id),
      seed: i,
    }));
    useProgressStore.setState({ chapters: { overview: { seen: {}, attempts, completedAt: null } } });
    renderInRouter(<ChapterTest chapter={chapter} />);
    expect(screen.getByText(/You have used today’s attempts: you can retake the test from/)).toBeInTheDocument();
    expect(screen.queryAllByRole('group', { name: /^Question \d+ of \d+/ })).toHaveLength(0);
  });

  it('tells the learner when the server\'s verdict differs from this device\'s score', () => {
    const base = { answers: {}, quizIds: quizzes.map((quiz) => quiz.id), seed: 1 };
    const attempts = [
      { ...base, id: 'regraded', at: T - 3 * 60 * 60_000, score: 1, verdict: { verdict: 'graded' as const, score: 0.6, gradedAt: T - 60_000 } },
    ];
    useProgressStore.setState({ chapters: { overview: { seen: {}, attempts, completedAt: null } } });
    renderInRouter(<ChapterTest chapter={chapter} />);
    expect(screen.getByRole('note')).toHaveTextContent(/The server graded your attempt of .* at 60% \(this device showed 100%\)\. The server’s score counts\./);
    // The server's score is the one that counts.
    expect(screen.getByText('Best score: 60%')).toBeInTheDocument();
  });

  it('does not count attempts imported from a file', () => {
    const attempts = [{ id: 'from-file', at: T - 60 * 60_000, score: 1, answers: {}, quizIds: quizzes.map((quiz) => quiz.id), seed: 3, imported: true }];
    useProgressStore.setState({ chapters: { overview: { seen: {}, attempts, completedAt: null } } });
    expect(progressOf()).toMatchObject({ bestScore: null, complete: false });
  });

  it('completes the chapter once a passed test joins every seen slide', async () => {
    const user = userEvent.setup();
    const { markSlideSeen } = useProgressStore.getState();
    for (const slide of chapter.slides) markSlideSeen('overview', slide.id, T - 60_000);
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

describe('chapter test: what counts as answered', () => {
  it('counts an ordering question only once its items were moved, and flags letters in a number at once', async () => {
    const processes = await loadChapter('en/processes');
    const size = findChapter('processes')!.testSize;
    // A seed whose draw holds an ordering and a numeric question.
    const r = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95].find((value) => {
      const ids = drawTest(processes.test, seedFor(value), size);
      const drawn = processes.test.filter((quiz) => ids.includes(quiz.id));
      return drawn.some((quiz) => quiz.kind === 'order') && drawn.some((quiz) => quiz.kind === 'numeric');
    });
    expect(r).toBeDefined();
    vi.spyOn(Math, 'random').mockReturnValue(r!);
    const user = userEvent.setup();
    renderInRouter(<ChapterTest chapter={processes} />);
    expect(screen.getByText(`Answered: 0 of ${size}`)).toBeInTheDocument();

    const groups = questionGroups();
    const ids = drawTest(processes.test, seedFor(r!), size);
    const drawn = processes.test.filter((quiz) => ids.includes(quiz.id));
    const orderGroup = groups[drawn.findIndex((quiz) => quiz.kind === 'order')]!;
    await user.click(within(orderGroup).getAllByRole('button', { name: /^Move “.*” down$/ }).find((b) => !b.hasAttribute('disabled'))!);
    expect(screen.getByText(`Answered: 1 of ${size}`)).toBeInTheDocument();

    const numericGroup = groups[drawn.findIndex((quiz) => quiz.kind === 'numeric')]!;
    const field = within(numericGroup).getByRole('textbox');
    await user.type(field, '12');
    expect(within(numericGroup).queryByText(/Enter a number/)).toBeNull();
    await user.type(field, 'x');
    // Still in the field, and already told why the answer does not count.
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(within(numericGroup).getByText(/Enter a number/)).toBeInTheDocument();
    expect(screen.getByText(`Answered: 1 of ${size}`)).toBeInTheDocument();
  });
});
