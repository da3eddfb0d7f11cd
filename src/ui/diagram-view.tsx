import { useId } from 'react';
import type { DiagramBlock } from '../content/types.ts';
import { blockMessages } from '../i18n/messages/blocks.ts';
import { useT } from '../i18n/use-t.ts';
import { HastView } from './hast-view.tsx';
import './diagram.css';

/**
 * A diagram compiled from the chapter's text: the static SVG for the eye, and the same structure
 * as lists for screen readers (the drawing itself is hidden from them). No script draws it.
 */
export function DiagramView({ block }: { block: DiagramBlock }) {
  const { t } = useT(blockMessages);
  const captionId = useId();
  const label = block.title ?? t(`block.diagram.${block.kind}`);
  return (
    <figure className={`diagram diagram-${block.kind}`} data-diagram={block.kind} aria-labelledby={captionId}>
      {block.title ? (
        <figcaption id={captionId} className="diagram-title">
          {block.title}
        </figcaption>
      ) : (
        <figcaption id={captionId} className="visually-hidden">
          {label}
        </figcaption>
      )}
      <HastView tree={block.svg} />
      <div className="visually-hidden">
        <HastView tree={block.alt} />
      </div>
    </figure>
  );
}
