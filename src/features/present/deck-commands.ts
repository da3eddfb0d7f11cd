import type { KeyOf } from '../../i18n/define-messages.ts';
import type { presentMessages } from '../../i18n/messages/present.ts';
import { createCommandRegistry, type Command, type CommandRegistry } from './commands.ts';

/** What the keyboard can ask a deck to do; slide mode and the presenter view each supply these. */
export interface DeckActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  toggleOverview: () => void;
  toggleFullscreen: () => void;
  toggleBlackout: () => void;
  openGoTo: () => void;
  openHelp: () => void;
  openSpeakerView: () => void;
  /** Shows or hides the answer of the quiz on the slide's face, in every window. */
  toggleAnswer: () => void;
  /** Opens the slide's reading depth over the slide, for a question from the room. */
  toggleDepth: () => void;
}

export interface DeckCommand extends Command<DeckActions> {
  /** What the shortcut help says the command does. */
  label: KeyOf<typeof presentMessages>;
}

/** Keys as in reveal.js. */
export const deckCommands: readonly DeckCommand[] = [
  { name: 'next', keys: ['ArrowRight', ' ', 'PageDown'], label: 'present.command.next', perform: (a) => a.next() },
  { name: 'previous', keys: ['ArrowLeft', 'PageUp'], label: 'present.command.previous', perform: (a) => a.previous() },
  { name: 'first', keys: ['Home'], label: 'present.command.first', perform: (a) => a.first() },
  { name: 'last', keys: ['End'], label: 'present.command.last', perform: (a) => a.last() },
  { name: 'overview', keys: ['o', 'Escape'], label: 'present.command.overview', perform: (a) => a.toggleOverview() },
  { name: 'fullscreen', keys: ['f'], label: 'present.command.fullscreen', perform: (a) => a.toggleFullscreen() },
  { name: 'blackout', keys: ['b', '.'], label: 'present.command.blackout', perform: (a) => a.toggleBlackout() },
  { name: 'goTo', keys: ['g'], label: 'present.command.goTo', perform: (a) => a.openGoTo() },
  { name: 'help', keys: ['?'], label: 'present.command.help', perform: (a) => a.openHelp() },
  { name: 'speaker', keys: ['s'], label: 'present.command.speaker', perform: (a) => a.openSpeakerView() },
  { name: 'answer', keys: ['a'], label: 'present.command.answer', perform: (a) => a.toggleAnswer() },
  { name: 'depth', keys: ['d'], label: 'present.command.depth', perform: (a) => a.toggleDepth() },
];

export type DeckRegistry = CommandRegistry<DeckActions, DeckCommand>;

/** Slide mode: every command, including opening the presenter view. */
export const slideModeCommands: DeckRegistry = createCommandRegistry<DeckActions, DeckCommand>(deckCommands);

/** The presenter view is already the speaker view. */
export const presenterCommands: DeckRegistry = createCommandRegistry<DeckActions, DeckCommand>(
  deckCommands.filter((c) => c.name !== 'speaker'),
);
