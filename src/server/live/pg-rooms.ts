import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../db/types.ts';
import { HttpError, notFound } from '../errors.ts';
import { applyCommand, type CommandResult, type LiveCommand } from './commands.ts';
import type { LiveOptions } from './options.ts';
import type { Poll } from './poll.ts';
import { Room, type Participant } from './room.ts';
import { freshCode, tooManyRooms, type LiveRegistry } from './rooms.ts';

/** A process's copy of a shared room and the last command of the log it has applied. */
interface Copy {
  room: Room;
  version: number;
}

interface RoomRow {
  code: string;
  chapter_id: string;
  presenter_id: string;
  slide_id: string;
  created_at: number;
  version: number;
}

const CHANNEL = 'live';
/** Commands up to this size travel in the notification itself (PostgreSQL allows 8000 bytes). */
const INLINE_COMMAND_BYTES = 7000;
/** A process's streams count as present while it says so at least this often. */
const PRESENCE_TTL_S = 60;
const HEARTBEAT_MS = 20_000;

/**
 * Live rooms shared by every server process on one PostgreSQL. A room is its log of commands
 * (`live_commands`); each process holds a copy of the rooms its clients use and applies the log
 * in order, so a phone on one process, a presenter on another and a projector on a third see the
 * same session. A change takes the room's row lock, brings the copy up to date, applies the
 * command (refusals change nothing), appends it and NOTIFYs; every process LISTENs and applies
 * what is new. Streams stay with the process they opened on; when a process leaves, its phones
 * reconnect elsewhere and get the state from that process's copy.
 */
export class PgLiveRooms implements LiveRegistry {
  static supports(db: Database): db is Database & Required<Pick<Database, 'listen' | 'channelName'>> {
    return db.kind === 'postgres' && typeof db.listen === 'function' && typeof db.channelName === 'function';
  }

  private readonly copies = new Map<string, Copy>();
  /** Work on one room's copy runs in turn (a change, catching up after a notification). */
  private readonly turns = new Map<string, Promise<unknown>>();
  private readonly presenceRefresh = new Set<string>();
  private readonly processId = randomUUID();
  private readonly channel: string;
  private listening: Promise<() => Promise<void>> | null = null;
  private readonly timers: NodeJS.Timeout[] = [];
  private closed = false;

  constructor(
    private readonly db: Database & Required<Pick<Database, 'listen' | 'channelName'>>,
    readonly options: LiveOptions,
    private readonly now: () => number,
    private readonly log: Pick<FastifyBaseLogger, 'error' | 'warn'>,
  ) {
    this.channel = db.channelName(CHANNEL);
    const heartbeat = setInterval(() => void this.heartbeat(), HEARTBEAT_MS);
    const sweeper = setInterval(() => void this.sweep(), 60_000);
    heartbeat.unref();
    sweeper.unref();
    this.timers.push(heartbeat, sweeper);
  }

  /** Starts listening on first use (and waits for it), so that no change after that is missed. */
  private ready(): Promise<unknown> {
    this.listening ??= this.db.listen(CHANNEL, (payload) => this.notified(payload), () => this.resync());
    return this.listening;
  }

  async activeFor(presenterId: string, chapterId: string): Promise<Room | null> {
    await this.ready();
    const { rows } = await this.db.query<{ code: string }>(
      `SELECT code FROM live_rooms WHERE presenter_id = $1 AND chapter_id = $2 AND status = 'live'
        ORDER BY created_at DESC LIMIT 1`,
      [presenterId, chapterId],
    );
    const room = rows[0] === undefined ? null : await this.get(rows[0].code);
    return room?.status === 'live' ? room : null;
  }

