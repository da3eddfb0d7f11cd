import type { KeyOf } from '../../i18n/define-messages.ts';
import type { manageMessages } from '../../i18n/messages/manage.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { Locale } from '../../content/types.ts';
import type { ApiError } from '../../http/api-client.ts';

/** The e-mail shape the server accepts, roughly: something@something.something. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignIn(email: string, password: string): { email?: 'manage.signIn.emailRequired' | 'manage.signIn.emailFormat'; password?: 'manage.signIn.passwordRequired' } {
  const errors: ReturnType<typeof validateSignIn> = {};
  const trimmed = email.trim();
  if (trimmed === '') errors.email = 'manage.signIn.emailRequired';
  else if (!EMAIL.test(trimmed)) errors.email = 'manage.signIn.emailFormat';
  if (password === '') errors.password = 'manage.signIn.passwordRequired';
  return errors;
}

/** A refused sign-in in plain words; a locked account says when to come back. */
export function signInFailure(error: ApiError, t: Translate<KeyOf<typeof manageMessages>>, locale: Locale, now = Date.now()): string {
  if (error.code === 'account_locked') {
    const seconds = error.retryAfterMs === null ? 15 * 60 : Math.ceil(error.retryAfterMs / 1000);
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(now + seconds * 1000));
    return t('manage.signIn.locked', { minutes: Math.max(1, Math.ceil(seconds / 60)), time });
  }
  if (error.status === 401 || error.code === 'invalid_credentials' || error.code === 'invalid_input') return t('manage.signIn.wrong');
  if (error.status === 429) return t('manage.signIn.rateLimited');
  if (error.status === 0) return t('manage.error.offline');
  return t('manage.error.server');
}
