import '../../i18n/messages/live-register.ts';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Chapter, QuizBlock, Slide } from '../../content/types.ts';
import { useT, type Translate } from '../../i18n/use-t.ts';
import { shortText } from './hast-text.ts';
import {
  closePoll,
  endRoom,
  eventsUrl,
  joinUrl,
  LiveApiError,
  myRoom,
  openPoll,
  resultsCsvUrl,
  revealPoll,
  showSlide,
  startRoom,
} from './live-api.ts';
import { usePublishProjector, type ProjectorState } from './live-channel.ts';
import type { PollView, RoomSummary } from './live-types.ts';
import { PollResultsView } from './poll-results.tsx';
import { findQuiz, isPollable, pollSpecFor, slideQuizzes } from './poll-spec.ts';
import { QrImage } from './qr-image.tsx';
import { useLiveStream } from './use-live-stream.ts';
import './live.css';

interface LivePanelProps {
  chapter: Chapter;
  /** The slide the presenter shows: participants follow it. */
  slide: Slide;
}

type Phase = { name: 'checking' } | { name: 'signedOut' } | { name: 'idle'; endedCode: string | null } | { name: 'live'; room: RoomSummary } | { name: 'failed' };

function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof LiveApiError)) return t('live.error.network');
  switch (error.code) {
    case 'too_many_rooms':
      return t('live.panel.tooManyRooms');
    case 'rate_limited':
      return t('live.error.rateLimited');
    case 'network':
      return t('live.error.network');
    default:
      return t('live.panel.failed', { message: error.message });
  }
}

/**
 * The presenter's live-session panel (in the presenter view): start a session for the chapter,
 * show its code and QR code, count participants, open the slide's quizzes as polls, reveal and
 * close them, export the answers, end the session. Participants follow the slide shown here.
 */
