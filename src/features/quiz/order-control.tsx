import type { OrderQuiz } from '../../content/types.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import type { OptionFeedback } from '../../quiz/grade.ts';
import { HastView } from '../../ui/hast-view.tsx';
import { FeedbackMark } from './feedback-mark.tsx';
import { hastText } from './hast-text.ts';
import { useOrderMoves } from './use-order-moves.ts';

interface OrderControlProps {
  quiz: OrderQuiz;
  itemIds: string[];
  onChange: (itemIds: string[]) => void;
  /** After submit: whether each item sits in its place; the move buttons are gone. */
  feedback: Record<string, OptionFeedback> | null;
  /** With `false`, a misplaced item says so without telling where it belongs. */
  reveal?: boolean;
  contentLang?: string;
}

/** An ordering list operated with "move up"/"move down" buttons, so it works by keyboard and touch alike. */
export function OrderControl({ quiz, itemIds, onChange, feedback, reveal = true, contentLang }: OrderControlProps) {
  const { t } = useT(quizMessages);
  const items = new Map(quiz.items.map((item, index) => [item.id, { item, position: index + 1 }]));
  const label = (itemId: string) => {
    const entry = items.get(itemId);
    return entry ? hastText(entry.item.content) : itemId;
  };
  const { move, buttonRef, announcement } = useOrderMoves(itemIds, onChange, (itemId, position, total) =>
    t('quiz.order.moved', { item: label(itemId), position, total }),
  );
  return (
    <>
      {feedback === null ? <p className="quiz-hint">{t('quiz.order.instructions')}</p> : null}
      <ol className="quiz-order">
        {itemIds.map((itemId, index) => {
          const entry = items.get(itemId);
          if (!entry) return null;
          const tone = feedback?.[itemId];
          return (
            <li key={itemId} className={`quiz-order-item${tone ? ` quiz-option-${tone}` : ''}`}>
              <span className="quiz-order-text" lang={contentLang}>
                <HastView tree={entry.item.content} />
              </span>
              {tone ? (
                <FeedbackMark
                  tone={tone === 'correct' ? 'correct' : 'incorrect'}
                  text={
                    tone === 'correct'
                      ? t('quiz.feedback.inPlace')
                      : reveal
                        ? t('quiz.feedback.belongsAt', { position: entry.position })
                        : t('quiz.feedback.misplaced')
                  }
                />
              ) : (
                <span className="quiz-order-buttons">
                  <button
                    type="button"
                    ref={buttonRef(itemId, 'up')}
                    disabled={index === 0}
                    onClick={() => move(index, 'up')}
                  >
                    <span aria-hidden="true">↑</span>
                    <span className="visually-hidden">{t('quiz.order.moveUp', { item: label(itemId) })}</span>
                  </button>
                  <button
                    type="button"
                    ref={buttonRef(itemId, 'down')}
                    disabled={index === itemIds.length - 1}
                    onClick={() => move(index, 'down')}
                  >
                    <span aria-hidden="true">↓</span>
                    <span className="visually-hidden">{t('quiz.order.moveDown', { item: label(itemId) })}</span>
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
