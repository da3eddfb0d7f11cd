import { describe, expect, it } from 'vitest';
import { calculatorMessages } from '../../../../src/i18n/messages/calculators.ts';
import { translatorFor } from '../../../../src/i18n/translate.ts';
import type { KpiUnit } from '../../../../src/kpi/index.ts';
import { formatKpiValue, formatNumber } from '../../../../src/features/calculators/format.ts';

describe('KPI result formats', () => {
  it.each<[KpiUnit, number, string, string]>([
    ['percent', 85, '85%', '85%'],
    ['percent', 3.6000000000000005, '3.6%', '3.6%'],
    ['currency', 1166.6666, '¥1,166.67', '¥1,166.67'],
    ['times', 2.5, '2.5×', '2.5×'],
    ['hours', 40, '40 小时', '40 hours'],
    ['days', 60.8333, '60.83 天', '60.83 days'],
    ['months', 8, '8 个月', '8 months'],
    ['points', 10, '+10 分', '+10 points'],
    ['points', -100, '-100 分', '-100 points'],
    ['periods', 40, '40 个周期', '40 periods'],
  ])('shows %s %d as %s and %s', (unit, value, zh, en) => {
    expect(formatKpiValue(value, unit, 'zh-CN', translatorFor('zh-CN', calculatorMessages))).toBe(zh);
    expect(formatKpiValue(value, unit, 'en', translatorFor('en', calculatorMessages))).toBe(en);
  });

  it('keeps tiny values visible instead of rounding them to 0', () => {
    expect(formatNumber('en', 1e-7)).toBe('0.0000001');
    expect(formatNumber('en', 0)).toBe('0');
  });
});
