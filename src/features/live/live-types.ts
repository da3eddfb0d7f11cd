/** What the live-session API sends and accepts: the protocol's types, which the server's `src/server/live/` speaks too. */
export type { Admission, PollKind } from '../../protocol/constants.ts';
export type {
  LiveSnapshot,
  MyAnswer,
  ParticipantEntry,
  PollAnswer,
  PollBucket,
  PollResults,
  PollSpec,
  PollView,
  RoomCounts,
  RoomSummary,
} from '../../protocol/live.ts';

/** A trainee's place in a room, kept on the phone so a reload or reconnect keeps it. */
export interface Seat {
  code: string;
  chapterId: string;
  participantId: string;
  name: string;
  token: string;
}
