import type { Locale } from '../../content/types.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import type { calculatorMessages } from '../../i18n/messages/calculators.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { KpiUnit } from '../../kpi/index.ts';

/** A plain number for the learner's locale: grouped, at most `digits` decimals, tiny values kept. */
export function formatNumber(locale: Locale, value: number, digits = 2): string {
  const tiny = value !== 0 && Math.abs(value) < 10 ** -digits;
  const options: Intl.NumberFormatOptions = tiny ? { maximumSignificantDigits: 3 } : { maximumFractionDigits: digits };
  return new Intl.NumberFormat(locale, options).format(value);
}

/** 40 hours, 40 小时: Chinese keeps the course's one space between a number and the word after it. */
function formatUnit(locale: Locale, value: number, unit: 'hour' | 'day' | 'month'): string {
  const text = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 2 }).format(value);
  return locale === 'zh-CN' ? text.replace(/(\d)(?=\p{Script=Han})/u, '$1 ') : text;
}

/** A KPI result in its unit: 85 %, ¥1,166.67, 2.5×, 40 hours, 73 days, 8 months, +10 points. */
export function formatKpiValue(value: number, unit: KpiUnit, locale: Locale, t: Translate<KeyOf<typeof calculatorMessages>>): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(locale, value)}%`;
    case 'currency':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: 'narrowSymbol',
        maximumFractionDigits: 2,
      }).format(value);
    case 'times':
      return t('calculators.value.times', { value: formatNumber(locale, value) });
    case 'hours':
      return formatUnit(locale, value, 'hour');
    case 'days':
      return formatUnit(locale, value, 'day');
    case 'months':
      return formatUnit(locale, value, 'month');
    case 'points':
      return t('calculators.value.points', {
        value: new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value),
      });
    case 'periods':
      return t('calculators.value.periods', { value: formatNumber(locale, value) });
  }
}
