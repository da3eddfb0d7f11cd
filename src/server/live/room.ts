/**
 * One live session in memory: who joined, which slide the presenter shows, the polls, and the
 * open event streams. Every change is told to the streams as a Server-Sent Event; each event is
 * serialised once, whatever the number of listeners.
 */
import { conflict, HttpError, notFound } from '../errors.ts';
import type { Admission } from '../../protocol/constants.ts';
import type { LiveSnapshot, ParticipantEntry, RoomCounts, RoomStatus, RoomSummary } from '../../protocol/live.ts';
import type { LiveOptions } from './options.ts';
import {
  acceptAnswer,
  createPoll,
  pollView,
  type Poll,
  type PollAnswerInput,
  type PollSpec,
  type StoredAnswer,
} from './poll.ts';

export interface Participant {
  id: string;
  name: string;
  tokenHash: string;
  joinedAt: number;
  /** False while waiting for the presenter's approval (rooms that ask for it). */
  admitted: boolean;
}

/** What a room leaves to the registry that holds it (see rooms.ts and pg-rooms.ts). */
export interface RoomHooks {
  /**
   * A poll's countdown ran out. Without a hook the room closes the poll itself; a room copied in
   * several processes closes it through the shared log instead, so every copy closes it alike.
   */
  onCountdownEnd?: (room: Room, poll: Poll) => void;
  /** A participant's first stream opened in this process, or their last one here closed. */
  onPresence?: (room: Room, participantId: string, present: boolean) => void;
}

/** An open event stream (sse.ts): writes whole events, closes itself. */
export interface EventSink {
  readonly role: 'presenter' | 'participant';
  readonly participantId: string | null;
  write(chunk: string): void;
  close(): void;
}

export type { RoomCounts, RoomStatus, RoomSummary };
export type EndReason = 'ended' | 'expired';

/** The snapshot every stream gets first (`LiveSnapshot` in the protocol). */
export type RoomSnapshot = LiveSnapshot;


