import type { ReactNode } from 'react';
import { LazyCalculatorBlock } from '../features/calculators/lazy-calculator-block.tsx';
import { QuizBlockView } from '../features/quiz/quiz-block-view.tsx';
import { ChartBlockView } from '../ui/charts/chart-block-view.tsx';
import { BlockRenderersProvider, type BlockRenderers } from '../ui/block-renderers.tsx';

/** Which feature component renders each interactive block type inside lessons and slides. */
const renderers: BlockRenderers = { quiz: QuizBlockView, calculator: LazyCalculatorBlock, chart: ChartBlockView };

export function InteractiveBlocks({ children }: { children: ReactNode }) {
  return <BlockRenderersProvider value={renderers}>{children}</BlockRenderersProvider>;
}
