import { describe, expect, it, vi } from 'vitest';
import { COMMIT_INTERVAL_MS, createCommitThrottle } from '../../../src/lms/scorm12/commit-throttle.ts';
import { fakeClock } from './lms-fixtures.ts';

describe('createCommitThrottle', () => {
  it('commits the first change at once, then at most once per interval', () => {
    const time = fakeClock();
    const commit = vi.fn(() => true);
    const throttle = createCommitThrottle(commit, time.clock);
    throttle.changed();
    time.advance(0);
    expect(commit).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 20; i++) {
      throttle.changed();
      time.advance(400);
    }
    // 8 s of changes after the first commit: the next commit waits for the interval.
    expect(commit).toHaveBeenCalledTimes(1);
    time.advance(COMMIT_INTERVAL_MS - 8000);
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('never commits while nothing has changed', () => {
    const time = fakeClock();
    const commit = vi.fn(() => true);
    const throttle = createCommitThrottle(commit, time.clock);
    time.advance(60_000);
    throttle.flush();
    expect(commit).not.toHaveBeenCalled();
    throttle.changed();
    time.advance(0);
    time.advance(60_000);
    throttle.flush();
    expect(commit).toHaveBeenCalledTimes(1);
    expect(time.pending()).toBe(0);
  });

  it('flushes pending changes at once, without waiting for the interval', () => {
    const time = fakeClock();
    const commit = vi.fn(() => true);
    const throttle = createCommitThrottle(commit, time.clock);
    throttle.changed();
    time.advance(0);
    throttle.changed();
    throttle.flush();
    expect(commit).toHaveBeenCalledTimes(2);
    time.advance(COMMIT_INTERVAL_MS);
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('keeps changes pending when the LMS refuses the commit', () => {
    const time = fakeClock();
    const commit = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
    const throttle = createCommitThrottle(commit, time.clock);
    throttle.changed();
    time.advance(0);
    throttle.flush();
    expect(commit).toHaveBeenCalledTimes(2);
  });

  it('stops without committing', () => {
    const time = fakeClock();
    const commit = vi.fn(() => true);
    const throttle = createCommitThrottle(commit, time.clock);
    throttle.changed();
    throttle.stop();
    time.advance(COMMIT_INTERVAL_MS);
    expect(commit).not.toHaveBeenCalled();
  });
});