export function LivePanel({ chapter, slide }: LivePanelProps) {
  const { t, locale } = useT();
  const headingId = useId();
  const [phase, setPhase] = useState<Phase>({ name: 'checking' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showJoin, setShowJoin] = useState(false);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const started = phase.name === 'live' ? phase.room.code : null;
  const [stream] = useLiveStream(started === null ? null : eventsUrl(started));
  // The room ended elsewhere (another window, or it expired): back to the start, results still downloadable.
  const view: Phase = started !== null && stream.connection === 'ended' ? { name: 'idle', endedCode: started } : phase;
  const room = view.name === 'live' ? view.room : null;
  const code = room?.code ?? null;

  useEffect(() => {
    let cancelled = false;
    myRoom(chapter.id).then(
      ({ signedIn, room: mine }) => {
        if (cancelled) return;
        setPhase(!signedIn ? { name: 'signedOut' } : mine ? { name: 'live', room: mine } : { name: 'idle', endedCode: null });
      },
      () => !cancelled && setPhase({ name: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, [chapter.id, attempt]);

  const fail = useCallback(
    (caught: unknown) => {
      if (caught instanceof LiveApiError && caught.status === 401) setPhase({ name: 'signedOut' });
      else setError(errorText(caught, t));
    },
    [t],
  );

  // Participants follow this window's slide; moves go out in order.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (code === null) return;
    queue.current = queue.current.then(() => showSlide(code, slide.id)).catch(fail);
  }, [code, slide.id, fail]);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const poll: PollView | null = stream.ready ? stream.poll : (room?.poll ?? null);
  const counts = stream.counts ?? room?.counts ?? null;
  const url = code === null ? '' : joinUrl(code);
  const projector = useMemo<ProjectorState | null>(
    () => (code === null ? null : { code, joinUrl: url, showJoin, poll: poll?.revealed ? poll : null }),
    [code, url, showJoin, poll],
  );
  usePublishProjector(chapter.id, projector);

  const quizzes = slideQuizzes(slide);
  const pollQuiz: QuizBlock | undefined = poll ? findQuiz(chapter.slides, poll.slideId, poll.quizId) : undefined;

  let body;
  switch (view.name) {
    case 'checking':
      body = <p role="status">{t('live.loading')}</p>;
      break;
    case 'failed':
      body = (
        <div>
          <p className="live-hint">{t('live.panel.unavailable')}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('live.retry')}
          </button>
        </div>
      );
      break;
    case 'signedOut':
      body = (
        <p>
          {t('live.panel.signInFirst')} <Link to="/manage">{t('live.panel.signIn')}</Link>
        </p>
      );
      break;
    case 'idle':
      body = (
        <>
          {view.endedCode ? (
            <p>
              {t('live.panel.ended')}{' '}
              <a href={resultsCsvUrl(view.endedCode, locale)} download>
                {t('live.panel.downloadCsv')}
              </a>
            </p>
          ) : (
            <p className="live-hint">{t('live.panel.intro')}</p>
          )}
          <button
            type="button"
            className="live-primary"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const started = await startRoom(chapter.id, slide.id);
                setShowJoin(true);
                setPhase({ name: 'live', room: started });
              })
            }
          >
            {t('live.panel.start')}
          </button>
        </>
      );
      break;
    case 'live':
      body = (
        <>
          <div className="live-join-card">
            <div className="live-join-text">
              <p className="live-code-label">{t('live.panel.code')}</p>
              <p className="live-code">{view.room.code}</p>
              <p className="live-url">{url}</p>
              <p role="status" className="live-counts">
                {counts ? t('live.panel.counts', { connected: counts.connected, joined: counts.joined }) : ''}
                {stream.connection === 'reconnecting' ? ` · ${t('live.connection.reconnecting')}` : ''}
              </p>
            </div>
            <QrImage text={url} alt={t('live.qrAlt', { url })} className="live-qr" size={120} />
          </div>
          <label className="live-check">
            <input type="checkbox" checked={showJoin} onChange={(event) => setShowJoin(event.target.checked)} />
            {t('live.panel.showJoin')}
          </label>

          {poll ? (
            <div className="live-current-poll">
              <p>
                <strong>{t('live.panel.pollTitle', { n: poll.number })}</strong> {pollQuiz ? shortText(pollQuiz.prompt, 60) : poll.quizId}
              </p>
              <p role="status" className="live-counts">
                {t(poll.status === 'open' ? 'live.panel.answersOpen' : 'live.panel.answersClosed', { answers: counts?.answers ?? poll.answerCount, joined: counts?.joined ?? 0 })}
              </p>
              <div className="live-actions">
                {poll.revealed ? null : (
                  <button type="button" disabled={busy} onClick={() => void act(() => revealPoll(view.room.code, poll.id))}>
                    {t('live.panel.reveal')}
                  </button>
                )}
                {poll.status === 'open' ? (
                  <button type="button" disabled={busy} onClick={() => void act(() => closePoll(view.room.code, poll.id))}>
                    {t('live.panel.close')}
                  </button>
                ) : null}
              </div>
              {poll.revealed ? <PollResultsView poll={poll} quiz={pollQuiz} height={160} /> : <p className="live-hint">{t('live.panel.hidden')}</p>}
            </div>
          ) : null}

          <h3 className="live-subheading">{t('live.panel.pollsHeading')}</h3>
          {quizzes.length === 0 ? <p className="live-hint">{t('live.panel.noQuizzes')}</p> : null}
          <ul className="live-quiz-list">
            {quizzes.map((quiz) => {
              const running = poll !== null && poll.status === 'open' && poll.quizId === quiz.id && poll.slideId === slide.id;
              return (
                <li key={quiz.id}>
                  <span className="live-quiz-text">{shortText(quiz.prompt)}</span>
                  {isPollable(quiz) ? (
                    <button
                      type="button"
                      disabled={busy || running}
                      onClick={() => void act(() => openPoll(view.room.code, pollSpecFor(slide.id, quiz)))}
                    >
                      {running ? t('live.panel.pollRunning') : t('live.panel.startPoll')}
                    </button>
                  ) : (
                    <span className="live-hint">{t('live.quiz.notPollable')}</span>
                  )}
                </li>
              );
            })}
          </ul>

          <div className="live-actions live-actions-end">
            <a href={resultsCsvUrl(view.room.code, locale)} download>
              {t('live.panel.downloadCsv')}
            </a>
            {confirmEnd ? (
              <>
                <button
                  type="button"
                  className="live-danger"
                  disabled={busy}
                  onClick={() =>
                    void act(async () => {
                      const ending = view.room.code;
                      await endRoom(ending);
                      setConfirmEnd(false);
                      setShowJoin(false);
                      setPhase({ name: 'idle', endedCode: ending });
                    })
                  }
                >
                  {t('live.panel.confirmEnd')}
                </button>
                <button type="button" onClick={() => setConfirmEnd(false)}>
                  {t('live.panel.cancel')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmEnd(true)}>
                {t('live.panel.end')}
              </button>
            )}
          </div>
        </>
      );
      break;
  }

  return (
    <section className="live-panel" aria-labelledby={headingId} data-presenter-expanded={view.name === 'live' || undefined}>
      <h2 id={headingId}>{t('live.panel.title')}</h2>
      {body}
      {error ? (
        <p className="live-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
