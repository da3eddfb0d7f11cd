import type { ReactNode } from 'react';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { ActivitySection } from './activity-section.tsx';
import { ChapterProgressList } from './chapter-progress-list.tsx';
import { CourseSummary } from './course-summary.tsx';
import { ProfileForm } from './profile-form.tsx';
import { TransferSection } from './transfer-section.tsx';
import './progress.css';

/** `/progress`: the learner's profile, course and chapter progress, activity, and export/import. */
export function ProgressPage({ deadline = null }: { deadline?: ReactNode }) {
  const { t } = useT(progressMessages);
  useDocumentTitle([t('progress.title')]);
  return (
    <div className="progress-page">
      <header className="progress-header">
        <h1>{t('progress.title')}</h1>
        <p>{t('progress.intro')}</p>
      </header>
      {deadline}
      <div className="progress-overview">
        <section className="progress-panel" aria-labelledby="progress-profile-heading">
          <h2 id="progress-profile-heading">{t('progress.profile.heading')}</h2>
          <ProfileForm />
        </section>
        <CourseSummary />
      </div>
      <ChapterProgressList />
      <ActivitySection />
      <TransferSection />
    </div>
  );
}
