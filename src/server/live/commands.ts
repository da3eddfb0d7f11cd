/**
 * Everything that changes a live room, as data. A room held in one process applies a command at
 * once; a room shared by several processes through PostgreSQL appends it to the room's log and
 * every process applies the log in order. So a command carries everything its effect depends on
 * (ids, token hashes, the time), and applying it is deterministic.
 */
import type { Admission } from '../../protocol/constants.ts';
import type { PollSpec } from '../../protocol/live.ts';
import type { PollAnswerInput, Poll, StoredAnswer } from './poll.ts';
import type { EndReason, Participant, Room } from './room.ts';

export type LiveCommand =
  | { kind: 'join'; participantId: string; name: string; tokenHash: string; at: number }
  | { kind: 'slide'; slideId: string; at: number }
  | { kind: 'openPoll'; spec: PollSpec; at: number }
  | { kind: 'answer'; participantId: string; pollId: string; input: PollAnswerInput; at: number }
  | { kind: 'reveal'; pollId?: string | undefined; at: number }
  | { kind: 'closePoll'; pollId?: string | undefined; at: number }
  | { kind: 'admission'; admission: Admission; at: number }
  | { kind: 'admit'; participantId: string; at: number }
  | { kind: 'remove'; participantId: string; at: number }
  | { kind: 'end'; reason: EndReason; at: number };

/** What applying each kind of command gives back to the request that sent it. */
export interface CommandResults {
  join: Participant;
  slide: undefined;
  openPoll: Poll;
  answer: StoredAnswer;
  reveal: Poll;
  closePoll: Poll;
  admission: undefined;
  admit: Participant;
  /** The removed participant's token hash. */
  remove: string;
  end: undefined;
}

export type CommandResult<C extends LiveCommand> = CommandResults[C['kind']];

/** Applies a command to a room; throws (changing nothing) when the room refuses it. */
export function applyCommand<C extends LiveCommand>(room: Room, command: C): CommandResult<C> {
  return apply(room, command) as CommandResult<C>;
}

function apply(room: Room, command: LiveCommand): CommandResults[keyof CommandResults] {
  switch (command.kind) {
    case 'join':
      return room.join({ id: command.participantId, name: command.name, tokenHash: command.tokenHash }, command.at);
    case 'slide':
      room.setSlide(command.slideId, command.at);
      return undefined;
    case 'openPoll':
      return room.openPoll(command.spec, command.at);
    case 'answer':
      return room.answer(room.participantOr404(command.participantId), command.pollId, command.input, command.at);
    case 'reveal':
      return room.reveal(command.pollId, command.at);
    case 'closePoll':
      return room.closePoll(command.pollId, command.at);
    case 'admission':
      room.setAdmission(command.admission, command.at);
      return undefined;
    case 'admit':
      return room.admit(command.participantId, command.at);
    case 'remove':
      return room.remove(command.participantId, command.at);
    case 'end':
      room.end(command.at, command.reason);
      return undefined;
  }
}
