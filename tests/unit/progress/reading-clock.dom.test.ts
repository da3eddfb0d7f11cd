import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetReadingClock, startReading } from '../../../src/progress/reading-clock.ts';

describe('reading clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetReadingClock();
  });
  afterEach(() => vi.useRealTimers());

  it('calls back once the slide has been on screen for its reading time', () => {
    const read = vi.fn();
    startReading('c/s', 5000, read);
    vi.advanceTimersByTime(4999);
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(read).toHaveBeenCalledOnce();
  });

  it('adds up separate visits', () => {
    const read = vi.fn();
    const first = startReading('c/s', 5000, read);
    vi.advanceTimersByTime(3000);
    first.stop();
    vi.advanceTimersByTime(60_000);
    expect(read).not.toHaveBeenCalled();
    startReading('c/s', 5000, read);
    vi.advanceTimersByTime(2000);
    expect(read).toHaveBeenCalledOnce();
  });

  it('does not count time while the page is hidden', () => {
    const read = vi.fn();
    let state: DocumentVisibilityState = 'visible';
    const listeners: Array<() => void> = [];
    const doc = { get visibilityState() { return state; }, addEventListener: (_: string, f: () => void) => listeners.push(f), removeEventListener: () => {} } as unknown as Document;
    startReading('c/s', 5000, read, doc);
    vi.advanceTimersByTime(2000);
    state = 'hidden';
    listeners.forEach((f) => f());
    vi.advanceTimersByTime(60_000);
    expect(read).not.toHaveBeenCalled();
    state = 'visible';
    listeners.forEach((f) => f());
    vi.advanceTimersByTime(3000);
    expect(read).toHaveBeenCalledOnce();
  });
});
