import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/use-t.ts';
import { useDocumentTitle } from './use-document-title.ts';

interface NotFoundProps {
  /** What was not found, in a sentence. */
  detail: string;
  /** Extra ways out besides the course home. */
  children?: ReactNode;
}

/** A helpful dead end: says what is missing and offers ways back. */
export function NotFound({ detail, children }: NotFoundProps) {
  const { t } = useT();
  useDocumentTitle([t('notFound.title')]);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{detail}</p>
      <ul className="not-found-links">
        {children}
        <li>
          <Link to="/">{t('notFound.toHome')}</Link>
        </li>
      </ul>
    </section>
  );
}
