import type { ReactNode } from 'react';
import { LazyCalculatorBlock } from '../features/calculators/lazy-calculator-block.tsx';
import { LazyCalculatorFace } from '../features/calculators/lazy-calculator-face.tsx';
import { QuizBlockView } from '../features/quiz/quiz-block-view.tsx';
import { QuizFace } from '../features/quiz/quiz-face.tsx';
import { ChartBlockView } from '../ui/charts/chart-block-view.tsx';
import { BlockRenderersProvider, type BlockRenderers } from '../ui/block-renderers.tsx';

/** Which feature component renders each interactive block type in lessons, and on slide faces. */
const renderers: BlockRenderers = {
  quiz: QuizBlockView,
  calculator: LazyCalculatorBlock,
  chart: ChartBlockView,
  quizFace: QuizFace,
  calculatorFace: LazyCalculatorFace,
};

export function InteractiveBlocks({ children }: { children: ReactNode }) {
  return <BlockRenderersProvider value={renderers}>{children}</BlockRenderersProvider>;
}
