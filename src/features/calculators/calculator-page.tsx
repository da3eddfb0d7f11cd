import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import { getKpiDefinition, type KpiDefinition } from '../../kpi/index.ts';
import { NotFound } from '../../ui/not-found.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { Calculator } from './calculator.tsx';
import { type FormValues, initialFormValues } from './form-values.ts';
import { formValuesFromQuery, queryFromFormValues } from './query-codec.ts';

/** `/calculators/:kpiId`: one calculator whose inputs live in the address, to bookmark or share. */
export function CalculatorPage() {
  const { kpiId = '' } = useParams();
  const { t } = useT(calculatorMessages);
  const definition = getKpiDefinition(kpiId);
  if (!definition) {
    return (
      <NotFound detail={t('calculators.notFound', { id: kpiId })}>
        <li>
          <Link to="/calculators">{t('calculators.page.back')}</Link>
        </li>
      </NotFound>
    );
  }
  return <SharedCalculator key={definition.id} definition={definition} />;
}

function SharedCalculator({ definition }: { definition: KpiDefinition }) {
  const { t, locale } = useT(calculatorMessages);
  const [searchParams, setSearchParams] = useSearchParams();
  useDocumentTitle([definition.name[locale], t('calculators.index.title')]);
  const [start] = useState(() => formValuesFromQuery(definition, searchParams, initialFormValues(definition)));
  const [values, setValues] = useState(start);
  const update = (next: FormValues) => {
    setValues(next);
    setSearchParams(queryFromFormValues(definition, next), { replace: true, preventScrollReset: true });
  };
  return (
    <div className="calc-page">
      <p>
        <Link to="/calculators">{t('calculators.page.back')}</Link>
      </p>
      <Calculator
        definition={definition}
        values={values}
        onChange={update}
        onReset={() => update(start)}
        headingLevel="h1"
        description={definition.description[locale]}
      />
      <p className="calc-share-hint">{t('calculators.page.shareHint')}</p>
    </div>
  );
}
