import { useId } from 'react';
import type { KeyOf } from '../../i18n/define-messages.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatElapsed, pace, type PaceStatus } from './pacing.ts';
import { useStopwatch } from './use-stopwatch.ts';

const PACE_TEXT: Record<PaceStatus, KeyOf<typeof presentMessages>> = {
  ahead: 'presenter.pace.ahead',
  onTime: 'presenter.pace.onTime',
  behind: 'presenter.pace.behind',
};

interface TimerPanelProps {
  chapterId: string;
  /** Planned minutes for the chapter. */
  duration: number;
  index: number;
  total: number;
}

/** Elapsed time with start/pause/reset, the wall clock, and pacing against the planned duration. */
export function TimerPanel({ chapterId, duration, index, total }: TimerPanelProps) {
  const { t, locale } = useT(presentMessages);
  const headingId = useId();
  const watch = useStopwatch(`courseware:presenter-timer:${chapterId}`);
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(watch.now);
  const plan = pace(watch.elapsedMs, index, total, duration);
  const started = watch.running || watch.elapsedMs > 0;
  const toggleLabel = watch.running ? 'presenter.pause' : started ? 'presenter.resume' : 'presenter.start';

  return (
    <section className="presenter-timer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('presenter.timer')}</h2>
      <dl className="presenter-times">
        <div>
          <dt>{t('presenter.elapsed')}</dt>
          <dd className="presenter-elapsed">
            <span role="timer">{formatElapsed(watch.elapsedMs)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('presenter.clock')}</dt>
          <dd className="presenter-clock">{clock}</dd>
        </div>
      </dl>
      <div className="presenter-timer-buttons">
        <button type="button" onClick={watch.running ? watch.pause : watch.start}>
          {t(toggleLabel)}
        </button>
        <button type="button" onClick={watch.reset}>
          {t('presenter.reset')}
        </button>
      </div>
      {started ? (
        <p className={`presenter-pace presenter-pace-${plan.status}`} data-pace={plan.status}>
          {t(PACE_TEXT[plan.status], { minutes: plan.minutes })}
        </p>
      ) : null}
      <p className="presenter-plan">{t('presenter.pace.plan', { duration, from: plan.from, to: plan.to })}</p>
    </section>
  );
}
