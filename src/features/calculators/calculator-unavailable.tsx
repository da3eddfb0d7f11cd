import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';

/** What a chapter shows for a calculator kind this version of the app does not have. */
export function CalculatorUnavailable() {
  const { t } = useT(calculatorMessages);
  return (
    <p className="block-pending" role="note">
      {t('calculators.unavailable')}
    </p>
  );
}
