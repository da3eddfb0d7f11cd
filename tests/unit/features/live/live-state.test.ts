import { describe, expect, it } from 'vitest';
import { initialLiveState, liveReducer, type LiveAction, type LiveState } from '../../../../src/features/live/live-state.ts';
import type { PollView } from '../../../../src/features/live/live-types.ts';

const poll = (extra: Partial<PollView> = {}): PollView => ({
  id: 'p1',
  number: 1,
  slideId: 's2',
  quizId: 'q1',
  kind: 'single',
  options: ['a', 'b'],
  status: 'open',
  revealed: false,
  answerCount: 0,
  results: null,
  remainingMs: null,
  ...extra,
});

const run = (...actions: LiveAction[]): LiveState => actions.reduce(liveReducer, initialLiveState);

describe('live stream state', () => {
  it('starts from the snapshot and follows slide and poll events', () => {
    const state = run(
      { type: 'open' },
      { type: 'state', snapshot: { code: 'ABC234', chapterId: 'c', status: 'live', slideId: 's1', poll: null }, receivedAt: 0 },
      { type: 'slide', slideId: 's2' },
      { type: 'poll', poll: poll(), receivedAt: 0 },
    );
    expect(state).toMatchObject({ connection: 'open', ready: true, slideId: 's2', poll: { id: 'p1' }, myAnswer: null, counts: null });
  });

  it('knows a participant waits until a snapshot without the flag lets them in, and stops for good when removed', () => {
    const you = { participantId: 'p', name: 'n', answer: null };
    let state = run({ type: 'state', snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's1', poll: null, you: { ...you, waiting: true } }, receivedAt: 0 });
    expect(state.waiting).toBe(true);
    state = liveReducer(state, { type: 'state', snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's2', poll: poll(), you }, receivedAt: 0 });
    expect(state).toMatchObject({ waiting: false, slideId: 's2', poll: { id: 'p1' } });
    state = liveReducer(state, { type: 'removed' });
    expect(state.connection).toBe('removed');
    expect(liveReducer(state, { type: 'slide', slideId: 's3' })).toBe(state);
  });

  it('keeps the own answer for its poll only, and takes it from a reconnect snapshot', () => {
    let state = run({ type: 'state', snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's2', poll: poll() }, receivedAt: 0 });
    state = liveReducer(state, { type: 'answered', pollId: 'p1', answer: { choices: ['a'], value: null } });
    expect(state.myAnswer).toEqual({ pollId: 'p1', answer: { choices: ['a'], value: null } });
    state = liveReducer(state, { type: 'poll', poll: poll({ status: 'closed' }), receivedAt: 0 });
    expect(state.myAnswer?.pollId).toBe('p1');
    state = liveReducer(state, { type: 'poll', poll: poll({ id: 'p2', number: 2 }), receivedAt: 0 });
    expect(state.myAnswer).toBeNull();
    // An answer for a poll that is no longer current changes nothing.
    expect(liveReducer(state, { type: 'answered', pollId: 'p1', answer: { choices: ['b'], value: null } })).toBe(state);

    const resumed = liveReducer(state, {
      type: 'state',
      snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's3', poll: poll({ id: 'p2' }), you: { participantId: 'u', name: 'n', answer: { choices: null, value: 4 } } },
      receivedAt: 0,
    });
    expect(resumed).toMatchObject({ slideId: 's3', myAnswer: { pollId: 'p2', answer: { choices: null, value: 4 } } });
  });

  it('tells a dropped connection (retrying) from a refused one, and stops at the end', () => {
    expect(run({ type: 'open' }, { type: 'error', closed: false }).connection).toBe('reconnecting');
    expect(run({ type: 'open' }, { type: 'error', closed: true }).connection).toBe('refused');
    const ended = run({ type: 'open' }, { type: 'ended' }, { type: 'slide', slideId: 's9' }, { type: 'error', closed: true });
    expect(ended.connection).toBe('ended');
    expect(ended.slideId).toBeNull();
    expect(liveReducer(ended, { type: 'reset' })).toBe(initialLiveState);
  });

  it('keeps the presenter’s counts in step with stats and poll events', () => {
    let state = run({ type: 'state', snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's1', poll: null, counts: { connected: 1, joined: 2, waiting: 0, answers: 0 } }, receivedAt: 0 });
    state = liveReducer(state, { type: 'stats', counts: { connected: 5, joined: 6, waiting: 0, answers: 3 } });
    expect(state.counts).toEqual({ connected: 5, joined: 6, waiting: 0, answers: 3 });
    state = liveReducer(state, { type: 'poll', poll: poll({ id: 'p2', answerCount: 0 }), receivedAt: 0 });
    expect(state.counts).toEqual({ connected: 5, joined: 6, waiting: 0, answers: 0 });
  });

  it('times a countdown from when the poll arrived, and drops it once the poll closes', () => {
    let state = run({ type: 'state', snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's2', poll: poll({ remainingMs: 20_000 }) }, receivedAt: 1_000 });
    expect(state.pollDeadline).toBe(21_000);
    state = liveReducer(state, { type: 'poll', poll: poll({ remainingMs: 9_000 }), receivedAt: 12_500 });
    expect(state.pollDeadline).toBe(21_500);
    state = liveReducer(state, { type: 'poll', poll: poll({ status: 'closed', remainingMs: null }), receivedAt: 13_000 });
    expect(state.pollDeadline).toBeNull();
    expect(liveReducer(state, { type: 'poll', poll: poll({ id: 'p2' }), receivedAt: 14_000 }).pollDeadline).toBeNull();
  });
});
