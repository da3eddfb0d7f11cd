import { CalculatorPage } from '../features/calculators/calculator-page.tsx';
import { CalculatorsIndexPage } from '../features/calculators/calculators-index-page.tsx';

/** `/calculators`: the toolbox of every KPI calculator. */
export function CalculatorsIndexRoute() {
  return <CalculatorsIndexPage />;
}

/** `/calculators/:kpiId`: one calculator with its inputs in the address. */
export function CalculatorRoute() {
  return <CalculatorPage />;
}
