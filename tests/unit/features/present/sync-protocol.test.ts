import { describe, expect, it } from 'vitest';
import { channelName, parseSyncMessage } from '../../../../src/features/present/sync-messages.ts';
import { createDeckState, moveTo, publishBlock, receive, setBlackout } from '../../../../src/features/present/sync-protocol.ts';

describe('sync protocol', () => {
  it('names one channel per chapter', () => {
    expect(channelName('kpis')).toBe('courseware:present:kpis');
  });

  it('numbers each move one above the last known', () => {
    const a = createDeckState('a', 's1');
    const step = moveTo(a, 's2');
    expect(step.send).toEqual([{ type: 'goto', sender: 'a', slideId: 's2', seq: 1 }]);
    expect(moveTo(step.state, 's3').send[0]).toMatchObject({ seq: 2 });
    expect(moveTo(step.state, 's2').send).toEqual([]);
  });

  it('follows newer moves and ignores own, stale and duplicate ones', () => {
    const b = moveTo(moveTo(createDeckState('b', 's1'), 's2').state, 's3').state; // seq 2
    expect(receive(b, { type: 'goto', sender: 'a', slideId: 's5', seq: 3 }).effects).toEqual([{ kind: 'goto', slideId: 's5' }]);
    expect(receive(b, { type: 'goto', sender: 'a', slideId: 's1', seq: 1 }).effects).toEqual([]);
    expect(receive(b, { type: 'goto', sender: 'b', slideId: 's9', seq: 9 }).effects).toEqual([]);
    const after = receive(b, { type: 'goto', sender: 'a', slideId: 's5', seq: 3 }).state;
    expect(receive(after, { type: 'goto', sender: 'a', slideId: 's5', seq: 3 }).effects).toEqual([]);
  });

  it('settles simultaneous moves on the same slide everywhere', () => {
    const a = moveTo(createDeckState('a', 's1'), 'sA');
    const b = moveTo(createDeckState('b', 's1'), 'sB');
    const aAfter = receive(a.state, b.send[0]);
    const bAfter = receive(b.state, a.send[0]);
    expect(aAfter.state.slideId).toBe('sB');
    expect(bAfter.state.slideId).toBe('sB');
  });

  it('answers hello with its state, which a joining window adopts', () => {
    let a = moveTo(createDeckState('a', 's1'), 's4').state;
    a = setBlackout(a, true).state;
    a = publishBlock(a, 's4', 'calc', { x: 1 }).state;
    const reply = receive(a, { type: 'hello', sender: 'c' }).send[0];
    expect(reply).toMatchObject({ type: 'state', slideId: 's4', seq: 1, origin: 'a', blackout: true });
    const c = receive(createDeckState('c', 's1'), reply);
    expect(c.state).toMatchObject({ slideId: 's4', seq: 1, origin: 'a', settled: true, blackout: true });
    expect(c.effects).toEqual([
      { kind: 'goto', slideId: 's4' },
      { kind: 'block', entry: { slideId: 's4', blockKey: 'calc', state: { x: 1 } } },
      { kind: 'blackout', on: true },
    ]);
  });

  it('rejects malformed messages', () => {
    const a = createDeckState('a', 's1');
    for (const bad of [null, 'goto', { type: 'goto', slideId: 's2', seq: 1 }, { type: 'goto', sender: 'b', slideId: 's2', seq: -1 }, { type: 'warp', sender: 'b' }]) {
      expect(parseSyncMessage(bad)).toBeNull();
      expect(receive(a, bad).state).toBe(a);
    }
  });
});
