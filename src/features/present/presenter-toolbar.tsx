import { Link, useHref } from 'react-router-dom';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { audienceWindowName, lessonPath, presentPath } from './slide-paths.ts';
import type { Deck } from './use-deck.ts';

/** The presenter's title bar: slide count, navigation, and the button that opens the projector window. */
export function PresenterToolbar({ deck }: { deck: Deck }) {
  const { t } = useT(presentMessages);
  const { chapter, slide, index, total, actions } = deck;
  // As the router writes it (`#/present/…` in the SCORM package's hash routing), for window.open.
  const audienceHref = useHref(presentPath(chapter.id, slide.id));
  const openAudience = () => void window.open(audienceHref, audienceWindowName(chapter.id));
  return (
    <header className="presenter-toolbar">
      <h1>{t('presenter.title', { title: chapter.title })}</h1>
      <nav className="presenter-nav" aria-label={t('present.controls')}>
        <button type="button" onClick={actions.previous} aria-disabled={index === 0 || undefined} aria-label={t('present.previous')}>
          <span aria-hidden="true">←</span>
        </button>
        <span className="present-counter presenter-counter">{t('present.counter', { n: index + 1, total })}</span>
        <button type="button" onClick={actions.next} aria-disabled={index === total - 1 || undefined} aria-label={t('present.next')}>
          <span aria-hidden="true">→</span>
        </button>
        {slide.face.some((block) => block.type === 'quiz') ? (
          <button type="button" onClick={actions.toggleAnswer}>
            {t('present.showAnswer')}
          </button>
        ) : null}
        <button type="button" onClick={openAudience}>
          {t('presenter.openAudience')}
        </button>
        <button type="button" onClick={actions.toggleOverview}>
          {t('present.overview')}
        </button>
        <button type="button" onClick={actions.openHelp}>
          {t('present.help')}
        </button>
        <Link to={lessonPath(chapter.id, slide.id)}>{t('present.exit')}</Link>
      </nav>
    </header>
  );
}
