import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { findChapter, summaryIn } from '../../course/course.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { normaliseCode } from '../../protocol/codes.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { JoinForm } from './join-form.tsx';
import { LiveApiError, lookupRoom } from './live-api.ts';
import { LiveSession } from './live-session.tsx';
import type { Seat } from './live-types.ts';
import { forgetSeat, loadSeat, saveSeat } from './seat-storage.ts';
import './live.css';
import { setDocumentLanguage } from '../../i18n/document-language.ts';

type Lookup =
  | { status: 'loading' }
  | { status: 'ready'; chapterId: string }
  | { status: 'missing' | 'ended' | 'limited' | 'failed' };

interface LivePageProps {
  /** Shown in the page's top bar (the app passes the language switch). */
  toolbar?: ReactNode;
}

/** `/live/:code`: a trainee's phone in the live classroom (join, then follow the presenter). */
export function LivePage({ toolbar }: LivePageProps) {
  const code = normaliseCode(useParams().code ?? '');
  return <LiveRoom key={code} code={code} toolbar={toolbar} />;
}

function LiveRoom({ code, toolbar }: LivePageProps & { code: string }) {
  const { t, locale } = useT(liveMessages);
  const [seat, setSeat] = useState<Seat | null>(() => loadSeat(code));
  const [lookup, setLookup] = useState<Lookup>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useDocumentTitle([t('live.pageTitle', { code })]);
  useEffect(() => setDocumentLanguage(locale), [locale]);

  useEffect(() => {
    if (seat !== null) return undefined;
    let cancelled = false;
    lookupRoom(code).then(
      (room) => !cancelled && setLookup({ status: 'ready', chapterId: room.chapterId }),
      (error: unknown) => {
        if (cancelled) return;
        const status = error instanceof LiveApiError ? error.status : 0;
        setLookup({ status: status === 404 ? 'missing' : status === 410 ? 'ended' : status === 429 ? 'limited' : 'failed' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [code, seat, attempt]);

  const join = (joined: Seat) => {
    saveSeat(joined);
    setSeat(joined);
  };
  const leave = () => {
    forgetSeat(code);
    setLookup({ status: 'loading' });
    setSeat(null);
  };

  let content: ReactNode;
  if (seat !== null) {
    content = <LiveSession key={seat.token} seat={seat} onLeave={leave} />;
  } else if (lookup.status === 'loading') {
    content = (
      <p className="live-message" role="status">
        {t('live.loading')}
      </p>
    );
  } else if (lookup.status === 'ready') {
    const chapter = findChapter(lookup.chapterId);
    const summary = chapter ? summaryIn(chapter, locale) : null;
    content = <JoinForm code={code} chapterTitle={summary?.summary.title ?? null} onJoined={join} />;
  } else {
    const [title, body] =
      lookup.status === 'missing'
        ? [t('live.missing.title'), t('live.missing.body')]
        : lookup.status === 'ended'
          ? [t('live.ended.title'), t('live.ended.body')]
          : lookup.status === 'limited'
            ? [t('live.error.title'), t('live.error.rateLimited')]
            : [t('live.error.title'), t('live.error.network')];
    content = (
      <div className="live-message">
        <h1>{title}</h1>
        <p>{body}</p>
        <p className="live-links">
          {lookup.status === 'limited' || lookup.status === 'failed' ? (
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('live.retry')}
            </button>
          ) : null}
          <Link to="/">{t('live.home')}</Link>
        </p>
      </div>
    );
  }

  return (
    <main className="live">
      <header className="live-top">
        <p className="live-brand">{t('live.brand')}</p>
        {toolbar}
      </header>
      {content}
    </main>
  );
}
