import { conflict, HttpError } from '../errors.ts';
import { newRoomCode } from './codes.ts';
import { applyCommand, type CommandResult, type LiveCommand } from './commands.ts';
import type { LiveOptions } from './options.ts';
import { Room, type Participant } from './room.ts';

/**
 * Where a process finds its live rooms and changes them. The routes speak only this; there are two:
 * - `MemoryLiveRooms` (the embedded database, one process): rooms live in this process's memory.
 * - `PgLiveRooms` (PostgreSQL, pg-rooms.ts): every room is shared by all processes through the
 *   database, so a phone, a presenter and a projector may each reach a different process.
 */
export interface LiveRegistry {
  /** The presenter's live (not ended) room for the chapter, if any. */
  activeFor(presenterId: string, chapterId: string): Promise<Room | null>;
  create(presenterId: string, chapterId: string, slideId: string): Promise<Room>;
  /** The room with this code (live or recently ended); null once expired or forgotten. */
  get(code: string): Promise<Room | null>;
  /** The room and participant a participant token (its hash) belongs to. */
  byToken(tokenHash: string): Promise<{ room: Room; participant: Participant } | null>;
  /** Applies a change to a room (in every process that holds it); throws when the room refuses it. */
  run<C extends LiveCommand>(room: Room, command: C): Promise<CommandResult<C>>;
  /** The server is stopping: close every stream. */
  close(): Promise<void>;
}

/** Codes already taken are tried again; a full process says so. */
export function freshCode(taken: (code: string) => boolean): string {
  let code = newRoomCode();
  for (let tries = 0; taken(code); tries++) {
    if (tries > 50) throw new HttpError(503, 'server_busy', 'No free join code could be found. Try again.');
    code = newRoomCode();
  }
  return code;
}

export function tooManyRooms(count: number) {
  return conflict('too_many_rooms', `You already run ${count} live sessions; end one before starting another.`);
}

/**
 * Every live session of this process, by join code, in memory only: a restart ends them
 * (participants' phones show that the session is over). A room idle for `idleMs` is closed and its
 * code freed; an ended room is kept `endedRetentionMs` for its results, then forgotten.
 */
export class MemoryLiveRooms implements LiveRegistry {
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

  async activeFor(presenterId: string, chapterId: string): Promise<Room | null> {
    this.sweep();
    for (const room of this.byCode.values()) {
      if (room.presenterId === presenterId && room.chapterId === chapterId && room.status === 'live') return room;
    }
    return null;
  }

  async create(presenterId: string, chapterId: string, slideId: string): Promise<Room> {
    this.sweep();
    const own = [...this.byCode.values()].filter((room) => room.presenterId === presenterId && room.status === 'live');
    if (own.length >= this.options.maxRoomsPerManager) throw tooManyRooms(own.length);
    if (this.byCode.size >= this.options.maxRooms) {
      throw new HttpError(503, 'server_busy', 'The server holds as many live sessions as it can. Try again later.');
    }
    const code = freshCode((candidate) => this.byCode.has(candidate));
    const room = new Room(code, chapterId, presenterId, slideId, this.now(), this.options, this.now);
    this.byCode.set(code, room);
    return room;
  }

  async get(code: string): Promise<Room | null> {
    const room = this.byCode.get(code);
    if (room === undefined) return null;
    return this.retire(room, this.now()) ? null : room;
  }

  async byToken(tokenHash: string): Promise<{ room: Room; participant: Participant } | null> {
    const room = this.tokenRooms.get(tokenHash);
    if (room === undefined || (await this.get(room.code)) === null) return null;
    const participant = room.byTokenHash.get(tokenHash);
    return participant === undefined ? null : { room, participant };
  }

  async run<C extends LiveCommand>(room: Room, command: C): Promise<CommandResult<C>> {
    const result = applyCommand(room, command);
    if (command.kind === 'join') this.tokenRooms.set(command.tokenHash, room);
    if (command.kind === 'remove') this.tokenRooms.delete(result as string);
    return result;
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

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    for (const room of this.byCode.values()) room.closeStreams();
  }
}
