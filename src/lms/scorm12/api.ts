/**
 * The SCORM 1.2 run-time API an LMS puts on a window as `API` (SCORM 1.2 RTE, 3.2). Values go
 * in and out as strings; LMSes differ in returning `"true"` or `true`, so results are `unknown`.
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'] as const;

export function isScorm12Api(value: unknown): value is Scorm12Api {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const api = value as Record<string, unknown>;
  return METHODS.every((method) => typeof api[method] === 'function');
}

/** SCORM 1.2 error codes the adapter acts on (RTE 3.3.3). */
export const ScormError = {
  none: '0',
  notImplemented: '401',
  keywordElement: '402',
  notInitialized: '301',
} as const;
