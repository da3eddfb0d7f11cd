import { useEffect, useId, useRef, type FormEvent } from 'react';
import type { QuizBlock } from '../../content/types.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import { QuizExplanation, QuizVerdict } from './quiz-outcome.tsx';
import { QuizQuestion } from './quiz-question.tsx';
import { useQuizAttempt } from './use-quiz-attempt.ts';
import './quiz.css';

interface QuizBlockViewProps {
  block: QuizBlock;
  /** Part of the block-renderer contract; practice answers are not recorded per chapter. */
  chapterId: string;
}

/**
 * A quiz inside a lesson, for practice: answer, submit, see what was right and why, try again
 * with the options reshuffled. Nothing is written to the learner's progress.
 */
export function QuizBlockView({ block }: QuizBlockViewProps) {
  const { t } = useT(quizMessages);
  const labelId = useId();
  const attempt = useQuizAttempt(block);
  const formRef = useRef<HTMLFormElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'retry' | 'question' | null>(null);
  const submitted = attempt.grade !== null;

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'retry') retryRef.current?.focus();
    if (target === 'question') formRef.current?.querySelector<HTMLElement>('input, button:not(:disabled)')?.focus();
  }, [submitted]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!attempt.complete || submitted) return;
    focusAfter.current = 'retry';
    attempt.submit();
  };
  const onRetry = () => {
    focusAfter.current = 'question';
    attempt.retry();
  };

  return (
    <section className="quiz" aria-labelledby={labelId}>
      <p className="quiz-kind" id={labelId}>
        {t('quiz.label')}
      </p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <QuizQuestion
          key={attempt.seed}
          quiz={block}
          seed={attempt.seed}
          response={attempt.response}
          onChange={attempt.answer}
          grade={attempt.grade}
        />
        <div className="quiz-actions">
          {submitted ? (
            <button type="button" ref={retryRef} onClick={onRetry}>
              {t('quiz.tryAgain')}
            </button>
          ) : (
            <button type="submit" className="quiz-primary" disabled={!attempt.complete}>
              {t('quiz.submit')}
            </button>
          )}
        </div>
      </form>
      <div className="quiz-outcome" role="status">
        {attempt.grade ? <QuizVerdict grade={attempt.grade} /> : null}
      </div>
      {submitted ? <QuizExplanation explain={block.explain} /> : null}
      <p className="quiz-note">{t('quiz.practice')}</p>
    </section>
  );
}
