import { useId, type ReactNode } from 'react';
import { blockMessages } from '../i18n/messages/blocks.ts';
import { useT } from '../i18n/use-t.ts';

interface CalloutProps {
  tone: 'tip' | 'warning' | 'case';
  title: string | null;
  children: ReactNode;
}

export function Callout({ tone, title, children }: CalloutProps) {
  const { t } = useT(blockMessages);
  const headingId = useId();
  const label = t(`block.callout.${tone}`);
  return (
    <aside className={`callout callout-${tone}`} aria-labelledby={headingId}>
      <p className="callout-title" id={headingId}>
        <span className="callout-kind">{label}</span>
        {title ? <span>{title}</span> : null}
      </p>
      {children}
    </aside>
  );
}
