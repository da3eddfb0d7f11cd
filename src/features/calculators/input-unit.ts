import type { KeyOf } from '../../i18n/define-messages.ts';
import type { calculatorMessages } from '../../i18n/messages/calculators.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { KpiInputDef } from '../../kpi/index.ts';

/** The unit shown beside an input, or null for counts and plain numbers. */
export function inputUnit(unit: KpiInputDef['unit'], t: Translate<KeyOf<typeof calculatorMessages>>): string | null {
  switch (unit) {
    case 'currency':
      return t('calculators.unit.currency');
    case 'percent':
      return t('calculators.unit.percent');
    case 'hours':
      return t('calculators.unit.hours');
    case 'days':
      return t('calculators.unit.days');
    case 'count':
    case 'none':
      return null;
  }
}
