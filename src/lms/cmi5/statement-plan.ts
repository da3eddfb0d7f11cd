import { isPassed } from '../../quiz/completion.ts';
import type { JudgedCourse } from '../course-record.ts';

/**
 * Which cmi5 statements the AU owes the LMS, from the course as judged by its rules
 * (`course-record.ts`) and what this registration was already told. Pure; the session sends them.
 *
 * The course is one AU: "completed" once every chapter is read (the learner experienced all the
 * material), "passed" once every chapter's test is passed, with the course score (the mean of the
 * best chapter-test scores, as on the certificate) as the scaled score; the LMS's moveOn
 * (`CompletedAndPassed`) then needs both, which is exactly the course's own completion rule.
 */

/** What this registration has been told so far (kept in the AU's state document). */
export interface Cmi5Told {
  completed: boolean;
  passed: boolean;
  /** The last "progressed" percentage sent, 0 before any. */
  progress: number;
}

export type Cmi5Step =
  | { verb: 'progressed'; percent: number }
  | { verb: 'completed' }
  | { verb: 'passed'; scaled: number }
  | { verb: 'failed'; scaled: number | null };

export interface PlanInput {
  judged: JudgedCourse;
  told: Cmi5Told;
  passMark: number;
  /** `masteryScore` from the LMS's launch data, 0..1; it decides passed and failed when given. */
  masteryScore: number | null;
  /** A chapter test graded in this session left its chapter failed, and no "failed" was sent this session. */
  newFailure: boolean;
}

export function planStatements({ judged, told, passMark, masteryScore, newFailure }: PlanInput): Cmi5Step[] {
  const steps: Cmi5Step[] = [];
  const chapters = judged.chapters;
  if (!told.completed && chapters.length > 0) {
    const percent = Math.floor((chapters.filter((c) => c.read).length * 100) / chapters.length);
    if (judged.allRead) steps.push({ verb: 'completed' });
    else if (percent > told.progress) steps.push({ verb: 'progressed', percent });
  }
  if (told.passed) return steps;
  const tested = chapters.filter((c) => c.hasTest);
  if (judged.allPassed) {
    const scaled = floorScaled(tested.reduce((sum, c) => sum + (c.bestScore ?? 0), 0) / tested.length);
    const mastery = masteryScore ?? passMark;
    steps.push(isPassed(scaled, mastery) ? { verb: 'passed', scaled: Math.max(scaled, mastery) } : { verb: 'failed', scaled });
  } else if (newFailure) {
    steps.push({ verb: 'failed', scaled: null });
  }
  return steps;
}

/** A 0..1 score to four places, rounded down so a failing score never rounds up to the mastery score. */
function floorScaled(score: number): number {
  return Math.floor(Math.min(1, Math.max(0, score)) * 10_000 + 1e-6) / 10_000;
}
