import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Chapter } from '../../content/types.ts';
import { liveMessages } from '../../i18n/messages/live.ts';
import { useT } from '../../i18n/use-t.ts';
import { BlockList } from '../../ui/block-list.tsx';
import { BlockRenderersProvider, useBlockRenderers } from '../../ui/block-renderers.tsx';
import { LivePollContext, type LivePollValue } from './live-poll-context.ts';
import { LiveQuizBlock } from './live-quiz-block.tsx';
import type { LiveState } from './live-state.ts';
import { PollTakeover } from './poll-takeover.tsx';
import { findQuiz, isPollable } from './poll-spec.ts';

interface LiveViewerProps {
  chapter: Chapter;
  /** The content language when the chapter is shown untranslated. */
  lang: string | undefined;
  state: LiveState;
  submit: LivePollValue['submit'];
}

/**
 * The slide on a trainee's phone. It follows the presenter; the trainee may page back (and
 * forward again, up to the furthest slide shown so far) and return with "Back to live".
 */
export function LiveViewer({ chapter, lang, state, submit }: LiveViewerProps) {
  const { t } = useT(liveMessages);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { slides } = chapter;
  const total = slides.length;
  const liveIndex = Math.max(0, slides.findIndex((s) => s.id === state.slideId));
  const [furthest, setFurthest] = useState(liveIndex);
  if (liveIndex > furthest) setFurthest(liveIndex);
  const [own, setOwn] = useState<number | null>(null);
  const index = own ?? liveIndex;
  const following = own === null;
  const slide = slides[index]!;

  // A new slide starts at its top, whoever turned the page.
  const article = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const top = article.current?.getBoundingClientRect().top ?? 0;
    if (top < 0) article.current?.scrollIntoView({ block: 'start' });
  }, [slide.id]);

  const go = (target: number, focus = false) => {
    const clamped = Math.min(Math.max(0, target), Math.max(furthest, liveIndex));
    setOwn(clamped === liveIndex ? null : clamped);
    if (focus) requestAnimationFrame(() => heading.current?.focus());
  };

  const outer = useBlockRenderers();
  const renderers = useMemo(() => ({ ...outer, quiz: LiveQuizBlock }), [outer]);
  const poll = state.poll;
  const pollValue = useMemo<LivePollValue>(
    () => ({ slideId: slide.id, poll, myAnswer: poll && state.myAnswer?.pollId === poll.id ? state.myAnswer.answer : null, submit }),
    [slide.id, poll, state.myAnswer, submit],
  );
  const pollIndex = poll && poll.status === 'open' ? slides.findIndex((s) => s.id === poll.slideId) : -1;
  const pollElsewhere = pollIndex !== -1 && pollIndex !== index;
  const liveSlide = slides[liveIndex]!;

  // An open poll takes the screen until it closes, unless the trainee asked for the slide.
  const [asidePollId, setAsidePollId] = useState<string | null>(null);
  const pollQuiz = poll && poll.status === 'open' ? findQuiz(slides, poll.slideId, poll.quizId) : undefined;
  const takeover = poll && pollQuiz && isPollable(pollQuiz) && asidePollId !== poll.id ? { poll, quiz: pollQuiz } : null;
  const takingOver = takeover !== null;
  const tookOver = useRef(false);
  useEffect(() => {
    // Back from the poll: focus returns to the slide, where its results will show.
    if (tookOver.current && !takingOver) heading.current?.focus();
    tookOver.current = takingOver;
  }, [takingOver]);

  if (takeover) {
    return (
      <PollTakeover
        quiz={takeover.quiz}
        poll={takeover.poll}
        mine={state.myAnswer?.pollId === takeover.poll.id ? state.myAnswer.answer : null}
        deadline={state.pollDeadline}
        submit={submit}
        onDismiss={() => setAsidePollId(takeover.poll.id)}
        lang={lang}
      />
    );
  }

  return (
    <>
      {pollIndex !== -1 ? (
        <div className="live-banner" role="status">
          <span>{t('live.poll.elsewhere')}</span>
          <button type="button" onClick={() => (pollElsewhere ? go(pollIndex, true) : setAsidePollId(null))}>
            {pollElsewhere ? t('live.poll.goThere') : t('live.takeover.back')}
          </button>
        </div>
      ) : null}
      <article className="live-slide" aria-labelledby={titleId} lang={lang} ref={article}>
        <p className="live-position">
          <span>{t('live.position', { n: index + 1, total })}</span>{' '}
          {following ? <span className="live-badge live-badge-live">{t('live.badge.live')}</span> : <span className="live-badge">{t('live.badge.browsing')}</span>}
        </p>
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {slide.title}
        </h2>
        <BlockRenderersProvider value={renderers}>
          <LivePollContext.Provider value={pollValue}>
            <BlockList blocks={slide.face} chapterId={chapter.id} />
            {slide.depth.length > 0 ? (
              <div className="slide-depth">
                <BlockList blocks={slide.depth} chapterId={chapter.id} />
              </div>
            ) : null}
          </LivePollContext.Provider>
        </BlockRenderersProvider>
      </article>
      <p className="visually-hidden" role="status">
        {following ? t('live.nowShowing', { n: liveIndex + 1, total, title: liveSlide.title }) : t('live.presenterAt', { n: liveIndex + 1, title: liveSlide.title })}
      </p>
      <nav className="live-nav" aria-label={t('live.navLabel')}>
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">← </span>
          {t('live.previous')}
        </button>
        {following ? null : (
          <button type="button" className="live-primary live-back" onClick={() => go(liveIndex, true)}>
            {t('live.backToLive', { n: liveIndex + 1 })}
          </button>
        )}
        <button type="button" onClick={() => go(index + 1)} disabled={index >= Math.max(furthest, liveIndex)}>
          {t('live.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
    </>
  );
}
