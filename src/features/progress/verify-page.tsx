import { useEffect, useId, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { verifyPath } from '../../protocol/certificates.ts';
import { verifyCertificate, type CertificateResult } from '../../sync/certificate-api.ts';
import { formatDate, formatScore } from './format.ts';
import './progress.css';

type Check = { code: string; result: CertificateResult | null };

/**
 * `/verify/<code>`: checks a certificate's code against the server's record and says plainly
 * what it found: who, which course, when and with what score, or that no certificate has it.
 */
export function VerifyPage() {
  const { code = '' } = useParams();
  return <VerifyPanel key={code} code={code} />;
}

function VerifyPanel({ code }: { code: string }) {
  const { t, locale } = useT(progressMessages);
  useDocumentTitle([t('progress.verify.heading')]);
  const navigate = useNavigate();
  const inputId = useId();
  const [typed, setTyped] = useState(code);
  const [answer, setAnswer] = useState<CertificateResult | null>(null);

  useEffect(() => {
    if (code.trim() === '') return undefined;
    let current = true;
    void verifyCertificate(code).then((result) => {
      if (current) setAnswer(result);
    });
    return () => {
      current = false;
    };
  }, [code]);
  const check: Check | null = code.trim() === '' ? null : { code, result: answer };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.trim();
    if (next !== '') void navigate(verifyPath(next));
  };

  const result = check?.result ?? null;
  return (
    <section className="progress-panel verify-page" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('progress.verify.heading')}</h1>
      <p>{t('progress.verify.intro')}</p>
      <form onSubmit={onSubmit} className="verify-form">
        <label htmlFor={inputId}>{t('progress.verify.label')}</label>
        <input id={inputId} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} maxLength={64} />
        <button type="submit" className="progress-primary">
          {t('progress.verify.check')}
        </button>
      </form>
      <div role="status" aria-live="polite" className="verify-result">
        {check === null ? null : result === null ? (
          <p>{t('progress.verify.checking')}</p>
        ) : result.kind === 'issued' ? (
          <div className="verify-valid">
            <p className="verify-verdict">{t('progress.verify.valid')}</p>
            <dl>
              <dt>{t('progress.verify.name')}</dt>
              <dd>{result.response.certificate.displayName}</dd>
              <dt>{t('progress.verify.course')}</dt>
              <dd>{result.response.course.title[locale]}</dd>
              <dt>{t('progress.verify.completed')}</dt>
              <dd>{formatDate(result.response.certificate.completedAt, locale, 'long')}</dd>
              <dt>{t('progress.verify.score')}</dt>
              <dd>{formatScore(result.response.certificate.score, locale)}</dd>
              <dt>{t('progress.verify.code')}</dt>
              <dd className="certificate-code-value">{result.response.certificate.code}</dd>
            </dl>
          </div>
        ) : (
          <p className="verify-invalid">
            {t(result.kind === 'unknown' ? 'progress.verify.unknown' : result.kind === 'offline' ? 'progress.verify.offline' : 'progress.verify.error', {
              code: check.code,
            })}
          </p>
        )}
      </div>
    </section>
  );
}
