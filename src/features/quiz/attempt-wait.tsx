import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import type { AttemptCheck } from '../../quiz/attempt-policy.ts';

/** Why the next attempt has to wait, and until when (the attempt rules of the course). */
export function AttemptWait({ check }: { check: Extract<AttemptCheck, { allowed: false }> | { allowed: true } }) {
  const { t, locale } = useT(quizMessages);
  if (check.allowed) return null;
  const sameDay = new Date(check.retryAt).toDateString() === new Date().toDateString();
  const time = new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(check.retryAt);
  return (
    <p className="chapter-test-wait" role="status">
      {t(check.reason === 'cooldown' ? 'test.wait.cooldown' : 'test.wait.daily', { time })}
    </p>
  );
}
