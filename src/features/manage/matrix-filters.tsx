import { useEffect, useId, useState } from 'react';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { STATUS_FILTERS, type MatrixQuery } from './types.ts';

const SEARCH_DELAY_MS = 350;

interface MatrixFiltersProps {
  query: MatrixQuery;
  teams: string[];
  onChange: (change: Partial<MatrixQuery>) => void;
}

/** Team, status (overdue included) and a name or employee-ID search; lists update as they change. */
export function MatrixFilters({ query, teams, onChange }: MatrixFiltersProps) {
  const { t } = useT(manageMessages);
  const id = useId();
  const [text, setText] = useState(query.q);
  const [shown, setShown] = useState(query.q);
  // The address changed the search (back button, "clear"): show it.
  if (query.q !== shown) {
    setShown(query.q);
    setText(query.q);
  }

  useEffect(() => {
    if (text === query.q) return;
    const timer = setTimeout(() => onChange({ q: text }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, query.q, onChange]);

  const filtered = query.status !== null || query.team !== null || query.q !== '';
  return (
    <form role="search" aria-label={t('manage.filters.label')} className="manage-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="manage-field">
        <label htmlFor={`${id}-team`}>{t('manage.filters.team')}</label>
        <select id={`${id}-team`} value={query.team ?? ''} onChange={(event) => onChange({ team: event.target.value || null })}>
          <option value="">{t('manage.filters.allTeams')}</option>
          {teams.map((team) => (
            <option key={team} value={team}>
              {team}
            </option>
          ))}
        </select>
      </div>
      <div className="manage-field">
        <label htmlFor={`${id}-status`}>{t('manage.filters.status')}</label>
        <select
          id={`${id}-status`}
          value={query.status ?? ''}
          onChange={(event) => onChange({ status: (event.target.value || null) as MatrixQuery['status'] })}
        >
          <option value="">{t('manage.filters.allStatuses')}</option>
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`manage.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="manage-field">
        <label htmlFor={`${id}-q`}>{t('manage.filters.search')}</label>
        <input id={`${id}-q`} type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
      </div>
      {filtered ? (
        <button type="button" onClick={() => onChange({ status: null, team: null, q: '' })}>
          {t('manage.filters.clear')}
        </button>
      ) : null}
    </form>
  );
}
