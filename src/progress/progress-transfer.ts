// zod/mini keeps the validator small: this module ships with the home page.
import * as z from 'zod/mini';
import type { CourseManifest } from '../content/types.ts';
import { recordReadyCompletions } from './chapter-changes.ts';
import { mergeProgress } from './merge-progress.ts';
import { pickProgressData, PROGRESS_VERSION } from './progress-data.ts';
import { progressDataSchema, type ProgressData } from './progress-schema.ts';
import { useProgressStore } from './progress-store.ts';
import { computeChapterProgress } from './selectors.ts';

const PROGRESS_EXPORT_FORMAT = 'courseware-progress';

/**
 * A learner's progress as a file they can keep or carry to another device.
 *
 * - `format`: always `"courseware-progress"`.
 * - `version`: the progress schema version of `progress` (currently 2); a build reads its own
 *   version and refuses newer ones.
 * - `exportedAt`: ISO 8601 time of the export.
 * - `progress.profile`: `{ displayName, employeeId, team, updatedAt }` or null.
 * - `progress.chapters`: chapter id → `{ seen: slide id → first-seen epoch ms, attempts: [{ id,
 *   at, score 0..1, answers: quiz id → answer, quizIds }], completedAt: epoch ms or null }`.
 * - `progress.lastPosition`: `{ chapterId, slideId, at }` or null.
 * - `progress.outbox`: progress events `{ id, type, at, chapterId, slideId?, attemptId?, score?,
 *   answers?, acked }`; unsent ones travel too, so no event is lost when moving device.
 */
export interface ProgressExport {
  format: typeof PROGRESS_EXPORT_FORMAT;
  version: typeof PROGRESS_VERSION;
  exportedAt: string;
  progress: ProgressData;
}

/** Stable codes the interface turns into a sentence in the learner's language. */
export type ImportError = 'not-json' | 'not-a-progress-file' | 'newer-version' | 'invalid-progress';

export function exportProgressJson(state: ProgressData): ProgressExport {
  return {
    format: PROGRESS_EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: new Date().toISOString(),
    progress: pickProgressData(state),
  };
}

const envelopeSchema = z.object({
  format: z.literal(PROGRESS_EXPORT_FORMAT),
  version: z.int(),
  progress: z.unknown(),
});

/**
 * Merges an exported file into the store; nothing already recorded is replaced by older data.
 * A file is a copy, not proof: its seen slides, position and profile are restored, its test
 * attempts are kept as imported history that never counts towards completion, and none of it
 * is sent to a server (its unsent events stay behind) or reported to an LMS. Passes and
 * completions come only from attempts taken here, or from the server's own record.
 */
export function importProgressJson(text: string): { ok: true } | { ok: false; error: ImportError } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, error: 'not-a-progress-file' };
  if (envelope.data.version > PROGRESS_VERSION) return { ok: false, error: 'newer-version' };
  const progress = progressDataSchema.safeParse(envelope.data.progress);
  if (envelope.data.version !== PROGRESS_VERSION || !progress.success) return { ok: false, error: 'invalid-progress' };
  const current = useProgressStore.getState();
  const merged = { ...current, ...mergeProgress(current, asImported(progress.data)) };
  useProgressStore.setState({ ...merged, ...recordReadyCompletions(merged, Date.now()) });
  return { ok: true };
}

/** What an imported file may bring: facts marked as imported, no completion stamps, no events to send. */
export function asImported(progress: ProgressData): ProgressData {
  const chapters = Object.fromEntries(
    Object.entries(progress.chapters).map(([id, record]) => [
      id,
      { ...record, attempts: record.attempts.map((attempt) => ({ ...attempt, imported: true })), completedAt: null },
    ]),
  );
  return { ...progress, chapters, outbox: [] };
}

const CSV_COLUMNS = ['chapter_id', 'slides_seen', 'total_slides', 'best_score', 'attempts', 'completed_at'];

/**
 * One row per chapter of the course, in course order. `best_score` is a fraction 0..1 (empty
 * before any counting attempt); `completed_at` is ISO 8601 (empty until completed).
 */
export function exportProgressCsv(state: ProgressData, manifest: CourseManifest): string {
  const rows = [...manifest.chapters]
    .sort((a, b) => a.order - b.order)
    .map((chapter) => {
      const { seenCount, slideCount, bestScore, attempts, completedAt } = computeChapterProgress(
        state,
        chapter,
        manifest.passMark,
      );
      return [
        chapter.id,
        String(seenCount),
        String(slideCount),
        bestScore === null ? '' : String(Math.round(bestScore * 10000) / 10000),
        String(attempts),
        completedAt === null ? '' : new Date(completedAt).toISOString(),
      ];
    });
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
