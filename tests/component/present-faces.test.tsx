import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Chapter, QuizBlock, SingleQuiz } from '../../src/content/types.ts';
import { CalculatorFaceView } from '../../src/features/calculators/calculator-face-view.tsx';
import { QuizFace } from '../../src/features/quiz/quiz-face.tsx';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import type { BlockRenderers } from '../../src/ui/block-renderers.tsx';
import { loadChapter, renderDeck, stubBroadcastChannel } from './present-helpers.tsx';

vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg /> }));
vi.mock('../../src/ui/charts/line-drawing.tsx', () => ({ default: () => <svg /> }));
vi.mock('../../src/ui/charts/funnel-drawing.tsx', () => ({ default: () => <svg /> }));

/** Slide faces use the projection forms; nothing else is registered, so a page form cannot sneak in. */
const blocks: BlockRenderers = { quizFace: QuizFace, calculatorFace: CalculatorFaceView };

let chapter: Chapter;
let quizChapter: Chapter;
beforeAll(async () => {
  chapter = await loadChapter('overview');
  quizChapter = await loadChapter('roles');
});
beforeEach(() => useLocaleStore.setState({ locale: 'zh-CN' }));
afterEach(() => vi.unstubAllGlobals());

const faceQuizSlide = () => quizChapter.slides.find((s) => s.face.some((b) => b.type === 'quiz' && (b.kind === 'single' || b.kind === 'multiple')))!;
const faceCalculatorSlide = () => chapter.slides.find((s) => s.face.some((b) => b.type === 'calculator'))!;
const shownStage = (container: HTMLElement) => container.querySelector<HTMLElement>('.slide-stage-main:not(.slide-stage-waiting)')!;

describe('slide faces in slide mode', () => {
  it('shows only the face on the canvas: the depth is not projected, D opens it over the slide', async () => {
    const slide = chapter.slides.find((s) => s.depth.length > 0 && s.face.every((b) => b.type === 'prose'))!;
    const user = userEvent.setup();
    const { container } = renderDeck(`/present/overview/${slide.id}`, { blocks });
    await waitFor(() => expect(shownStage(container).querySelector('.slide-canvas')).toHaveAttribute('data-slide-id', slide.id));
    const canvas = shownStage(container).querySelector('.slide-canvas')!;
    expect(canvas.querySelector('.slide-depth')).toBeNull();
    expect(canvas.textContent!.length).toBeLessThan(400);

    await user.keyboard('d');
    const dialog = await screen.findByRole('dialog', { name: `展开阅读：${slide.title}` });
    expect(within(dialog).queryAllByRole('heading').length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('projects a quiz large, without its form, and reveals the answer on A in every window', async () => {
    stubBroadcastChannel();
    const user = userEvent.setup();
    const slide = faceQuizSlide();
    const quiz = slide.face.find((b): b is QuizBlock => b.type === 'quiz') as SingleQuiz;
    const audience = renderDeck(`/present/roles/${slide.id}`, { blocks }).container;
    const presenter = renderDeck(`/presenter/roles/${slide.id}`, { blocks }).container;
    await waitFor(() => expect(shownStage(audience).querySelector('.quiz-face')).not.toBeNull());
    const face = shownStage(audience).querySelector<HTMLElement>('.quiz-face')!;
    expect(face.querySelectorAll('.quiz-face-option')).toHaveLength(quiz.options.length);
    expect(face.querySelector('input, button')).toBeNull();
    expect(face.querySelectorAll('.quiz-face-correct')).toHaveLength(0);

    // The presenter presses A: the correct options light up on the projector too.
    await within(presenter).findByRole('heading', { level: 1 });
    await user.keyboard('a');
    const correct = quiz.options.filter((o) => o.correct).length;
    await waitFor(() => expect(shownStage(audience).querySelectorAll('.quiz-face-correct')).toHaveLength(correct));
    expect(presenter.querySelectorAll('.presenter-current .quiz-face-correct')).toHaveLength(correct);
    // The presenter reads the explanation beside the notes.
    if (quiz.explain) expect(within(presenter).getByRole('heading', { name: '答案解析' })).toBeInTheDocument();

    await user.keyboard('a');
    await waitFor(() => expect(shownStage(audience).querySelectorAll('.quiz-face-correct')).toHaveLength(0));
  });

  it('projects a calculator as its inputs and result in large type, synced between windows', async () => {
    stubBroadcastChannel();
    const user = userEvent.setup();
    const slide = faceCalculatorSlide();
    const audience = within(renderDeck(`/present/overview/${slide.id}`, { blocks }).container);
    const presenterView = renderDeck(`/presenter/overview/${slide.id}`, { blocks }).container;
    await waitFor(() => expect(presenterView.querySelector('.presenter-current .calculator-face')).not.toBeNull());
    const presenter = within(presenterView.querySelector<HTMLElement>('.presenter-current')!);
    const field = (await presenter.findAllByRole('textbox'))[0]!;
    await audience.findAllByRole('textbox');
    expect(presenterView.querySelector('.presenter-current .calculator-face')).not.toBeNull();
    // No formula, chart or toolbox link on the projected form.
    expect(presenterView.querySelector('.presenter-current .calc-formula, .presenter-current .calc-chart')).toBeNull();

    await user.clear(field);
    await user.type(field, '12');
    await waitFor(() => expect(audience.getAllByRole('textbox')[0]).toHaveValue('12'));
  });
});
