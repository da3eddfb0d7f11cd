import type { Locale } from '../../content/types.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import type { calculatorMessages } from '../../i18n/messages/calculators.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { KpiDefinition } from '../../kpi/index.ts';
import { type FormValues, offersPointDifference, RATES_FIELD } from './form-values.ts';

/** Below this churn per period (in %), a lifetime or LTV is too long to be believable. */
const TINY_CHURN_PCT = 0.1;

interface NoteContext {
  definition: KpiDefinition;
  /** Validated inputs of a successful calculation. */
  inputs: Record<string, unknown>;
  values: FormValues;
  t: Translate<KeyOf<typeof calculatorMessages>>;
  locale: Locale;
}

/** Sentences that belong next to a valid result: the pp difference of two rates, realism warnings. */
export function resultNotes({ definition, inputs, values, t, locale }: NoteContext): string[] {
  const notes: string[] = [];
  const { before, after, churnRatePct } = inputs;
  if (offersPointDifference(definition) && values[RATES_FIELD] === true && typeof before === 'number' && typeof after === 'number') {
    const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(after - before);
    notes.push(t('calculators.pointDifference', { value: points }));
  }
  if (typeof churnRatePct === 'number' && churnRatePct < TINY_CHURN_PCT) notes.push(t('calculators.tinyChurn'));
  return notes;
}
