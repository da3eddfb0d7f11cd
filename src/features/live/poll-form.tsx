import { useId, useState, type FormEvent } from 'react';
import { parseNumericAnswer } from '../../quiz/numeric-input.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { HastView } from '../../ui/hast-view.tsx';
import { LiveApiError } from './live-api.ts';
import type { MyAnswer, PollAnswer, PollView } from './live-types.ts';
import { optionLetter, type PollableQuiz } from './poll-spec.ts';

interface PollFormProps {
  quiz: PollableQuiz;
  poll: PollView;
  mine: MyAnswer | null;
  submit: (pollId: string, answer: PollAnswer) => Promise<void>;
}

function initialChoices(mine: MyAnswer | null): string[] {
  return mine?.choices ?? [];
}

function initialText(mine: MyAnswer | null): string {
  return mine?.value === null || mine?.value === undefined ? '' : String(mine.value);
}

type Sending = { state: 'idle' } | { state: 'sending' } | { state: 'sent' } | { state: 'failed'; message: string };

/**
 * A trainee's answer to an open poll: native radios, checkboxes or a number field. The answer
 * can be changed and sent again until the presenter closes the poll.
 */
export function PollForm({ quiz, poll, mine, submit }: PollFormProps) {
  const { t } = useT(liveMessages);
  const name = useId();
  const numberId = useId();
  const statusId = useId();
  const [choices, setChoices] = useState(() => initialChoices(mine));
  const [text, setText] = useState(() => initialText(mine));
  const [sending, setSending] = useState<Sending>({ state: 'idle' });
  const open = poll.status === 'open';
  const parsed = quiz.kind === 'numeric' ? parseNumericAnswer(text, quiz.unit) : null;
  const answer: PollAnswer | null = parsed ? (parsed.ok ? { value: parsed.value } : null) : choices.length > 0 ? { choices } : null;
  const unchanged =
    mine !== null &&
    answer !== null &&
    ('value' in answer ? mine.value === answer.value : mine.choices !== null && mine.choices.length === answer.choices.length && answer.choices.every((c) => mine.choices!.includes(c)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!open || answer === null || sending.state === 'sending') return;
    setSending({ state: 'sending' });
    try {
      await submit(poll.id, answer);
      setSending({ state: 'sent' });
    } catch (error) {
      const code = error instanceof LiveApiError ? error.code : 'network';
      const message =
        code === 'poll_closed' ? t('live.poll.closedMeanwhile') : code === 'rate_limited' ? t('live.error.rateLimited') : code === 'network' ? t('live.error.network') : t('live.poll.failed');
      setSending({ state: 'failed', message });
    }
  };

  const toggle = (id: string) => {
    setSending({ state: 'idle' });
    if (quiz.kind === 'multiple') setChoices((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));
    else setChoices([id]);
  };

  const options =
    quiz.kind === 'single' || quiz.kind === 'multiple'
      ? quiz.options.map((option, index) => ({ id: option.id, letter: optionLetter(index), content: <HastView tree={option.content} /> }))
      : quiz.kind === 'truefalse'
        ? [
            { id: 'true', letter: null, content: t('live.true') },
            { id: 'false', letter: null, content: t('live.false') },
          ]
        : [];

  const status =
    sending.state === 'sending'
      ? t('live.poll.sending')
      : sending.state === 'failed'
        ? sending.message
        : mine !== null
          ? open
            ? t('live.poll.received')
            : t('live.poll.yourFinalAnswer')
          : open
            ? ''
            : t('live.poll.noAnswer');

  return (
    <form className="live-poll-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby={statusId}>
      <fieldset disabled={!open}>
        <legend className="visually-hidden">{t('live.poll.answerLegend')}</legend>
        {quiz.kind === 'multiple' ? <p className="live-hint">{t('live.poll.multipleHint')}</p> : null}
        {quiz.kind === 'numeric' ? (
          <div className="live-numeric">
            <label htmlFor={numberId}>{t('live.poll.numberLabel')}</label>
            <div className="live-numeric-row">
              <input
                id={numberId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                value={text}
                maxLength={40}
                onChange={(event) => {
                  setSending({ state: 'idle' });
                  setText(event.target.value);
                }}
              />
              {quiz.unit ? <span className="live-numeric-unit">{quiz.unit}</span> : null}
            </div>
            {text.trim() !== '' && parsed && !parsed.ok ? <p className="live-error">{t('live.poll.notANumber')}</p> : null}
          </div>
        ) : (
          <div className="live-options">
            {options.map((option) => (
              <label key={option.id} className={choices.includes(option.id) ? 'live-option live-option-chosen' : 'live-option'}>
                <input
                  type={quiz.kind === 'multiple' ? 'checkbox' : 'radio'}
                  name={name}
                  value={option.id}
                  checked={choices.includes(option.id)}
                  onChange={() => toggle(option.id)}
                />
                {option.letter ? (
                  <span className="live-option-letter" aria-hidden="true">
                    {option.letter}
                  </span>
                ) : null}
                <span className="live-option-text">{option.content}</span>
              </label>
            ))}
          </div>
        )}
        {open ? (
          <button type="submit" className="live-primary" disabled={answer === null || unchanged || sending.state === 'sending'}>
            {mine === null ? t('live.poll.send') : t('live.poll.change')}
          </button>
        ) : null}
      </fieldset>
      <p id={statusId} className={sending.state === 'failed' ? 'live-error' : 'live-note'} role="status">
        {status}
      </p>
    </form>
  );
}
