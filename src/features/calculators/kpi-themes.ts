import type { KeyOf } from '../../i18n/define-messages.ts';
import type { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { KPI_DEFINITIONS, type KpiDefinition, type KpiTheme } from '../../kpi/index.ts';

/** The toolbox's groups, in the order a business runs: win customers, sell, deliver, account. */
const THEMES: readonly { theme: KpiTheme; title: KeyOf<typeof calculatorMessages> }[] = [
  { theme: 'customer', title: 'calculators.theme.customer' },
  { theme: 'funnel', title: 'calculators.theme.funnel' },
  { theme: 'fulfilment', title: 'calculators.theme.fulfilment' },
  { theme: 'finance', title: 'calculators.theme.finance' },
];

export interface KpiGroup {
  theme: KpiTheme;
  title: KeyOf<typeof calculatorMessages>;
  definitions: KpiDefinition[];
}

export function kpiGroups(): KpiGroup[] {
  return THEMES.map(({ theme, title }) => ({
    theme,
    title,
    definitions: KPI_DEFINITIONS.filter((definition) => definition.theme === theme),
  }));
}
