import { lazy, Suspense } from 'react';
import type { CalculatorBlock } from '../../content/types.ts';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';

// The KPI library and the calculator load on first use, never with the page that embeds them.
const CalculatorBlockView = lazy(async () => ({
  default: (await import('./calculator-block-view.tsx')).CalculatorBlockView,
}));

function CalculatorPlaceholder() {
  const { t } = useT(calculatorMessages);
  return (
    // Sized inline: the stylesheet arrives with the calculator itself.
    <p className="calc-placeholder" role="status" style={{ minHeight: '20rem', margin: '1.25rem 0' }}>
      {t('calculators.loading')}
    </p>
  );
}

/** What a lesson registers for `calculator` blocks: the calculator behind a sized placeholder. */
export function LazyCalculatorBlock({ block }: { block: CalculatorBlock }) {
  return (
    <Suspense fallback={<CalculatorPlaceholder />}>
      <CalculatorBlockView block={block} />
    </Suspense>
  );
}
