import type { DeckRegistry } from './deck-commands.ts';
import { DepthDialog } from './depth-dialog.tsx';
import { GoToDialog } from './go-to-dialog.tsx';
import { HelpDialog } from './help-dialog.tsx';
import { OverviewDialog } from './overview-dialog.tsx';
import type { Deck } from './use-deck.ts';

interface DeckDialogsProps {
  deck: Deck;
  registry: DeckRegistry;
  lang: string | undefined;
}

/** Whichever of the deck's dialogs is open. */
export function DeckDialogs({ deck, registry, lang }: DeckDialogsProps) {
  const jump = (index: number) => {
    deck.closeDialog();
    deck.goTo(index);
  };
  switch (deck.dialog) {
    case 'overview':
      return <OverviewDialog chapter={deck.chapter} current={deck.index} lang={lang} onPick={jump} onClose={deck.closeDialog} />;
    case 'goTo':
      return <GoToDialog total={deck.total} onGo={jump} onClose={deck.closeDialog} />;
    case 'help':
      return <HelpDialog registry={registry} onClose={deck.closeDialog} />;
    case 'depth':
      return <DepthDialog slide={deck.slide} chapterId={deck.chapter.id} lang={lang} onClose={deck.closeDialog} />;
    case null:
      return null;
  }
}
