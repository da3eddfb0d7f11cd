import { useId } from 'react';
import type { QuizBlock } from '../../content/types.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { HastView } from '../../ui/hast-view.tsx';
import { useLivePoll } from './live-poll-context.ts';
import { PollForm } from './poll-form.tsx';
import { PollResultsView } from './poll-results.tsx';
import { isPollable } from './poll-spec.ts';

/**
 * A quiz on a trainee's phone during a live session. It shows its question and waits until the
 * presenter opens it as a poll; then it takes the trainee's answer, and shows the distribution
 * once the presenter reveals it. Nothing is graded or recorded in the trainee's progress.
 */
export function LiveQuizBlock({ block }: { block: QuizBlock; chapterId: string }) {
  const { t } = useT(liveMessages);
  const labelId = useId();
  const live = useLivePoll();
  const poll = live?.poll ?? null;
  const active = live !== null && poll !== null && poll.quizId === block.id && poll.slideId === live.slideId && isPollable(block);
  const mine = active ? live.myAnswer : null;
  const label = !active ? t('live.quiz.label') : poll.status === 'open' ? t('live.poll.openLabel') : t('live.poll.closedLabel');
  return (
    <section className={active ? 'live-quiz live-quiz-active' : 'live-quiz'} aria-labelledby={labelId}>
      <p className="live-quiz-kind" id={labelId}>
        {label}
      </p>
      <div className="live-quiz-prompt">
        <HastView tree={block.prompt} />
      </div>
      {active ? (
        <>
          <PollForm key={poll.id} quiz={block} poll={poll} mine={mine} submit={live.submit} />
          {poll.revealed ? (
            <PollResultsView poll={poll} quiz={block} mine={mine} height={200} />
          ) : (
            <p className="live-note">{t('live.poll.resultsLater')}</p>
          )}
        </>
      ) : (
        <p className="live-note">{isPollable(block) ? t('live.quiz.waiting') : t('live.quiz.notPollable')}</p>
      )}
    </section>
  );
}
