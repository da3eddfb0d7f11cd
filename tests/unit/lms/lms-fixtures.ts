import type { ChapterSummary, CourseManifest, ManifestChapter } from '../../../src/content/types.ts';
import type { Clock } from '../../../src/lms/scorm12/commit-throttle.ts';
import { emptyProgress } from '../../../src/progress/progress-data.ts';
import type { ChapterRecord, ProgressData } from '../../../src/progress/progress-schema.ts';

export function chapter(id: string, slideIds: string[], quizIds: string[] = []): ManifestChapter {
  const summary: ChapterSummary = { title: id, summary: '', duration: 10 };
  return { id, order: 1, plannedTitle: { 'zh-CN': id, en: id }, slideIds, quizIds, testSize: quizIds.length, locales: { 'zh-CN': summary, en: summary } };
}

export function course(chapters: ManifestChapter[], passMark = 0.8): CourseManifest {
  return { courseId: 'ops', title: { 'zh-CN': '运营', en: 'Operations' }, passMark, test: { questions: 5, cooldownMinutes: 0, attemptsPerDay: 0 }, chapters };
}

/** Progress with the given chapter records (missing fields empty). */
export function progress(chapters: Record<string, Partial<ChapterRecord>>, lastPosition: ProgressData['lastPosition'] = null): ProgressData {
  const full = Object.fromEntries(
    Object.entries(chapters).map(([id, record]) => [id, { seen: {}, attempts: [], completedAt: null, ...record }]),
  );
  return { ...emptyProgress(), chapters: full, lastPosition };
}

/** Every slide of `manifest` seen and every test passed with `score`, all at time `at`. */
export function finishedProgress(manifest: CourseManifest, score = 1, at = 1_700_000_000_000): ProgressData {
  return progress(
    Object.fromEntries(
      manifest.chapters.map((c) => [
        c.id,
        {
          seen: Object.fromEntries(c.slideIds.map((id) => [id, at])),
          attempts:
            c.testSize === 0 ? [] : [{ id: `t-${c.id}`, at, score, answers: {}, quizIds: Array.from({ length: c.testSize }, (_, i) => `q${i}`), seed: 1 }],
          completedAt: at,
        },
      ]),
    ),
    null,
  );
}

/** A clock whose time moves only when the test says so. */
export function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
  return {
    clock,
    /** Moves time on, running the timers that fall due on the way. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}
