import '../../i18n/messages/live-register.ts';
import type { Chapter, Slide } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { shortText } from './hast-text.ts';
import { closePoll, openPoll, revealPoll } from './live-api.ts';
import type { PollView, RoomCounts } from './live-types.ts';
import { PollResultsView } from './poll-results.tsx';
import { findQuiz, isPollable, pollSpecFor, slideQuizzes } from './poll-spec.ts';

interface PollControlsProps {
  code: string;
  chapter: Chapter;
  slide: Slide;
  poll: PollView | null;
  counts: RoomCounts | null;
  busy: boolean;
  act: (action: () => Promise<unknown>) => Promise<void>;
}

/** The current poll (answers so far, reveal, close, results) and the shown slide's quizzes to open as polls. */
export function PollControls({ code, chapter, slide, poll, counts, busy, act }: PollControlsProps) {
  const { t } = useT();
  const quizzes = slideQuizzes(slide);
  const pollQuiz = poll ? findQuiz(chapter.slides, poll.slideId, poll.quizId) : undefined;
  return (
    <>
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
      {quizzes.length === 0 ? <p className="live-hint">{t('live.panel.noQuizzes')}</p> : null}
      <ul className="live-quiz-list">
        {quizzes.map((quiz) => {
          const running = poll !== null && poll.status === 'open' && poll.quizId === quiz.id && poll.slideId === slide.id;
          return (
            <li key={quiz.id}>
              <span className="live-quiz-text">{shortText(quiz.prompt)}</span>
              {isPollable(quiz) ? (
                <button type="button" disabled={busy || running} onClick={() => void act(() => openPoll(code, pollSpecFor(slide.id, quiz)))}>
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
