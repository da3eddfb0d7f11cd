import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useChapter } from '../../course/use-chapter.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { eventsUrl, LiveApiError, lookupRoom, sendAnswer } from './live-api.ts';
import type { PollAnswer, Seat } from './live-types.ts';
import { LiveViewer } from './live-viewer.tsx';
import { useLiveStream } from './use-live-stream.ts';

interface LiveSessionProps {
  seat: Seat;
  /** Gives up the seat (to join again or leave). */
  onLeave: () => void;
}

type Check = 'checking' | 'live' | 'gone';

/** A joined trainee's screen: the stream, the chapter, and what to show when the session is over. */
export function LiveSession({ seat, onLeave }: LiveSessionProps) {
  const { t, locale } = useT(liveMessages);
  const chapterState = useChapter(seat.chapterId, locale);
  const [attempt, setAttempt] = useState(0);
  const [state, dispatch] = useLiveStream(`${eventsUrl(seat.code, seat.token)}${attempt > 0 ? `&attempt=${attempt}` : ''}`);
  const [check, setCheck] = useState<Check>('checking');
  const refused = state.connection === 'refused';

  // A refused stream: find out whether the session is over or the connection only failed.
  useEffect(() => {
    if (!refused) return undefined;
    let cancelled = false;
    lookupRoom(seat.code).then(
      () => !cancelled && setCheck('live'),
      (error: unknown) => !cancelled && setCheck(error instanceof LiveApiError && (error.status === 404 || error.status === 410) ? 'gone' : 'live'),
    );
    return () => {
      cancelled = true;
    };
  }, [refused, seat.code]);

  const submit = useCallback(
    async (pollId: string, answer: PollAnswer) => {
      const mine = await sendAnswer(seat, pollId, answer);
      dispatch({ type: 'answered', pollId, answer: mine });
    },
    [seat, dispatch],
  );

  const status =
    state.connection === 'open' ? t('live.connection.open') : state.connection === 'reconnecting' || refused ? t('live.connection.reconnecting') : t('live.connection.connecting');

  if (state.connection === 'removed') {
    return (
      <div className="live-message">
        <h1>{t('live.removed.title')}</h1>
        <p>{t('live.removed.body')}</p>
        <p className="live-links">
          <Link to={`/learn/${seat.chapterId}`}>{t('live.ended.readChapter')}</Link>
          <Link to="/">{t('live.home')}</Link>
        </p>
      </div>
    );
  }

  if (state.connection === 'ended' || (refused && check === 'gone')) {
    return (
      <div className="live-message">
        <h1>{t('live.ended.title')}</h1>
        <p>{t('live.ended.body')}</p>
        <p className="live-links">
          <Link to={`/learn/${seat.chapterId}`}>{t('live.ended.readChapter')}</Link>
          <Link to="/">{t('live.home')}</Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <div className="live-status-bar">
        <h1 className="live-chapter">{chapterState.status === 'ready' ? chapterState.chapter.title : t('live.title')}</h1>
        <p className="live-who">
          {t('live.joinedAs', { name: seat.name })} · <span className="live-code-inline">{seat.code}</span>
        </p>
        <p className={`live-connection live-connection-${state.connection}`} role="status">
          {status}
        </p>
      </div>
      {refused && check === 'live' ? (
        <div className="live-banner" role="alert">
          <span>{t('live.connection.lost')}</span>
          <button
            type="button"
            onClick={() => {
              setCheck('checking');
              setAttempt((n) => n + 1);
            }}
          >
            {t('live.connection.retry')}
          </button>
          <button type="button" onClick={onLeave}>
            {t('live.connection.rejoin')}
          </button>
        </div>
      ) : null}
      {state.waiting ? (
        <p className="live-message" role="status">
          {t('live.waiting')}
        </p>
      ) : chapterState.status === 'ready' && state.ready ? (
        <LiveViewer chapter={chapterState.chapter} lang={chapterState.fallback ? chapterState.chapter.locale : undefined} state={state} submit={submit} />
      ) : chapterState.status === 'error' ? (
        <div role="alert" className="live-message">
          <p>{t('live.chapterFailed')}</p>
          <button type="button" onClick={chapterState.retry}>
            {t('live.retry')}
          </button>
        </div>
      ) : chapterState.status === 'missing' ? (
        <p className="live-message">{t('live.chapterMissing')}</p>
      ) : (
        <p className="live-message" role="status">
          {t('live.loading')}
        </p>
      )}
    </>
  );
}
