import { useEffect, useId, useRef } from 'react';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { HastView } from '../../ui/hast-view.tsx';
import type { MyAnswer, PollAnswer, PollView } from './live-types.ts';
import { PollCountdown } from './poll-countdown.tsx';
import { PollForm } from './poll-form.tsx';
import { PollResultsView } from './poll-results.tsx';
import type { PollableQuiz } from './poll-spec.ts';

interface PollTakeoverProps {
  quiz: PollableQuiz;
  poll: PollView;
  mine: MyAnswer | null;
  deadline: number | null;
  submit: (pollId: string, answer: PollAnswer) => Promise<void>;
  /** Goes back to the slide while the poll stays open. */
  onDismiss: () => void;
  lang: string | undefined;
}

/**
 * An open poll on a trainee's phone, in place of the slide: the question, the answer form and the
 * countdown fill the screen, so a phone scrolled anywhere in a long slide sees the poll at once.
 * It gives the screen back when the poll closes (or the trainee asks for the slide).
 */
export function PollTakeover({ quiz, poll, mine, deadline, submit, onDismiss, lang }: PollTakeoverProps) {
  const { t } = useT(liveMessages);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [poll.id]);

  return (
    <section className="live-takeover" aria-labelledby={titleId}>
      <div className="live-takeover-top">
        <p className="live-badge live-badge-live">{t('live.poll.openLabel')}</p>
        {deadline === null ? null : <PollCountdown deadline={deadline} />}
      </div>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('live.takeover.title', { n: poll.number })}
      </h2>
      <div className="live-quiz-prompt" lang={lang}>
        <HastView tree={quiz.prompt} />
      </div>
      <div lang={lang}>
        <PollForm key={poll.id} quiz={quiz} poll={poll} mine={mine} submit={submit} />
      </div>
      {poll.revealed ? <PollResultsView poll={poll} quiz={quiz} mine={mine} height={200} /> : <p className="live-note">{t('live.poll.resultsLater')}</p>}
      <p className="live-takeover-leave">
        <button type="button" onClick={onDismiss}>
          {t('live.takeover.toSlide')}
        </button>
      </p>
    </section>
  );
}
