import { useId, useState, type FormEvent } from 'react';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { joinRoom, LiveApiError } from './live-api.ts';
import type { Seat } from './live-types.ts';
import { LIVE_NAME_MAX } from '../../protocol/constants.ts';
import { checkName } from './names.ts';

interface JoinFormProps {
  code: string;
  chapterTitle: string | null;
  onJoined: (seat: Seat) => void;
}

/** Name and join: no account, just what the presenter sees in the results export. */
export function JoinForm({ code, chapterTitle, onJoined }: JoinFormProps) {
  const { t } = useT(liveMessages);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkName(name);
    if (problem !== null) {
      setError(t(problem === 'empty' ? 'live.join.nameEmpty' : problem === 'long' ? 'live.join.nameLong' : 'live.join.nameInvalid', { max: LIVE_NAME_MAX }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onJoined(await joinRoom(code, name.trim()));
    } catch (caught) {
      const codeOf = caught instanceof LiveApiError ? caught.code : 'network';
      setError(
        codeOf === 'room_full'
          ? t('live.join.full')
          : codeOf === 'room_ended'
            ? t('live.ended.title')
            : codeOf === 'not_found'
              ? t('live.missing.title')
              : codeOf === 'rate_limited'
                ? t('live.error.rateLimited')
                : codeOf === 'invalid_input'
                  ? t('live.join.nameInvalid', { max: LIVE_NAME_MAX })
                  : t('live.error.network'),
      );
      setBusy(false);
    }
  };

  return (
    <div className="live-join">
      <h1>{t('live.join.title')}</h1>
      {chapterTitle ? <p className="live-join-chapter">{chapterTitle}</p> : null}
      <p>
        {t('live.join.code')} <strong className="live-code-inline">{code}</strong>
      </p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <label htmlFor={inputId}>{t('live.join.nameLabel')}</label>
        <input
          id={inputId}
          type="text"
          autoComplete="nickname"
          value={name}
          maxLength={LIVE_NAME_MAX * 2}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error !== null || undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <p id={hintId} className="live-hint">
          {t('live.join.nameHint', { max: LIVE_NAME_MAX })}
        </p>
        {error ? (
          <p id={errorId} className="live-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="live-primary" disabled={busy}>
          {busy ? t('live.join.joining') : t('live.join.submit')}
        </button>
      </form>
      <p className="live-hint">{t('live.join.privacy')}</p>
    </div>
  );
}
