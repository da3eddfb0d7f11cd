import { useId, useRef, useState, type FormEvent } from 'react';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { ManageField } from './manage-field.tsx';
import { signIn } from './manager-api.ts';
import { signInFailure, validateSignIn } from './sign-in-errors.ts';
import type { Manager } from './types.ts';

/** E-mail and password; on success the dashboard opens, on failure a sentence says why. */
export function SignInForm({ onSignedIn, expired }: { onSignedIn: (manager: Manager) => void; expired: boolean }) {
  const { t, locale } = useT(manageMessages);
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<ReturnType<typeof validateSignIn>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validateSignIn(email, password);
    setErrors(found);
    if (found.email || found.password) {
      (found.email ? emailInput : passwordInput).current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (result.ok) {
      onSignedIn(result.data.manager);
      return;
    }
    setPassword('');
    setFailure(signInFailure(result.error, t, locale));
  };

  return (
    <section className="manage-panel manage-sign-in" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manage.signIn.title')}</h2>
      <p>{t('manage.signIn.intro')}</p>
      {expired ? <p className="manage-note">{t('manage.error.expired')}</p> : null}
      <form className="manage-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
        <ManageField
          id={`${id}-email`}
          label={t('manage.signIn.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
          error={errors.email ? t(errors.email) : null}
          inputRef={emailInput}
        />
        <ManageField
          id={`${id}-password`}
          label={t('manage.signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={errors.password ? t(errors.password) : null}
          inputRef={passwordInput}
        />
        <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
          {busy ? t('manage.signIn.submitting') : t('manage.signIn.submit')}
        </button>
        <p role="alert" className="manage-failure">
          {failure}
        </p>
      </form>
    </section>
  );
}
