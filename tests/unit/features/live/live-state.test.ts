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
  ...extra,
});

const run = (...actions: LiveAction[]): LiveState => actions.reduce(liveReducer, initialLiveState);

describe('live stream state', () => {
  it('starts from the snapshot and follows slide and poll events', () => {
    const state = run(
      { type: 'open' },
      { type: 'state', snapshot: { code: 'ABC234', chapterId: 'c', status: 'live', slideId: 's1', poll: null } },
      { type: 'slide', slideId: 's2' },
      { type: 'poll', poll: poll() },
    );
    expect(state).toMatchObject({ connection: 'open', ready: true, slideId: 's2', poll: { id: 'p1' }, myAnswer: null, counts: null });
  });

  it('keeps the own answer for its poll only, and takes it from a reconnect snapshot', () => {
    let state = run({ type: 'state', snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's2', poll: poll() } });
    state = liveReducer(state, { type: 'answered', pollId: 'p1', answer: { choices: ['a'], value: null } });
    expect(state.myAnswer).toEqual({ pollId: 'p1', answer: { choices: ['a'], value: null } });
    state = liveReducer(state, { type: 'poll', poll: poll({ status: 'closed' }) });
    expect(state.myAnswer?.pollId).toBe('p1');
    state = liveReducer(state, { type: 'poll', poll: poll({ id: 'p2', number: 2 }) });
    expect(state.myAnswer).toBeNull();
    // An answer for a poll that is no longer current changes nothing.
    expect(liveReducer(state, { type: 'answered', pollId: 'p1', answer: { choices: ['b'], value: null } })).toBe(state);

    const resumed = liveReducer(state, {
      type: 'state',
      snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's3', poll: poll({ id: 'p2' }), you: { participantId: 'u', name: 'n', answer: { choices: null, value: 4 } } },
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
    let state = run({ type: 'state', snapshot: { code: 'X', chapterId: 'c', status: 'live', slideId: 's1', poll: null, counts: { connected: 1, joined: 2, answers: 0 } } });
    state = liveReducer(state, { type: 'stats', counts: { connected: 5, joined: 6, answers: 3 } });
    expect(state.counts).toEqual({ connected: 5, joined: 6, answers: 3 });
    state = liveReducer(state, { type: 'poll', poll: poll({ id: 'p2', answerCount: 0 }) });
    expect(state.counts).toEqual({ connected: 5, joined: 6, answers: 0 });
  });
});
