import { useEffect, useState } from 'react';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';

/** Whole seconds from `now` to `deadline`, never below zero (rounded up: "0:01" until the last second is gone). */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** `m:ss`, the way a countdown reads in either language. */
export function formatCountdown(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The time left to answer, ticking each second. A screen reader hears it when asked (a timer is
 * not announced on every tick), and once more when ten seconds are left.
 */
export function PollCountdown({ deadline }: { deadline: number }) {
  const { t } = useT(liveMessages);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [deadline]);
  const left = secondsLeft(deadline, now);
  return (
    <p className={left <= 10 ? 'live-countdown live-countdown-ending' : 'live-countdown'}>
      <span role="timer" aria-label={t('live.countdown.label')}>
        {t('live.countdown', { time: formatCountdown(left) })}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {left <= 10 && left > 0 ? t('live.countdown.ending') : ''}
      </span>
    </p>
  );
}
