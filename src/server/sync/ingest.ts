import type { Database, Queryable } from '../db/types.ts';
import type { ProgressEventInput } from '../validation/events.ts';

export interface IngestResult {
  accepted: number;
  duplicates: number;
}

/**
 * Stores the rows of several batches (tagged with their batch and learner), updates the chapter
 * summaries and learner totals derived from them, and answers how many events of each batch were
 * new: the database function of migration 002, whose plan is prepared once per connection.
 */
const STORE_AND_SUMMARISE = 'SELECT batch, accepted FROM ingest_progress_events($1::jsonb)';

/** For a learner on another device at the same time: the batch that locks second sees the first. */
const LOCK_LEARNERS = 'SELECT id FROM learners WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE';

function toRows(batch: number, learnerId: string, events: readonly ProgressEventInput[]) {
  return events.map((event) => ({
    batch,
    learner_id: learnerId,
    id: event.id.toLowerCase(),
    type: event.type,
    at: event.at,
    chapter_id: event.chapterId,
    slide_id: event.type === 'slide_seen' ? event.slideId : null,
    attempt_id: event.type === 'quiz_submitted' ? event.attemptId : null,
    score: event.type === 'quiz_submitted' ? event.score : null,
    answers: event.type === 'quiz_submitted' ? (event.answers ?? null) : null,
  }));
}

interface Pending {
  learnerId: string;
  events: readonly ProgressEventInput[];
  resolve: (accepted: number) => void;
  reject: (error: unknown) => void;
}

/** Events per statement: batches waiting beyond it go in the next one. */
const MAX_EVENTS_PER_STATEMENT = 5_000;

/**
 * Writes batches as they come, one statement at a time; batches that arrive while one is being
 * written go together in the next (group commit). Under load a statement then carries many
 * learners' batches for the cost of one, so the wait stays short however many learners send at
 * once. A failed statement fails only the batches it carried.
 */
class IngestQueue {
  private readonly waiting: Pending[] = [];
  private writing = false;

  constructor(private readonly db: Database) {}

  add(learnerId: string, events: readonly ProgressEventInput[]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ learnerId, events, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private take(): Pending[] {
    const taken: Pending[] = [];
    let size = 0;
    while (this.waiting.length > 0 && (taken.length === 0 || size + this.waiting[0]!.events.length <= MAX_EVENTS_PER_STATEMENT)) {
      const next = this.waiting.shift()!;
      size += next.events.length;
      taken.push(next);
    }
    return taken;
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      for (let group = this.take(); group.length > 0; group = this.take()) {
        try {
          const accepted = await this.write(group);
          group.forEach((pending, index) => pending.resolve(accepted.get(index) ?? 0));
        } catch (error) {
          for (const pending of group) pending.reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async write(group: Pending[]): Promise<Map<number, number>> {
    const rows = JSON.stringify(group.flatMap((pending, index) => toRows(index, pending.learnerId, pending.events)));
    const run = async (db: Queryable) => {
      const result = await db.query<{ batch: number; accepted: number }>(STORE_AND_SUMMARISE, [rows]);
      return new Map(result.rows.map((row) => [row.batch, row.accepted]));
    };
    // PGlite runs one statement at a time, and a statement is atomic on its own. PostgreSQL may
    // run another server process's statement for the same learner at once: lock the learners
    // first (in id order, so two processes cannot deadlock), so the statement's snapshot
    // includes what the other committed.
    if (this.db.kind === 'pglite') return run(this.db);
    const learners = [...new Set(group.map((pending) => pending.learnerId))];
    return this.db.transaction(async (tx) => {
      await tx.query(LOCK_LEARNERS, [learners]);
      return run(tx);
    });
  }
}

const queues = new WeakMap<Database, IngestQueue>();

/**
 * Stores a batch idempotently: an event id already stored is a duplicate and changes nothing.
 * Events and the summaries derived from them are written atomically.
 */
export async function ingestEvents(db: Database, learnerId: string, events: readonly ProgressEventInput[]): Promise<IngestResult> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = new IngestQueue(db)));
  const accepted = await queue.add(learnerId, events);
  return { accepted, duplicates: events.length - accepted };
}
