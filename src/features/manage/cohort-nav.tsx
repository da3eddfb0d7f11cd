import { NavLink } from 'react-router-dom';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';

const PAGES: Array<{ path: string; label: KeyOf<typeof manageToolMessages> }> = [
  { path: '', label: 'tools.nav.matrix' },
  { path: '/items', label: 'tools.nav.items' },
  { path: '/behind', label: 'tools.nav.behind' },
  { path: '/settings', label: 'tools.nav.settings' },
];

/** A cohort's pages: progress, question analysis, who is behind, settings; the current one marked. */
export function CohortNav({ cohortId }: { cohortId: string }) {
  const { t } = useT(manageToolMessages);
  const base = `/manage/cohorts/${encodeURIComponent(cohortId)}`;
  return (
    <nav className="manage-cohort-nav" aria-label={t('tools.nav.label')}>
      <ul>
        {PAGES.map((page) => (
          <li key={page.path}>
            <NavLink to={`${base}${page.path}`} end>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
