import { createContext, useContext, type ComponentType } from 'react';
import type { CalculatorBlock, ChartBlock, QuizBlock } from '../content/types.ts';

/** Components for interactive blocks; the app supplies them so `ui/` needs no feature code. */
export interface BlockRenderers {
  quiz?: ComponentType<{ block: QuizBlock; chapterId: string }>;
  calculator?: ComponentType<{ block: CalculatorBlock }>;
  chart?: ComponentType<{ block: ChartBlock }>;
  /** The projection forms drawn on the slide canvas; the page forms stand in where none is given. */
  quizFace?: ComponentType<{ block: QuizBlock; chapterId: string }>;
  calculatorFace?: ComponentType<{ block: CalculatorBlock }>;
}

const BlockRenderersContext = createContext<BlockRenderers>({});

export const BlockRenderersProvider = BlockRenderersContext.Provider;

export function useBlockRenderers(): BlockRenderers {
  return useContext(BlockRenderersContext);
}
