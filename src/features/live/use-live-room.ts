import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Chapter, Slide } from '../../content/types.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { useT, type Translate } from '../../i18n/use-t.ts';
import { eventsUrl, joinUrl, LiveApiError, myRoom, showSlide } from './live-api.ts';
import { usePublishProjector, type ProjectorState } from './live-channel.ts';
import type { PollView, RoomCounts, RoomSummary } from './live-types.ts';
import type { LiveState } from './live-state.ts';
import { useLiveStream } from './use-live-stream.ts';

export type Phase =
  | { name: 'checking' }
  | { name: 'signedOut' }
  | { name: 'idle'; endedCode: string | null }
  | { name: 'live'; room: RoomSummary }
  | { name: 'failed' };

function errorText(error: unknown, t: Translate<KeyOf<typeof liveMessages>>): string {
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

export interface LiveRoom {
  /** Where the session stands, as this window last learned it (a room ended elsewhere reads as idle). */
  view: Phase;
  setPhase: (phase: Phase) => void;
  /** Ask the server again after a failure. */
  retry: () => void;
  stream: LiveState;
  poll: PollView | null;
  counts: RoomCounts | null;
  joinUrl: string;
  showJoin: boolean;
  setShowJoin: (show: boolean) => void;
  busy: boolean;
  error: string | null;
  /** Runs one presenter action: busy while it runs, its failure shown (or signed out on 401). */
  act: (action: () => Promise<unknown>) => Promise<void>;
}

/**
 * The presenter's live session for a chapter: finds the running room, follows its event stream,
 * sends the shown slide to the participants in order, and tells the projector window what to show.
 */
export function useLiveRoom(chapter: Chapter, slide: Slide): LiveRoom {
  const { t } = useT(liveMessages);
  const [phase, setPhase] = useState<Phase>({ name: 'checking' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showJoin, setShowJoin] = useState(false);
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

  return {
    view,
    setPhase,
    retry: () => setAttempt((n) => n + 1),
    stream,
    poll,
    counts,
    joinUrl: url,
    showJoin,
    setShowJoin,
    busy,
    error,
    act,
  };
}
