import type { CalculatorBlock } from '../../content/types.ts';
import type { KpiDefinition } from '../../kpi/index.ts';
import { usePresentedState } from '../../ui/presentation-sync.tsx';
import { type FormValues, initialFormValues, isFormValuesFor } from './form-values.ts';

/**
 * A chapter calculator's values, starting from its presets. The lesson's form and the projected
 * form share the key, so in a presentation what is typed in one window shows in the others.
 */
export function usePresetValues(definition: KpiDefinition, presets: CalculatorBlock['presets']): [FormValues, (next: FormValues) => void] {
  return usePresentedState(
    `calculator-${definition.id}`,
    () => initialFormValues(definition, presets),
    (state): state is FormValues => isFormValuesFor(definition, state),
  );
}
