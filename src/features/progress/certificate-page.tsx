import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { course, findChapter, summaryIn } from '../../course/course.ts';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { verifyPath } from '../../protocol/certificates.ts';
import { readEnrollment } from '../../sync/enrollment.ts';
import { Certificate } from './certificate.tsx';
import { CertificateMissing } from './certificate-missing.tsx';
import { certificateRecord } from './certificate-record.ts';
import { ProfileForm } from './profile-form.tsx';
import { useCourseProgress } from './use-progress.ts';
import { useServerCertificate } from './use-server-certificate.ts';
import './progress.css';

/**
 * `/progress/certificate`: the certificate once the course is complete. A learner in a cohort
 * gets the one the server issues from its own record, with a code anyone can check at
 * `/verify/<code>`; without a server the certificate says plainly that it is self-reported.
 */
export function CertificatePage() {
  const { t } = useT(progressMessages);
  useDocumentTitle([t('progress.cert.heading')]);
  const { complete } = useCourseProgress();
  const enrollment = useMemo(() => readEnrollment(), []);
  if (!complete) return <CertificateMissing />;
  if (enrollment !== null && !enrollment.revoked) return <ServerCertificate token={enrollment.token} />;
  return <SelfReportedCertificate />;
}

function SelfReportedCertificate() {
  const { t } = useT(progressMessages);
  const { profile, chapters } = useProgressStore(useShallow((s) => ({ profile: s.profile, chapters: s.chapters })));
  const record = useMemo(() => certificateRecord(profile?.displayName ?? '', { chapters }, course), [profile, chapters]);
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
    <CertificateFrame>
      <Certificate name={record.name} profile={profile} completedAt={record.completedAt} chapters={record.chapters} source={{ kind: 'self-reported' }} />
    </CertificateFrame>
  );
}

function ServerCertificate({ token }: { token: string }) {
  const { t, locale } = useT(progressMessages);
  const profile = useProgressStore((s) => s.profile);
  const { state, retry } = useServerCertificate(token);
  if (state.kind === 'issued') {
    const { certificate } = state.response;
    const verifyUrl = `${window.location.origin}${verifyPath(certificate.code)}`;
    return (
      <CertificateFrame>
        <Certificate
          name={certificate.displayName}
          profile={profile}
          completedAt={certificate.completedAt}
          chapters={[]}
          source={{ kind: 'server', code: certificate.code, verifyUrl, score: certificate.score }}
        />
      </CertificateFrame>
    );
  }
  const titles = (ids: string[]) =>
    ids.map((id) => {
      const chapter = findChapter(id);
      return chapter ? (summaryIn(chapter, locale)?.summary.title ?? id) : id;
    });
  const message =
    state.kind === 'loading'
      ? t('progress.cert.server.loading')
      : state.kind === 'incomplete'
        ? t('progress.cert.server.incomplete', { chapters: titles(state.missing).join(locale === 'zh-CN' ? '、' : ', ') })
        : state.kind === 'offline'
          ? t('progress.cert.server.offline')
          : state.kind === 'unauthorized'
            ? t('progress.cert.server.unauthorized')
            : t('progress.cert.server.error');
  return (
    <section className="progress-panel certificate-server" aria-labelledby="certificate-server-title" aria-busy={state.kind === 'loading'}>
      <h1 id="certificate-server-title">{t('progress.cert.heading')}</h1>
      <p role="status">{message}</p>
      {state.kind === 'loading' ? null : (
        <div className="certificate-actions">
          <button type="button" className="progress-primary" onClick={retry}>
            {t('progress.cert.server.retry')}
          </button>
          <Link className="button-link progress-button" to="/progress">
            {t('progress.cert.back')}
          </Link>
        </div>
      )}
    </section>
  );
}

function CertificateFrame({ children }: { children: ReactNode }) {
  const { t } = useT(progressMessages);
  return (
    <div className="certificate-page">
      <div className="certificate-actions">
        <button type="button" className="progress-primary" onClick={() => window.print()}>
          {t('progress.cert.print')}
        </button>
        <Link className="button-link progress-button" to="/progress">
          {t('progress.cert.back')}
        </Link>
      </div>
      {children}
    </div>
  );
}
