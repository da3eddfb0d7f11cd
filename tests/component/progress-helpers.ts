import { vi } from 'vitest';
import type { ManifestChapter } from '../../src/content/types.ts';
import { course } from '../../src/course/course.ts';
import type { ChapterRecord } from '../../src/progress/progress-schema.ts';
import { useProgressStore } from '../../src/progress/progress-store.ts';

/** A fresh store, as on a first visit. */
export function resetProgress(): void {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
}

export function chapter(id: string): ManifestChapter {
  const found = course.chapters.find((c) => c.id === id);
  if (!found) throw new Error(`no chapter ${id}`);
  return found;
}

/** A chapter record with the given slides seen at `at` and one attempt per score, covering every quiz. */
export function chapterRecord(
  id: string,
  { seen = chapter(id).slideIds, at = 1_000, scores = [], completedAt = null }: { seen?: string[]; at?: number; scores?: number[]; completedAt?: number | null },
): ChapterRecord {
  return {
    seen: Object.fromEntries(seen.map((slideId) => [slideId, at])),
    attempts: scores.map((score, i) => ({ id: `${id}-a${i}`, at: at + i + 1, score, answers: {}, quizIds: Array.from({ length: chapter(id).testSize }, (_, k) => `q${k}`), seed: 1 })),
    completedAt,
  };
}

/** Every chapter complete (all slides, a passing score), chapter n completed on day n of November 2026. */
export function completeCourse(score = (n: number) => 0.8 + n / 100): Record<string, ChapterRecord> {
  return Object.fromEntries(
    course.chapters.map((c) => {
      const completedAt = new Date(2026, 10, c.order, 9).getTime();
      return [c.id, chapterRecord(c.id, { at: completedAt - 3_600_000, scores: [score(c.order)], completedAt })];
    }),
  );
}

/** Replaces the download plumbing: returns what each download handed to the browser. */
export function captureDownloads(): Array<{ fileName: string; blob: Blob }> {
  const downloads: Array<{ fileName: string; blob: Blob; url: string }> = [];
  let blob: Blob | null = null;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn((b: Blob) => {
      blob = b;
      return `blob:download-${downloads.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) downloads.push({ fileName: this.download, blob, url: this.href });
  });
  return downloads;
}
