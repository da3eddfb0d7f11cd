import type { CourseIndex } from '../course-index.ts';
import type { Database, Queryable } from '../db/types.ts';
import type { Judgement } from './grading.ts';
import type { ProgressEventInput } from '../../protocol/events.ts';

export interface IngestResult {
  accepted: number;
  duplicates: number;
}

/**
 * Stores the rows of several batches (tagged with their batch and learner), updates the chapter
 * summaries and learner totals derived from them, and answers how many events of each batch were
 * new: the database function of migration 002, whose plan is prepared once per connection.
 */
const STORE_AND_SUMMARISE = 'SELECT batch, accepted FROM ingest_progress_events($1::jsonb, $2::jsonb)';

/** For a learner on another device at the same time: the batch that locks second sees the first. */
const LOCK_LEARNERS = 'SELECT id FROM learners WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE';

function toRows(batch: number, pending: Pending) {
  return pending.events.map((event) => {
    const quiz = event.type === 'quiz_submitted' ? event : null;
    const judgement = quiz ? pending.judgements.get(event.id) : undefined;
    return {
      batch,
      learner_id: pending.learnerId,
      id: event.id.toLowerCase(),
      type: event.type,
      at: event.at,
      chapter_id: event.chapterId,
      slide_id: event.type === 'slide_seen' ? event.slideId : null,
      attempt_id: quiz?.attemptId ?? null,
      score: judgement?.score ?? null,
      claimed_score: quiz?.score ?? null,
      seed: quiz?.seed ?? null,
      verdict: quiz ? (judgement?.verdict ?? 'unverified') : null,
      answers: quiz?.answers ?? null,
    };
  });
}

/** The course rules the database derives completion by: one row per chapter. */
export function completionRules(course: CourseIndex): string {
  return JSON.stringify(
    course.chapters.map((chapter) => ({
      chapter_id: chapter.id,
      slides: chapter.slideIds.size,
      reading_span_ms: chapter.readingSpanMs,
      pass_mark: course.passMark,
      has_test: chapter.testSize > 0,
    })),
  );
}

interface Pending {
  learnerId: string;
  events: readonly ProgressEventInput[];
  judgements: ReadonlyMap<string, Judgement>;
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

  constructor(
    private readonly db: Database,
    private readonly rules: string,
  ) {}

  add(learnerId: string, events: readonly ProgressEventInput[], judgements: ReadonlyMap<string, Judgement>): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ learnerId, events, judgements, resolve, reject });
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
    const rows = JSON.stringify(group.flatMap((pending, index) => toRows(index, pending)));
    const run = async (db: Queryable) => {
      const result = await db.query<{ batch: number; accepted: number }>(STORE_AND_SUMMARISE, [rows, this.rules]);
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
 * Events (attempts with the server's `judgements`) and the summaries derived from them under the
 * course's completion rules are written atomically.
 */
export async function ingestEvents(
  db: Database,
  course: CourseIndex,
  learnerId: string,
  events: readonly ProgressEventInput[],
  judgements: ReadonlyMap<string, Judgement> = new Map(),
): Promise<IngestResult> {
  let queue = queues.get(db);
  if (!queue) queues.set(db, (queue = new IngestQueue(db, completionRules(course))));
  const accepted = await queue.add(learnerId, events, judgements);
  return { accepted, duplicates: events.length - accepted };
}
