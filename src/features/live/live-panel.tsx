import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Chapter, Slide } from '../../content/types.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { resultsCsvUrl, startRoom } from './live-api.ts';
import { EndControls } from './live-end-controls.tsx';
import { LiveJoinCard } from './live-join-card.tsx';
import { LiveParticipants } from './live-participants.tsx';
import { PollControls } from './live-poll-controls.tsx';
import { useLiveRoom } from './use-live-room.ts';
import './live.css';

interface LivePanelProps {
  chapter: Chapter;
  /** The slide the presenter shows: participants follow it. */
  slide: Slide;
}

/**
 * The presenter's live-session panel (in the presenter view): start a session for the chapter,
 * show its code and QR code, count participants, open the slide's quizzes as polls, reveal and
 * close them, export the answers, end the session. Participants follow the slide shown here.
 */
export function LivePanel({ chapter, slide }: LivePanelProps) {
  const { t, locale } = useT(liveMessages);
  const headingId = useId();
  const live = useLiveRoom(chapter, slide);
  const { view, busy, act } = live;

  let body;
  switch (view.name) {
    case 'checking':
      body = <p role="status">{t('live.loading')}</p>;
      break;
    case 'failed':
      body = (
        <div>
          <p className="live-hint">{t('live.panel.unavailable')}</p>
          <button type="button" onClick={live.retry}>
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
                live.setShowJoin(true);
                live.setPhase({ name: 'live', room: started });
              })
            }
          >
            {t('live.panel.start')}
          </button>
        </>
      );
      break;
    case 'live': {
      const { code } = view.room;
      body = (
        <>
          <LiveJoinCard
            code={code}
            joinUrl={live.joinUrl}
            counts={live.counts}
            connection={live.stream.connection}
            showJoin={live.showJoin}
            onShowJoin={live.setShowJoin}
          />
          <PollControls code={code} chapter={chapter} slide={slide} poll={live.poll} counts={live.counts} deadline={live.stream.pollDeadline} busy={busy} act={act} />
          <LiveParticipants code={code} counts={live.counts} busy={busy} act={act} />
          <EndControls
            code={code}
            busy={busy}
            act={act}
            onEnded={(ended) => {
              live.setShowJoin(false);
              live.setPhase({ name: 'idle', endedCode: ended });
            }}
          />
        </>
      );
      break;
    }
  }

  return (
    <section className="live-panel" aria-labelledby={headingId} data-presenter-expanded={view.name === 'live' || undefined}>
      <h2 id={headingId}>{t('live.panel.title')}</h2>
      {body}
      {live.error ? (
        <p className="live-error" role="alert">
          {live.error}
        </p>
      ) : null}
    </section>
  );
}