  async create(presenterId: string, chapterId: string, slideId: string): Promise<Room> {
    await this.ready();
    const { rows } = await this.db.query<{ own: number; total: number }>(
      `SELECT count(*) FILTER (WHERE presenter_id = $1)::int AS own, count(*)::int AS total FROM live_rooms WHERE status = 'live'`,
      [presenterId],
    );
    const { own, total } = rows[0]!;
    if (own >= this.options.maxRoomsPerManager) throw tooManyRooms(own);
    if (total >= this.options.maxRooms) throw new HttpError(503, 'server_busy', 'The server holds as many live sessions as it can. Try again later.');
    const now = this.now();
    for (let tries = 0; tries < 5; tries++) {
      const code = freshCode((candidate) => this.copies.has(candidate));
      const inserted = await this.db.query(
        `INSERT INTO live_rooms (code, chapter_id, presenter_id, slide_id, created_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT (code) DO NOTHING`,
        [code, chapterId, presenterId, slideId, now],
      );
      if (inserted.rowCount === 1) return this.hold({ code, chapter_id: chapterId, presenter_id: presenterId, slide_id: slideId, created_at: now, version: 0 }).room;
    }
    throw new HttpError(503, 'server_busy', 'No free join code could be found. Try again.');
  }

  async get(code: string): Promise<Room | null> {
    await this.ready();
    const held =
      this.copies.get(code) ??
      (await this.inTurn(code, async () => {
        const again = this.copies.get(code);
        if (again !== undefined) return again;
        const { rows } = await this.db.query<RoomRow>(
          'SELECT code, chapter_id, presenter_id, slide_id, created_at, version FROM live_rooms WHERE code = $1',
          [code],
        );
        if (rows[0] === undefined) return undefined;
        const copy = this.hold({ ...rows[0], version: 0 });
        await this.catchUp(this.db, copy);
        void this.refreshPresence(code);
        return copy;
      }));
    if (held === undefined) return null;
    return (await this.retired(held)) ? null : held.room;
  }

  /**
   * As in one process: a room idle for `idleMs` ends and is gone (its code free again), an ended
   * room is forgotten after `endedRetentionMs`. True when the room is gone.
   */
  private async retired(copy: Copy): Promise<boolean> {
    const { room } = copy;
    const now = this.now();
    const idle = room.status === 'live' && now - room.lastActivityAt >= this.options.idleMs;
    const kept = room.status === 'ended' && room.endedAt !== null && now - room.endedAt >= this.options.endedRetentionMs;
    if (!idle && !kept) return false;
    if (idle) await this.run(room, { kind: 'end', reason: 'expired', at: now }).catch(() => undefined);
    this.drop(room.code);
    await this.db.query('DELETE FROM live_rooms WHERE code = $1', [room.code]).catch(() => undefined);
    return true;
  }

  async byToken(tokenHash: string): Promise<{ room: Room; participant: Participant } | null> {
    await this.ready();
    const { rows } = await this.db.query<{ code: string }>('SELECT code FROM live_tokens WHERE token_hash = $1', [tokenHash]);
    if (rows[0] === undefined) return null;
    const room = await this.get(rows[0].code);
    if (room === null) return null;
    // Joined a moment ago on another process: the notification may still be on its way.
    if (!room.byTokenHash.has(tokenHash)) await this.inTurn(room.code, () => this.catchUpHeld(room.code));
    const participant = room.byTokenHash.get(tokenHash);
    return participant === undefined ? null : { room, participant };
  }

  run<C extends LiveCommand>(room: Room, command: C): Promise<CommandResult<C>> {
    return this.inTurn(room.code, () => this.change(room.code, command));
  }

