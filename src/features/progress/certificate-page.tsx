import '../../i18n/messages/progress-register.ts';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { course } from '../../course/course.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { Certificate } from './certificate.tsx';
import { CertificateMissing } from './certificate-missing.tsx';
import { certificateRecord } from './certificate-record.ts';
import { ProfileForm } from './profile-form.tsx';
import { useCourseProgress } from './use-progress.ts';
import './progress.css';

/** `/progress/certificate`: the certificate once the course is complete, after asking for a name if there is none. */
export function CertificatePage() {
  const { t } = useT();
  const { complete } = useCourseProgress();
  const { profile, chapters } = useProgressStore(useShallow((s) => ({ profile: s.profile, chapters: s.chapters })));
  const record = useMemo(() => certificateRecord(profile?.displayName ?? '', { chapters }, course), [profile, chapters]);

  if (!complete) return <CertificateMissing />;
  if (profile === null || record.name === '') {
    return (
      <section className="progress-panel certificate-name-request" aria-labelledby="certificate-name-title">
        <h1 id="certificate-name-title">{t('progress.cert.heading')}</h1>
        <p>{t('progress.cert.needName')}</p>
        <ProfileForm />
      </section>
    );
  }
  return (
    <div className="certificate-page">
      <div className="certificate-actions">
        <button type="button" className="progress-primary" onClick={() => window.print()}>
          {t('progress.cert.print')}
        </button>
        <Link className="progress-button" to="/progress">
          {t('progress.cert.back')}
        </Link>
      </div>
      <Certificate record={record} profile={profile} />
    </div>
  );
}
