import { Scorm12API } from 'scorm-again';
import { vi } from 'vitest';
import type { Scorm12Api } from '../../../src/lms/scorm12/api.ts';

export type TestLms = Scorm12API & Scorm12Api;

/**
 * A real SCORM 1.2 run-time (scorm-again) standing in for the LMS, loaded with what the LMS would
 * hold for the learner, its calls spied on.
 */
export function scormAgainLms(cmi: Record<string, unknown> = {}): TestLms {
  const api = new Scorm12API({ logLevel: 5 }) as TestLms;
  const core = (cmi.core ?? {}) as Record<string, unknown>;
  api.loadFromJSON({ ...cmi, core: { student_id: 'learner-1', entry: 'ab-initio', ...core } });
  for (const method of ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'] as const) vi.spyOn(api, method);
  return api;
}

/** The elements written with LMSSetValue, in order. */
export function writes(api: TestLms): Array<[string, string]> {
  return vi.mocked(api.LMSSetValue).mock.calls.map(([element, value]: unknown[]) => [String(element), String(value)]);
}

interface CmiInteraction {
  id: string;
  type: string;
  time: string;
  student_response: string;
  result: string;
  correct_responses: Record<string, { pattern: string }>;
}

/** What the LMS would store: the CMI data as scorm-again commits it (write-only elements included). */
export function committedCmi(api: TestLms) {
  const { cmi } = api.renderCommitCMI(true) as unknown as {
    cmi: {
      suspend_data: string;
      core: { lesson_status: string; lesson_location: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } };
      interactions: Record<string, CmiInteraction>;
    };
  };
  return cmi;
}
