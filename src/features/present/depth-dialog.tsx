import type { Slide } from '../../content/types.ts';
import { presentMessages } from '../../i18n/messages/present.ts';
import { useT } from '../../i18n/use-t.ts';
import { BlockList } from '../../ui/block-list.tsx';
import { Dialog } from './dialog.tsx';

const CLOSE_KEYS = ['Escape', 'd', 'D'];

interface DepthDialogProps {
  slide: Slide;
  chapterId: string;
  lang: string | undefined;
  onClose: () => void;
}

/** The slide's reading depth over the projected slide, opened with D when the room asks. */
export function DepthDialog({ slide, chapterId, lang, onClose }: DepthDialogProps) {
  const { t } = useT(presentMessages);
  return (
    <Dialog title={t('present.depthTitle', { title: slide.title })} onClose={onClose} size="reading" closeKeys={CLOSE_KEYS}>
      <div className="present-depth" lang={lang}>
        <BlockList blocks={slide.depth} chapterId={chapterId} />
      </div>
    </Dialog>
  );
}
