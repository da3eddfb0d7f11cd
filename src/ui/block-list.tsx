import type { Block } from '../content/types.ts';
import type { KeyOf } from '../i18n/define-messages.ts';
import { blockMessages } from '../i18n/messages/blocks.ts';
import { useT } from '../i18n/use-t.ts';
import { useBlockRenderers } from './block-renderers.tsx';
import { useBlockSurface } from './block-surface.ts';
import { Callout } from './callout.tsx';
import { DiagramView } from './diagram-view.tsx';
import { HastView } from './hast-view.tsx';

interface BlockListProps {
  blocks: Block[];
  chapterId: string;
}

/** Renders a slide's blocks: prose directly, interactive blocks through the registered components. */
export function BlockList({ blocks, chapterId }: BlockListProps) {
  return (
    <>
      {blocks.map((block, index) => (
        <BlockView key={blockKey(block, index)} block={block} chapterId={chapterId} />
      ))}
    </>
  );
}

function BlockView({ block, chapterId }: { block: Block; chapterId: string }) {
  const renderers = useBlockRenderers();
  const onCanvas = useBlockSurface() === 'canvas';
  const Quiz = (onCanvas && renderers.quizFace) || renderers.quiz;
  const Calculator = (onCanvas && renderers.calculatorFace) || renderers.calculator;
  switch (block.type) {
    case 'prose':
      return <HastView tree={block.hast} />;
    case 'callout':
      return (
        <Callout tone={block.tone} title={block.title}>
          <BlockList blocks={block.blocks} chapterId={chapterId} />
        </Callout>
      );
    case 'quiz':
      return Quiz ? <Quiz block={block} chapterId={chapterId} /> : <PendingBlock label="block.quiz" />;
    case 'calculator':
      return Calculator ? <Calculator block={block} /> : <PendingBlock label="block.calculator" />;
    case 'chart':
      return renderers.chart ? <renderers.chart block={block} /> : <PendingBlock label="block.chart" />;
    case 'diagram':
      return <DiagramView block={block} />;
  }
}

/** An interactive block whose component is not registered stays visible, never silently dropped. */
function PendingBlock({ label }: { label: KeyOf<typeof blockMessages> }) {
  const { t } = useT(blockMessages);
  return (
    <aside className="block-pending" aria-label={t(label)}>
      <strong>{t(label)}</strong> {t('block.pending')}
    </aside>
  );
}

function blockKey(block: Block, index: number): string {
  return block.type === 'quiz' ? block.id : `${block.type}-${index}`;
}