  private async change<C extends LiveCommand>(code: string, command: C): Promise<CommandResult<C>> {
    const copy = this.copies.get(code);
    if (copy === undefined) throw notFound('No live session has this code. Check the code on the projector.');
    let applied = false;
    try {
      return await this.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ version: number }>('SELECT version FROM live_rooms WHERE code = $1 FOR UPDATE', [code]);
        if (rows[0] === undefined) throw new HttpError(410, 'room_ended', 'This live session has ended.');
        await this.catchUp(tx, copy);
        const result = applyCommand(copy.room, command);
        applied = true;
        const version = copy.version + 1;
        await tx.query('INSERT INTO live_commands (code, version, command) VALUES ($1, $2, $3::jsonb)', [code, version, JSON.stringify(command)]);
        const room = copy.room;
        await tx.query('UPDATE live_rooms SET version = $2, status = $3, last_activity_at = $4, ended_at = $5 WHERE code = $1', [
          code,
          version,
          room.status,
          room.lastActivityAt,
          room.endedAt,
        ]);
        if (command.kind === 'join') await tx.query('INSERT INTO live_tokens (token_hash, code) VALUES ($1, $2)', [command.tokenHash, code]);
        if (command.kind === 'remove') await tx.query('DELETE FROM live_tokens WHERE token_hash = $1', [result as string]);
        const json = JSON.stringify(command);
        await tx.query('SELECT pg_notify($1, $2)', [this.channel, `c:${code}:${version}${Buffer.byteLength(json) <= INLINE_COMMAND_BYTES ? `:${json}` : ''}`]);
        copy.version = version;
        return result;
      });
    } catch (error) {
      // Applied here but not stored: this copy is ahead of the log. Start it afresh.
      if (applied) this.drop(code);
      throw error;
    }
  }

  /** A new copy of a room as created (version 0); `catchUp` brings it to the log's end. */
  private hold(row: RoomRow): Copy {
    const room = new Room(row.code, row.chapter_id, row.presenter_id, row.slide_id, Number(row.created_at), this.options, this.now, {
      onCountdownEnd: (held, poll) => void this.closeExpired(held.code, poll).catch((error: unknown) => this.log.warn({ err: error }, 'live: closing a poll after its countdown failed')),
      onPresence: (held, participantId, present) => {
        // Counted here at once; the other processes hear of it through the database.
        const here = new Set(held.presence);
        if (present) here.add(participantId);
        else here.delete(participantId);
        held.presence = here;
        void this.presence(held.code, participantId, present).catch((error: unknown) => this.log.warn({ err: error }, 'live: presence update failed'));
      },
    });
    room.presence = new Set();
    const copy: Copy = { room, version: row.version };
    this.copies.set(row.code, copy);
    return copy;
  }

  /** Applies the commands of the log this copy has not seen, in order. */
  private async catchUp(db: Queryable, copy: Copy): Promise<void> {
    const { rows } = await db.query<{ version: number; command: LiveCommand }>(
      'SELECT version, command FROM live_commands WHERE code = $1 AND version > $2 ORDER BY version',
      [copy.room.code, copy.version],
    );
    for (const row of rows) this.applyLogged(copy, row.version, row.command);
  }

  private applyLogged(copy: Copy, version: number, command: LiveCommand): void {
    try {
      applyCommand(copy.room, command);
    } catch (error) {
      // Every command in the log was accepted once; a copy that refuses one has gone astray.
      this.log.error({ err: error, code: copy.room.code, version }, 'live: a copy refused a logged command');
    }
    copy.version = version;
    // Expired elsewhere: gone here too.
    if (command.kind === 'end' && command.reason === 'expired') this.drop(copy.room.code);
  }

  private async catchUpHeld(code: string): Promise<void> {
    const copy = this.copies.get(code);
    if (copy !== undefined) await this.catchUp(this.db, copy);
  }

  private inTurn<T>(code: string, work: () => Promise<T>): Promise<T> {
    const previous = this.turns.get(code) ?? Promise.resolve();
    const turn = previous.then(work, work);
    const settled = turn.catch(() => undefined);
    this.turns.set(code, settled);
    void settled.then(() => {
      if (this.turns.get(code) === settled) this.turns.delete(code);
    });
    return turn;
  }

  /** `c:<code>:<version>[:<command>]` (a change; small commands come along) or `p:<code>` (presence). */
  private notified(payload: string): void {
    const [kind, code, versionText] = payload.split(':', 3);
    if (code === undefined || !this.copies.has(code)) return;
    if (kind === 'p') {
      void this.refreshPresence(code);
      return;
    }
    if (kind !== 'c') return;
    const version = Number(versionText);
    const prefix = `c:${code}:${versionText}:`;
    const inline = payload.startsWith(prefix) ? payload.slice(prefix.length) : null;
    void this.inTurn(code, async () => {
      const copy = this.copies.get(code);
      if (copy === undefined || version <= copy.version) return;
      // The next command, here in full: apply it without asking the database.
      if (inline !== null && version === copy.version + 1) this.applyLogged(copy, version, JSON.parse(inline) as LiveCommand);
      else await this.catchUp(this.db, copy);
    }).catch((error: unknown) => this.log.warn({ err: error }, 'live: catching up failed'));
  }

  /** After a lost LISTEN connection: notifications may have been missed. */
  private resync(): void {
    for (const code of this.copies.keys()) {
      void this.inTurn(code, () => this.catchUpHeld(code)).catch(() => undefined);
      void this.refreshPresence(code);
    }
  }

  /** A countdown ran out: the first process to notice closes the poll through the log. */
  private closeExpired(code: string, poll: Poll): Promise<unknown> {
    return this.inTurn(code, async () => {
      const copy = this.copies.get(code);
      if (copy === undefined) return;
      await this.catchUp(this.db, copy);
      if (copy.room.status !== 'live' || copy.room.currentPoll !== poll || poll.status !== 'open') return;
      await this.change(code, { kind: 'closePoll', pollId: poll.id, at: poll.closesAt ?? this.now() });
    });
  }

  private async presence(code: string, participantId: string, present: boolean): Promise<void> {
    if (this.closed) return;
    await this.db.transaction(async (tx) => {
      if (present) {
        await tx.query(
          `INSERT INTO live_presence (code, participant_id, process_id) VALUES ($1, $2, $3)
           ON CONFLICT (code, participant_id, process_id) DO UPDATE SET seen_at = now()`,
          [code, participantId, this.processId],
        );
      } else {
        await tx.query('DELETE FROM live_presence WHERE code = $1 AND participant_id = $2 AND process_id = $3', [code, participantId, this.processId]);
      }
      await tx.query('SELECT pg_notify($1, $2)', [this.channel, `p:${code}`]);
    });
  }

  /** Who has a stream open anywhere, for the presenter's counts; many changes at once ask once. */
  private async refreshPresence(code: string): Promise<void> {
    if (this.presenceRefresh.has(code)) return;
    this.presenceRefresh.add(code);
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.presenceRefresh.delete(code);
    const copy = this.copies.get(code);
    if (copy === undefined || this.closed) return;
    try {
      const { rows } = await this.db.query<{ participant_id: string }>(
        `SELECT DISTINCT participant_id FROM live_presence WHERE code = $1 AND seen_at > now() - make_interval(secs => $2)`,
        [code, PRESENCE_TTL_S],
      );
      copy.room.presence = new Set(rows.map((row) => row.participant_id));
      copy.room.countsChanged();
    } catch (error) {
      this.log.warn({ err: error }, 'live: reading presence failed');
    }
  }

  /** This process's streams are still open (a process that stops saying so has gone). */
  private async heartbeat(): Promise<void> {
    await this.db.query('UPDATE live_presence SET seen_at = now() WHERE process_id = $1', [this.processId]).catch(() => undefined);
  }

  /** Ends idle rooms, forgets ended ones after their retention, and clears the log of rooms gone. */
  private async sweep(): Promise<void> {
    const now = this.now();
    for (const copy of [...this.copies.values()]) await this.retired(copy);
    await this.db
      .query(
        `DELETE FROM live_rooms WHERE (status = 'ended' AND ended_at < $1) OR (status = 'live' AND last_activity_at < $2)`,
        [now - this.options.endedRetentionMs, now - this.options.idleMs - 60 * 60 * 1000],
      )
      .catch(() => undefined);
  }

  /** Forgets a copy; its streams close and reconnect to a fresh one. */
  private drop(code: string): void {
    const copy = this.copies.get(code);
    if (copy === undefined) return;
    this.copies.delete(code);
    copy.room.closeStreams();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    for (const { room } of this.copies.values()) room.closeStreams();
    const stop = this.listening === null ? null : await this.listening.catch(() => null);
    await stop?.();
    // Phones on this process reconnect elsewhere; until then they do not count as connected.
    const { rows } = await this.db
      .query<{ code: string }>('DELETE FROM live_presence WHERE process_id = $1 RETURNING code', [this.processId])
      .catch(() => ({ rows: [] as Array<{ code: string }> }));
    for (const code of new Set(rows.map((row) => row.code))) await this.db.query('SELECT pg_notify($1, $2)', [this.channel, `p:${code}`]).catch(() => undefined);
  }
}
