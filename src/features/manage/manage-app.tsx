import { Link, Route, Routes } from 'react-router-dom';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { BehindPage } from './behind-page.tsx';
import { CohortPage } from './cohort-page.tsx';
import { CohortSettingsPage } from './cohort-settings.tsx';
import { ItemAnalysisPage } from './item-analysis-page.tsx';
import { CohortsPage } from './cohorts-page.tsx';
import { LearnerPage } from './learner-page.tsx';
import { SessionContext, type Session } from './session-context.ts';
import { SignInForm } from './sign-in-form.tsx';
import { useManagerSession } from './use-manager-session.ts';
import './manage.css';

function SessionBar({ session }: { session: Session }) {
  const { t } = useT(manageMessages);
  return (
    <div className="manage-session">
      <p>{t('manage.signedInAs', { name: session.manager.name })}</p>
      <button type="button" onClick={session.signOut}>
        {t('manage.signOut')}
      </button>
    </div>
  );
}

function ManageNotFound() {
  const { t } = useT(manageMessages);
  return (
    <section className="manage-panel" aria-labelledby="manage-not-found">
      <h2 id="manage-not-found">{t('notFound.title')}</h2>
      <p>{t('notFound.page')}</p>
      <p>
        <Link to="/manage">{t('manage.cohort.back')}</Link>
      </p>
    </section>
  );
}

/**
 * `/manage/*`: the manager dashboard. Signed out it is the sign-in form; signed in, the cohorts,
 * a cohort's matrix, and a learner's details, each at its own address.
 */
export function ManageApp() {
  const { t } = useT(manageMessages);
  const { state, signedIn } = useManagerSession();
  return (
    <div className="manage">
      <header className="manage-header">
        <h1>{t('manage.title')}</h1>
        {state.status === 'signed-in' ? <SessionBar session={state.session} /> : null}
      </header>
      {state.status === 'checking' ? (
        <p className="status" role="status">
          {t('manage.checking')}
        </p>
      ) : state.status === 'signed-out' ? (
        <SignInForm onSignedIn={signedIn} expired={state.expired} />
      ) : (
        <SessionContext.Provider value={state.session}>
          <Routes>
            <Route index element={<CohortsPage />} />
            <Route path="cohorts/:cohortId" element={<CohortPage />} />
            <Route path="cohorts/:cohortId/items" element={<ItemAnalysisPage />} />
            <Route path="cohorts/:cohortId/behind" element={<BehindPage />} />
            <Route path="cohorts/:cohortId/settings" element={<CohortSettingsPage />} />
            <Route path="cohorts/:cohortId/learners/:learnerId" element={<LearnerPage />} />
            <Route path="*" element={<ManageNotFound />} />
          </Routes>
        </SessionContext.Provider>
      )}
    </div>
  );
}
