import { useId, useState } from 'react';
import type { Chapter, Slide } from '../../content/types.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { shortText } from './hast-text.ts';
import { closePoll, openPoll, revealPoll } from './live-api.ts';
import type { PollView, RoomCounts } from './live-types.ts';
import { PollCountdown } from './poll-countdown.tsx';
import { PollResultsView } from './poll-results.tsx';
import { findQuiz, isPollable, pollSpecFor, slideQuizzes } from './poll-spec.ts';

interface PollControlsProps {
  code: string;
  chapter: Chapter;
  slide: Slide;
  poll: PollView | null;
  counts: RoomCounts | null;
  /** When the running poll's countdown ends (this device's clock), or null. */
  deadline: number | null;
  busy: boolean;
  act: (action: () => Promise<unknown>) => Promise<void>;
}

/** Countdowns the presenter may give a poll, in seconds (0: none); the server closes the poll when one runs out. */
const COUNTDOWNS = [0, 30, 60, 90, 120] as const;

/** The current poll (answers so far, reveal, close, results) and the shown slide's quizzes to open as polls. */
export function PollControls({ code, chapter, slide, poll, counts, deadline, busy, act }: PollControlsProps) {
  const { t } = useT(liveMessages);
  const countdownId = useId();
  const [seconds, setSeconds] = useState<number>(0);
  const quizzes = slideQuizzes(slide);
  const pollQuiz = poll ? findQuiz(chapter.slides, poll.slideId, poll.quizId) : undefined;
  return (
    <>
      {poll ? (
        <div className="live-current-poll">
          <p>
            <strong>{t('live.panel.pollTitle', { n: poll.number })}</strong> {pollQuiz ? shortText(pollQuiz.prompt, 60) : poll.quizId}
          </p>
          {poll.status === 'open' && deadline !== null ? <PollCountdown deadline={deadline} /> : null}
          <p role="status" className="live-counts">
            {t(poll.status === 'open' ? 'live.panel.answersOpen' : 'live.panel.answersClosed', { answers: counts?.answers ?? poll.answerCount, joined: counts?.joined ?? 0 })}
          </p>
          <div className="live-actions">
            {poll.revealed ? null : (
              <button type="button" disabled={busy} onClick={() => void act(() => revealPoll(code, poll.id))}>
                {t('live.panel.reveal')}
              </button>
            )}
            {poll.status === 'open' ? (
              <button type="button" disabled={busy} onClick={() => void act(() => closePoll(code, poll.id))}>
                {t('live.panel.close')}
              </button>
            ) : null}
          </div>
          {poll.revealed ? <PollResultsView poll={poll} quiz={pollQuiz} height={160} /> : <p className="live-hint">{t('live.panel.hidden')}</p>}
        </div>
      ) : null}

      <h3 className="live-subheading">{t('live.panel.pollsHeading')}</h3>
      {quizzes.length === 0 ? (
        <p className="live-hint">{t('live.panel.noQuizzes')}</p>
      ) : (
        <p className="live-countdown-choice">
          <label htmlFor={countdownId}>{t('live.panel.countdown')}</label>
          <select id={countdownId} value={seconds} onChange={(event) => setSeconds(Number(event.target.value))}>
            {COUNTDOWNS.map((n) => (
              <option key={n} value={n}>
                {n === 0 ? t('live.panel.countdownNone') : t('live.panel.countdownSeconds', { n })}
              </option>
            ))}
          </select>
        </p>
      )}
      <ul className="live-quiz-list">
        {quizzes.map((quiz) => {
          const running = poll !== null && poll.status === 'open' && poll.quizId === quiz.id && poll.slideId === slide.id;
          return (
            <li key={quiz.id}>
              <span className="live-quiz-text">{shortText(quiz.prompt)}</span>
              {isPollable(quiz) ? (
                <button type="button" disabled={busy || running} onClick={() => void act(() => openPoll(code, { ...pollSpecFor(slide.id, quiz), ...(seconds > 0 ? { seconds } : {}) }))}>
                  {running ? t('live.panel.pollRunning') : t('live.panel.startPoll')}
                </button>
              ) : (
                <span className="live-hint">{t('live.quiz.notPollable')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
