import { Link } from 'react-router-dom';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { lessonPath } from './slide-paths.ts';
import type { Deck } from './use-deck.ts';
import { usePointerActivity } from './use-pointer-activity.ts';

/**
 * On-screen buttons for what the keys do, for touch and mouse. They stay hidden until the pointer
 * moves, a finger touches or one of them has focus, so they never cover the projected slide.
 */
export function SlideControls({ deck }: { deck: Deck }) {
  const { t } = useT(presentMessages);
  const active = usePointerActivity();
  const { actions, index, total, slide } = deck;
  const hasQuiz = slide.face.some((block) => block.type === 'quiz');
  return (
    <nav className="present-controls" aria-label={t('present.controls')} data-idle={active ? undefined : ''}>
      <button type="button" onClick={actions.previous} aria-disabled={index === 0 || undefined} aria-label={t('present.previous')}>
        <span aria-hidden="true">←</span>
      </button>
      <span className="present-counter">{t('present.counter', { n: index + 1, total })}</span>
      <button type="button" onClick={actions.next} aria-disabled={index === total - 1 || undefined} aria-label={t('present.next')}>
        <span aria-hidden="true">→</span>
      </button>
      {hasQuiz ? (
        <button type="button" onClick={actions.toggleAnswer}>
          {t('present.showAnswer')}
        </button>
      ) : null}
      {slide.depth.length > 0 ? (
        <button type="button" className="present-controls-extra" onClick={actions.toggleDepth}>
          {t('present.depth')}
        </button>
      ) : null}
      <button type="button" onClick={actions.toggleOverview}>
        {t('present.overview')}
      </button>
      <button type="button" className="present-controls-extra" onClick={actions.toggleFullscreen}>
        {t('present.fullscreen')}
      </button>
      <button type="button" className="present-controls-extra" onClick={actions.openSpeakerView}>
        {t('present.presenterView')}
      </button>
      <button type="button" className="present-controls-extra" onClick={actions.openHelp}>
        {t('present.help')}
      </button>
      <Link to={lessonPath(deck.chapter.id, deck.slide.id)}>{t('present.exit')}</Link>
    </nav>
  );
}