export function formatEvent(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class Room {
  status: RoomStatus = 'live';
  /** `approval`: new participants wait until the presenter lets them in. */
  admission: Admission = 'open';
  slideId: string;
  /** Counts the events every listener receives; sent as the SSE id. */
  seq = 0;
  lastActivityAt: number;
  endedAt: number | null = null;
  readonly participants = new Map<string, Participant>();
  readonly byTokenHash = new Map<string, Participant>();
  readonly polls: Poll[] = [];
  private readonly sinks = new Set<EventSink>();
  /** Open streams per participant id, oldest first. */
  private readonly participantSinks = new Map<string, EventSink[]>();
  private statsTimer: NodeJS.Timeout | null = null;
  private resultsTimer: NodeJS.Timeout | null = null;
  private countdownTimer: NodeJS.Timeout | null = null;
  /**
   * Participants with an open stream in any process, where the room is copied in several (the
   * registry keeps it current); null: this process's own streams are all there are.
   */
  presence: ReadonlySet<string> | null = null;

  constructor(
    readonly code: string,
    readonly chapterId: string,
    readonly presenterId: string,
    slideId: string,
    readonly createdAt: number,
    private readonly options: LiveOptions,
    /** The server's clock, for the time a countdown has left. */
    private readonly clock: () => number = Date.now,
    private readonly hooks: RoomHooks = {},
  ) {
    this.slideId = slideId;
    this.lastActivityAt = createdAt;
  }

  get currentPoll(): Poll | null {
    return this.polls.at(-1) ?? null;
  }

  counts(): RoomCounts {
    let waiting = 0;
    for (const participant of this.participants.values()) if (!participant.admitted) waiting++;
    return {
      connected: this.presence?.size ?? this.participantSinks.size,
      joined: this.participants.size - waiting,
      waiting,
      answers: this.currentPoll?.answers.size ?? 0,
    };
  }

  /** Everyone who joined, for the presenter to admit or remove. */
  participantList(): ParticipantEntry[] {
    return [...this.participants.values()].map((p) => ({
      id: p.id,
      name: p.name,
      joinedAt: p.joinedAt,
      admitted: p.admitted,
      connected: this.presence?.has(p.id) ?? this.participantSinks.has(p.id),
    }));
  }

  /** The counts changed elsewhere (another process): the presenter hears of it like any change. */
  countsChanged(): void {
    this.scheduleStats();
  }

  summary(): RoomSummary {
    const poll = this.currentPoll;
    return {
      code: this.code,
      chapterId: this.chapterId,
      status: this.status,
      slideId: this.slideId,
      createdAt: this.createdAt,
      admission: this.admission,
      counts: this.counts(),
      poll: poll ? pollView(poll, this.clock()) : null,
    };
  }

  snapshotFor(sink: Pick<EventSink, 'role' | 'participantId'>): RoomSnapshot {
    const poll = this.currentPoll;
    const snapshot: RoomSnapshot = {
      code: this.code,
      chapterId: this.chapterId,
      status: this.status,
      slideId: this.slideId,
      poll: poll ? pollView(poll, this.clock()) : null,
    };
    if (sink.role === 'presenter') return { ...snapshot, counts: this.counts() };
    const participant = sink.participantId === null ? undefined : this.participants.get(sink.participantId);
    if (participant === undefined) return snapshot;
    if (!participant.admitted) return { ...snapshot, poll: null, you: { participantId: participant.id, name: participant.name, answer: null, waiting: true } };
    const answer = poll?.answers.get(participant.id);
    return {
      ...snapshot,
      you: {
        participantId: participant.id,
        name: participant.name,
        answer: answer ? { choices: answer.choices, value: answer.value } : null,
      },
    };
  }

  private assertLive(): void {
    if (this.status !== 'live') throw new HttpError(410, 'room_ended', 'This live session has ended.');
  }

  /**
   * A new participant, with the id and token hash the caller made (so that every copy of a room
   * adds the same participant); the token itself goes to their phone only.
   */
  join(newcomer: Pick<Participant, 'id' | 'name' | 'tokenHash'>, now: number): Participant {
    this.assertLive();
    if (this.participants.size >= this.options.maxParticipants) {
      throw conflict('room_full', `This live session is full: it admits ${this.options.maxParticipants} participants.`);
    }
    const participant: Participant = { ...newcomer, joinedAt: now, admitted: this.admission === 'open' };
    this.participants.set(participant.id, participant);
    this.byTokenHash.set(participant.tokenHash, participant);
    this.lastActivityAt = now;
    this.scheduleStats();
    return participant;
  }

  setSlide(slideId: string, now: number): void {
    this.assertLive();
    this.lastActivityAt = now;
    if (slideId === this.slideId) return;
    this.slideId = slideId;
    this.broadcast('slide', { slideId });
  }

  /** Opens a poll on the current slide; a poll still open is closed first (one at a time). */
  openPoll(spec: PollSpec, now: number): Poll {
    this.assertLive();
    if (spec.slideId !== this.slideId) {
      throw conflict('not_current_slide', 'Polls are opened on the slide the participants see: move to that slide first.');
    }
    const previous = this.currentPoll;
    if (previous && previous.status === 'open') {
      previous.status = 'closed';
      previous.closedAt = now;
    }
    const poll = createPoll(spec, this.polls.length + 1, now);
    this.polls.push(poll);
    this.lastActivityAt = now;
    this.cancelResults();
    this.cancelCountdown();
    this.broadcast('poll', pollView(poll, now));
    this.scheduleStats();
    // From the server's clock, not the command's time: a copy catching up on an old poll waits only what is left.
    if (poll.closesAt !== null) this.scheduleCountdown(poll, poll.closesAt - this.clock());
    return poll;
  }

  /** A poll opened with a countdown closes itself when it runs out, as if the presenter had closed it. */
  private scheduleCountdown(poll: Poll, delayMs: number): void {
    this.countdownTimer = setTimeout(() => {
      this.countdownTimer = null;
      if (this.status !== 'live' || this.currentPoll !== poll || poll.status !== 'open') return;
      if (this.hooks.onCountdownEnd) this.hooks.onCountdownEnd(this, poll);
      else this.closePoll(poll.id, poll.closesAt ?? Date.now());
    }, Math.max(0, delayMs));
    this.countdownTimer.unref();
  }

  private cancelCountdown(): void {
    if (this.countdownTimer !== null) clearTimeout(this.countdownTimer);
    this.countdownTimer = null;
  }

  /** The current poll, checked against the id the client saw (so a late click acts on nothing stale). */
  private pollFor(pollId: string | undefined): Poll {
    const poll = this.currentPoll;
    if (poll === null || (pollId !== undefined && poll.id !== pollId)) throw notFound('No such poll is current in this live session.');
    return poll;
  }

  answer(participant: Participant, pollId: string, input: PollAnswerInput, now: number): StoredAnswer {
    this.assertLive();
    if (!participant.admitted) throw new HttpError(403, 'not_admitted', 'The presenter has not let you in yet.');
    const poll = this.pollFor(pollId);
    const answer = acceptAnswer(poll, input, now);
    poll.answers.set(participant.id, answer);
    this.lastActivityAt = now;
    this.scheduleStats();
    if (poll.revealed) this.scheduleResults();
    return answer;
  }

  reveal(pollId: string | undefined, now: number): Poll {
    this.assertLive();
    const poll = this.pollFor(pollId);
    this.lastActivityAt = now;
    if (!poll.revealed) {
      poll.revealed = true;
      this.cancelResults();
      this.broadcast('poll', pollView(poll, this.clock()));
    }
    return poll;
  }

  closePoll(pollId: string | undefined, now: number): Poll {
    this.assertLive();
    const poll = this.pollFor(pollId);
    this.lastActivityAt = now;
    if (poll.status === 'open') {
      poll.status = 'closed';
      poll.closedAt = now;
      this.cancelResults();
      this.cancelCountdown();
      this.broadcast('poll', pollView(poll, this.clock()));
    }
    return poll;
  }

  /** Lets new participants in at once (`open`) or only when the presenter admits them; opening admits everyone waiting. */
  setAdmission(admission: Admission, now: number): void {
    this.assertLive();
    this.lastActivityAt = now;
    this.admission = admission;
    if (admission === 'open') for (const participant of this.participants.values()) if (!participant.admitted) this.admitNow(participant);
    this.scheduleStats();
  }

  admit(participantId: string, now: number): Participant {
    this.assertLive();
    const participant = this.participantOr404(participantId);
    this.lastActivityAt = now;
    if (!participant.admitted) this.admitNow(participant);
    this.scheduleStats();
    return participant;
  }

  /**
   * Removes a participant (or turns away one waiting): their streams are told and closed, their
   * token stops working, their answers leave the results. Returns the token's hash.
   */
  remove(participantId: string, now: number): string {
    this.assertLive();
    const participant = this.participantOr404(participantId);
    this.lastActivityAt = now;
    this.participants.delete(participant.id);
    this.byTokenHash.delete(participant.tokenHash);
    let answered = false;
    for (const poll of this.polls) answered = poll.answers.delete(participant.id) || answered;
    const own = this.participantSinks.get(participant.id) ?? [];
    this.participantSinks.delete(participant.id);
    for (const sink of own) {
      this.sinks.delete(sink);
      sink.write(formatEvent('removed', {}));
      sink.close();
    }
    if (own.length > 0) this.hooks.onPresence?.(this, participant.id, false);
    if (answered && this.currentPoll?.revealed) this.scheduleResults();
    this.scheduleStats();
    return participant.tokenHash;
  }

  participantOr404(participantId: string): Participant {
    const participant = this.participants.get(participantId);
    if (participant === undefined) throw notFound('No such participant in this live session.');
    return participant;
  }

  /** In from now on: their open streams get the whole state they could not see while waiting. */
  private admitNow(participant: Participant): void {
    participant.admitted = true;
    for (const sink of this.participantSinks.get(participant.id) ?? []) sink.write(formatEvent('state', this.snapshotFor(sink), this.seq));
  }

  /** Ends the session: everyone is told, every stream closes, the code stops working. */
  end(now: number, reason: EndReason): void {
    if (this.status === 'ended') return;
    const poll = this.currentPoll;
    if (poll && poll.status === 'open') {
      poll.status = 'closed';
      poll.closedAt = now;
    }
    this.status = 'ended';
    this.endedAt = now;
    this.clearTimers();
    this.broadcast('ended', { reason });
    for (const sink of [...this.sinks]) sink.close();
    this.sinks.clear();
    this.participantSinks.clear();
  }

  /** Adds a stream and sends it the current state. */
  attach(sink: EventSink, now: number): void {
    this.assertLive();
    this.lastActivityAt = now;
    if (sink.role === 'participant' && sink.participantId !== null) {
      const own = this.participantSinks.get(sink.participantId) ?? [];
      while (own.length >= this.options.maxStreamsPerParticipant) own.shift()!.close();
      own.push(sink);
      this.participantSinks.set(sink.participantId, own);
      if (own.length === 1) {
        this.scheduleStats();
        this.hooks.onPresence?.(this, sink.participantId, true);
      }
    } else {
      const presenters = [...this.sinks].filter((s) => s.role === 'presenter');
      for (const stale of presenters.slice(0, Math.max(0, presenters.length - this.options.maxPresenterStreams + 1))) stale.close();
    }
    this.sinks.add(sink);
    sink.write(formatEvent('state', this.snapshotFor(sink), this.seq));
  }

  detach(sink: EventSink): void {
    if (!this.sinks.delete(sink)) return;
    if (sink.participantId === null) return;
    const own = this.participantSinks.get(sink.participantId);
    if (own === undefined) return;
    const rest = own.filter((s) => s !== sink);
    if (rest.length > 0) {
      this.participantSinks.set(sink.participantId, rest);
    } else {
      this.participantSinks.delete(sink.participantId);
      if (this.status === 'live') this.scheduleStats();
      this.hooks.onPresence?.(this, sink.participantId, false);
    }
  }

  get streamCount(): number {
    return this.sinks.size;
  }

  /** Sends an event every stream receives (numbered) or only the presenter's (not numbered). */
  private broadcast(event: string, data: unknown, audience: 'all' | 'presenter' = 'all'): void {
    const chunk = audience === 'all' ? formatEvent(event, data, ++this.seq) : formatEvent(event, data);
    for (const sink of this.sinks) if (audience === 'all' ? this.follows(sink) : sink.role === 'presenter') sink.write(chunk);
  }

  /** Participants still waiting to be let in see nothing of the session. */
  private follows(sink: EventSink): boolean {
    return sink.participantId === null || this.participants.get(sink.participantId)?.admitted === true;
  }

  /** Counts change with every join and answer: the presenter hears of them a few times a second at most. */
  private scheduleStats(): void {
    if (this.statsTimer !== null || this.status !== 'live') return;
    this.statsTimer = setTimeout(() => {
      this.statsTimer = null;
      this.broadcast('stats', this.counts(), 'presenter');
    }, this.options.statsIntervalMs);
    this.statsTimer.unref();
  }

  /** Revealed results that change as answers arrive, coalesced the same way for everyone. */
  private scheduleResults(): void {
    if (this.resultsTimer !== null || this.status !== 'live') return;
    this.resultsTimer = setTimeout(() => {
      this.resultsTimer = null;
      const poll = this.currentPoll;
      if (poll?.revealed) this.broadcast('poll', pollView(poll, this.clock()));
    }, this.options.statsIntervalMs);
    this.resultsTimer.unref();
  }

  private cancelResults(): void {
    if (this.resultsTimer !== null) clearTimeout(this.resultsTimer);
    this.resultsTimer = null;
  }

  clearTimers(): void {
    if (this.statsTimer !== null) clearTimeout(this.statsTimer);
    this.statsTimer = null;
    this.cancelResults();
    this.cancelCountdown();
  }

  /** Closes every stream without ending the session (the server is shutting down). */
  closeStreams(): void {
    this.clearTimers();
    for (const sink of [...this.sinks]) sink.close();
    this.sinks.clear();
    this.participantSinks.clear();
  }
}
