import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';

interface SlideAnnouncerProps {
  /** 1-based. */
  n: number;
  total: number;
  title: string;
}

/** Tells screen readers, once per change, which slide is up ("Slide 3 of 14: title"). */
export function SlideAnnouncer({ n, total, title }: SlideAnnouncerProps) {
  const { t } = useT(presentMessages);
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {t('present.announce', { n, total, title })}
    </p>
  );
}
