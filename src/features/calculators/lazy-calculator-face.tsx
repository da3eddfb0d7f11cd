import { lazy, Suspense } from 'react';
import type { CalculatorBlock } from '../../content/types.ts';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';

// Like the lesson's calculator: the KPI library loads with the first calculator shown, not before.
const CalculatorFaceView = lazy(async () => ({
  default: (await import('./calculator-face-view.tsx')).CalculatorFaceView,
}));

function Loading() {
  const { t } = useT(calculatorMessages);
  return (
    <p className="calc-placeholder" role="status">
      {t('calculators.loading')}
    </p>
  );
}

/** What slide faces register for `calculator` blocks: the projection form, loaded on first use. */
export function LazyCalculatorFace({ block }: { block: CalculatorBlock }) {
  return (
    <Suspense fallback={<Loading />}>
      <CalculatorFaceView block={block} />
    </Suspense>
  );
}
