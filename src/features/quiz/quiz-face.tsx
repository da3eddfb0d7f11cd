import { useId, type ReactNode } from 'react';
import type { HastRoot, QuizBlock } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import { HastView } from '../../ui/hast-view.tsx';
import { ANSWER_KEY, usePresentedState } from '../../ui/presentation-sync.tsx';
import './quiz-face.css';

const isBoolean = (state: unknown): state is boolean => typeof state === 'boolean';
const letter = (index: number) => String.fromCharCode(65 + index);

/**
 * A quiz projected on the slide canvas: the question and its options in large type, lettered in
 * the authored order so the room can call them out. The answer shows when the presenter asks
 * (A, or the control), in every window of the presentation at once; the explanation stays in
 * the presenter's view. Trainees answer on their own devices, in the lesson's full form.
 */
export function QuizFace({ block }: { block: QuizBlock; chapterId: string }) {
  const { t } = useT(presentMessages, quizMessages);
  const promptId = useId();
  const [revealed] = usePresentedState(ANSWER_KEY, () => false, isBoolean);
  return (
    <section className="quiz-face" aria-labelledby={promptId} data-revealed={revealed || undefined}>
      <div className="quiz-face-prompt" id={promptId}>
        <HastView tree={block.prompt} />
      </div>
      <FaceAnswers quiz={block} revealed={revealed} />
      <p className="visually-hidden" role="status">
        {revealed ? t('present.showAnswer') : ''}
      </p>
    </section>
  );
}

function FaceAnswers({ quiz, revealed }: { quiz: QuizBlock; revealed: boolean }) {
  const { t } = useT(presentMessages, quizMessages);
  switch (quiz.kind) {
    case 'single':
    case 'multiple':
      return (
        <ol className="quiz-face-options">
          {quiz.options.map((option, index) => (
            <FaceOption key={option.id} mark={letter(index)} correct={revealed && option.correct} content={option.content} />
          ))}
        </ol>
      );
    case 'truefalse':
      return (
        <ol className="quiz-face-options quiz-face-options-inline">
          {[true, false].map((value, index) => (
            <FaceOption key={String(value)} mark={letter(index)} correct={revealed && quiz.answer === value}>
              {t(value ? 'quiz.true' : 'quiz.false')}
            </FaceOption>
          ))}
        </ol>
      );
    case 'numeric':
      return (
        <p className="quiz-face-numeric">
          <span>{t('quiz.face.answer')}</span>
          <strong className="quiz-face-value">{revealed ? `${formatNumber(quiz.answer)}${quiz.unit ?? ''}` : '？'}</strong>
        </p>
      );
    case 'order':
      // Lettered in a fixed scramble (never the answer order); the reveal numbers them in order.
      return (
        <ol className="quiz-face-options">
          {scramble(quiz.items).map(({ item, position }, index) => (
            <FaceOption key={item.id} mark={revealed ? String(position + 1) : letter(index)} correct={revealed} content={item.content} />
          ))}
        </ol>
      );
  }
}

interface FaceOptionProps {
  mark: string;
  correct: boolean;
  content?: HastRoot;
  children?: ReactNode;
}

function FaceOption({ mark, correct, content, children }: FaceOptionProps) {
  const { t } = useT(presentMessages, quizMessages);
  return (
    <li className={correct ? 'quiz-face-option quiz-face-correct' : 'quiz-face-option'}>
      <span className="quiz-face-mark" aria-hidden="true">
        {mark}
      </span>
      <span className="quiz-face-text">{content ? <HastView tree={content} /> : children}</span>
      {correct ? <span className="visually-hidden">{t('quiz.correct')}</span> : null}
    </li>
  );
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** The items at odd positions, then those at even ones: never the answer order for two or more. */
function scramble<T>(items: readonly T[]): Array<{ item: T; position: number }> {
  const indexed = items.map((item, position) => ({ item, position }));
  return [...indexed.filter((_, i) => i % 2 === 1), ...indexed.filter((_, i) => i % 2 === 0)];
}
