import { describe, expect, it, vi } from 'vitest';
import type { Scorm12Api } from '../../../src/lms/scorm12/api.ts';
import { openLmsConnection } from '../../../src/lms/scorm12/lms-connection.ts';

/** An LMS whose answers the test scripts: `error` is what LMSGetLastError says after the next call. */
function scriptedApi(overrides: Partial<Scorm12Api> = {}) {
  const state = { error: '0' };
  const api: Scorm12Api = {
    LMSInitialize: vi.fn(() => 'true'),
    LMSFinish: vi.fn(() => 'true'),
    LMSGetValue: vi.fn(() => 'value'),
    LMSSetValue: vi.fn(() => 'true'),
    LMSCommit: vi.fn(() => 'true'),
    LMSGetLastError: vi.fn(() => state.error),
    LMSGetErrorString: vi.fn(() => ''),
    LMSGetDiagnostic: vi.fn(() => ''),
    ...overrides,
  };
  return { api, state };
}

describe('openLmsConnection', () => {
  it('opens with LMSInitialize(""), accepting "true" or true', () => {
    const { api } = scriptedApi();
    expect(openLmsConnection(api)?.open).toBe(true);
    expect(api.LMSInitialize).toHaveBeenCalledWith('');
    expect(openLmsConnection(scriptedApi({ LMSInitialize: () => true }).api)).not.toBeNull();
  });

  it('is null when the LMS refuses or throws', () => {
    expect(openLmsConnection(scriptedApi({ LMSInitialize: () => 'false' }).api)).toBeNull();
    const { api, state } = scriptedApi();
    state.error = '101';
    expect(openLmsConnection(api)).toBeNull();
    expect(openLmsConnection(scriptedApi({ LMSInitialize: () => { throw new Error('broken'); } }).api)).toBeNull();
  });

  it('checks LMSGetLastError after each call and reports failures as null/false', () => {
    const { api, state } = scriptedApi();
    const connection = openLmsConnection(api)!;
    expect(connection.get('cmi.core.entry')).toBe('value');
    state.error = '405';
    expect(connection.set('cmi.core.lesson_status', 'bogus')).toBe(false);
    expect(connection.get('cmi.core.entry')).toBeNull();
    expect(connection.lastError).toBe('405');
    state.error = '0';
    expect(connection.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
  });

  it('stops writing an element the LMS does not implement', () => {
    const { api, state } = scriptedApi();
    const connection = openLmsConnection(api)!;
    state.error = '401';
    expect(connection.set('cmi.interactions.0.id', 'q1')).toBe(false);
    state.error = '0';
    expect(connection.set('cmi.interactions.0.id', 'q1')).toBe(false);
    expect(connection.unsupported('cmi.interactions.0.id')).toBe(true);
    expect(api.LMSSetValue).toHaveBeenCalledTimes(1);
  });

  it('goes quiet once the LMS has ended the session or keeps throwing', () => {
    const ended = scriptedApi();
    const connection = openLmsConnection(ended.api)!;
    ended.state.error = '301';
    expect(connection.commit()).toBe(false);
    expect(connection.open).toBe(false);
    expect(connection.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(ended.api.LMSSetValue).not.toHaveBeenCalled();

    const throwing = scriptedApi({ LMSSetValue: () => { throw new Error('gone'); } });
    const flaky = openLmsConnection(throwing.api)!;
    for (let i = 0; i < 5; i++) expect(flaky.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(flaky.open).toBe(false);
  });

  it('finishes once; later calls do nothing', () => {
    const { api } = scriptedApi();
    const connection = openLmsConnection(api)!;
    expect(connection.finish()).toBe(true);
    expect(connection.finish()).toBe(false);
    expect(connection.commit()).toBe(false);
    expect(api.LMSFinish).toHaveBeenCalledTimes(1);
    expect(api.LMSCommit).not.toHaveBeenCalled();
  });
});
