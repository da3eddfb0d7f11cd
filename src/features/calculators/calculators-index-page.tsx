import { Link } from 'react-router-dom';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { KPI_DEFINITIONS } from '../../kpi/index.ts';
import { kpiGroups } from './kpi-themes.ts';
import './calculators.css';

/** `/calculators`: every KPI calculator, grouped by theme. */
export function CalculatorsIndexPage() {
  const { t, locale } = useT(calculatorMessages);
  useDocumentTitle([t('calculators.index.title')]);
  return (
    <div className="calc-index">
      <header>
        <h1>{t('calculators.index.title')}</h1>
        <p className="calc-intro">{t('calculators.index.intro', { count: KPI_DEFINITIONS.length })}</p>
      </header>
      {kpiGroups().map((group) => (
        <section key={group.theme} aria-labelledby={`theme-${group.theme}`} className="calc-group">
          <h2 id={`theme-${group.theme}`}>{t(group.title)}</h2>
          <ul className="calc-list">
            {group.definitions.map((definition) => (
              <li key={definition.id} className="calc-card">
                <h3>
                  <Link to={`/calculators/${definition.id}`}>{definition.name[locale]}</Link>
                </h3>
                <p>{firstSentence(definition.description[locale])}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The description's first sentence, so every card stays one line of thought. */
function firstSentence(text: string): string {
  const match = /^.*?(?:[。！？]|[.!?](?=\s|$))/u.exec(text);
  return match ? match[0] : text;
}
