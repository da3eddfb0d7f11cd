import { conflict, HttpError } from '../errors.ts';
import { newRoomCode } from './codes.ts';
import type { LiveOptions } from './options.ts';
import { Room, type Participant } from './room.ts';

/**
 * Every live session of this process, by join code. Rooms live in memory only: a restart ends
 * them (participants' phones show that the session is over). A room idle for `idleMs` is closed
 * and its code freed; an ended room is kept `endedRetentionMs` for its results, then forgotten.
 *
 * Scaling: a room lives in exactly one process, so behind several processes a proxy must send
 * every `/api/live/` request to one of them (the rest of the API may go anywhere). One process
 * fans a slide change out to 300 phones in well under 200 ms (tests/bench/live-fanout.ts).
 * To spread one room over several processes, the path is PostgreSQL LISTEN/NOTIFY (with
 * DATABASE_URL set): each process would NOTIFY a room's events on a channel per code and relay
 * what it hears to its own streams, with room state kept in a table; that relay is not built.
 */
export class LiveRooms {
  private readonly byCode = new Map<string, Room>();
  /** Participant token hash → room, so a token identifies its room without a code. */
  private readonly tokenRooms = new Map<string, Room>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    readonly options: LiveOptions,
    private readonly now: () => number,
  ) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  get size(): number {
    return this.byCode.size;
  }

  /** The presenter's live (not ended) room for the chapter, if any. */
  activeFor(presenterId: string, chapterId: string): Room | null {
    this.sweep();
    for (const room of this.byCode.values()) {
      if (room.presenterId === presenterId && room.chapterId === chapterId && room.status === 'live') return room;
    }
    return null;
  }

  create(presenterId: string, chapterId: string, slideId: string): Room {
    this.sweep();
    const own = [...this.byCode.values()].filter((room) => room.presenterId === presenterId && room.status === 'live');
    if (own.length >= this.options.maxRoomsPerManager) {
      throw conflict('too_many_rooms', `You already run ${own.length} live sessions; end one before starting another.`);
    }
    if (this.byCode.size >= this.options.maxRooms) {
      throw new HttpError(503, 'server_busy', 'The server holds as many live sessions as it can. Try again later.');
    }
    let code = newRoomCode();
    for (let tries = 0; this.byCode.has(code); tries++) {
      if (tries > 50) throw new HttpError(503, 'server_busy', 'No free join code could be found. Try again.');
      code = newRoomCode();
    }
    const room = new Room(code, chapterId, presenterId, slideId, this.now(), this.options);
    this.byCode.set(code, room);
    return room;
  }

  /** The room with this code (live or recently ended); null once expired or forgotten. */
  get(code: string): Room | null {
    const room = this.byCode.get(code);
    if (room === undefined) return null;
    return this.retire(room, this.now()) ? null : room;
  }

  register(room: Room, participant: Participant): void {
    this.tokenRooms.set(participant.tokenHash, room);
  }

  /** The room and participant a token belongs to, while the room is known. */
  byToken(tokenHash: string): { room: Room; participant: Participant } | null {
    const room = this.tokenRooms.get(tokenHash);
    if (room === undefined || this.get(room.code) === null) return null;
    const participant = room.byTokenHash.get(tokenHash);
    return participant === undefined ? null : { room, participant };
  }

  /** Ends an idle room and forgets an ended one whose results were kept long enough; true if gone. */
  private retire(room: Room, now: number): boolean {
    if (room.status === 'live' && now - room.lastActivityAt >= this.options.idleMs) {
      room.end(now, 'expired');
      this.forget(room);
      return true;
    }
    if (room.status === 'ended' && room.endedAt !== null && now - room.endedAt >= this.options.endedRetentionMs) {
      this.forget(room);
      return true;
    }
    return false;
  }

  private forget(room: Room): void {
    this.byCode.delete(room.code);
    for (const hash of room.byTokenHash.keys()) this.tokenRooms.delete(hash);
  }

  sweep(): void {
    const now = this.now();
    for (const room of [...this.byCode.values()]) this.retire(room, now);
  }

  /** The server is stopping: close every stream (rooms are in memory, so they end with the process). */
  close(): void {
    clearInterval(this.sweeper);
    for (const room of this.byCode.values()) room.closeStreams();
  }
}
