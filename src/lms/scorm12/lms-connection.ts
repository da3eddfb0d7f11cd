import { ScormError, type Scorm12Api } from './api.ts';

/**
 * One session with the LMS through its SCORM 1.2 API, where nothing throws: every call is
 * checked with `LMSGetLastError`, a failure is returned as `null`/`false`, and once the LMS has
 * ended the session (or keeps throwing) every later call is a no-op.
 */
export interface LmsConnection {
  readonly open: boolean;
  /** The element's value, or null when the LMS reports an error for it. */
  get(element: string): string | null;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** Ends the session; later calls do nothing. */
  finish(): boolean;
  /** Whether the LMS has said it does not implement `element` (error 401 or 402). */
  unsupported(element: string): boolean;
  /** The last non-zero error code, for diagnostics. */
  readonly lastError: string;
}

/** What a call that threw or reported an error returns. */
const failed = Symbol('failed');

/** Calls in a row that may throw before the adapter stops talking to a broken LMS. */
const MAX_THROWS = 5;

/** Opens the session with `LMSInitialize('')`; null if the LMS refuses. */
export function openLmsConnection(api: Scorm12Api): LmsConnection | null {
  let open = true;
  let throws = 0;
  let lastError: string = ScormError.none;
  const unsupported = new Set<string>();

  /** Runs one API call; returns its result, or `failed` when it threw or the LMS reported an error. */
  const call = <T>(run: () => T, element?: string): T | typeof failed => {
    if (!open) return failed;
    let result: T;
    try {
      result = run();
      throws = 0;
    } catch {
      if (++throws >= MAX_THROWS) open = false;
      return failed;
    }
    const code = errorCode(api);
    if (code === ScormError.none) return result;
    lastError = code;
    if (code === ScormError.notInitialized) open = false;
    if (element !== undefined && (code === ScormError.notImplemented || code === ScormError.keywordElement)) {
      unsupported.add(element);
    }
    return failed;
  };

  const initialized = call(() => api.LMSInitialize(''));
  if (initialized === failed || !isTrue(initialized)) return null;

  return {
    get open() {
      return open;
    },
    get lastError() {
      return lastError;
    },
    get(element) {
      const value = call(() => api.LMSGetValue(element), element);
      return value === failed || value === null || value === undefined ? null : String(value);
    },
    set(element, value) {
      if (unsupported.has(element)) return false;
      const result = call(() => api.LMSSetValue(element, value), element);
      return result !== failed && isTrue(result);
    },
    commit() {
      const result = call(() => api.LMSCommit(''));
      return result !== failed && isTrue(result);
    },
    finish() {
      const result = call(() => api.LMSFinish(''));
      open = false;
      return result !== failed && isTrue(result);
    },
    unsupported(element) {
      return unsupported.has(element);
    },
  };
}


function isTrue(result: unknown): boolean {
  return result === true || result === 'true';
}

function errorCode(api: Scorm12Api): string {
  try {
    const code = api.LMSGetLastError();
    return code === null || code === undefined || code === '' ? ScormError.none : String(code);
  } catch {
    return ScormError.none;
  }
}
