import { useId, type ReactNode } from 'react';

interface ReadingPanelProps {
  className: string;
  /** The part that scrolls on its own. */
  bodyClassName: string;
  title: string;
  /** The content's language, which may differ from the interface's. */
  lang: string | undefined;
  children: ReactNode;
}

/** A titled panel of the presenter view whose text scrolls inside it, with the keyboard too. */
export function ReadingPanel({ className, bodyClassName, title, lang, children }: ReadingPanelProps) {
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {/* Focusable so the text can be scrolled with the keyboard. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className={bodyClassName} lang={lang} tabIndex={0}>
        {children}
      </div>
    </section>
  );
}
