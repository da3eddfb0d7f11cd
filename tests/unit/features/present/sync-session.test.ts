import { describe, expect, it } from 'vitest';
import { MemoryChannelNetwork, settle } from '../../../../src/features/present/memory-channel.ts';
import { channelName } from '../../../../src/features/present/sync-messages.ts';
import { createDeckSync, type DeckSync } from '../../../../src/features/present/sync-session.ts';

const CHANNEL = channelName('overview');

interface TestWindow {
  sync: DeckSync;
  shown: string[];
  blocks: unknown[];
  dark: boolean[];
}

/** One presentation window: it shows whatever the sync tells it to. */
function openWindow(network: MemoryChannelNetwork, self: string, slideId: string): TestWindow {
  const win = { shown: [], blocks: [], dark: [] } as unknown as TestWindow;
  win.sync = createDeckSync(network.open(CHANNEL), {
    self,
    slideId,
    onGoto: (id) => win.shown.push(id),
    onBlock: (entry) => win.blocks.push(entry),
    onBlackout: (on) => win.dark.push(on),
  });
  return win;
}

describe('deck sync between windows', () => {
  it('moves every window when either navigates', async () => {
    const network = new MemoryChannelNetwork();
    const presenter = openWindow(network, 'p', 'welcome');
    const audience = openWindow(network, 'a', 'welcome');
    await settle();

    presenter.sync.goto('bridge');
    await settle();
    expect(audience.shown).toEqual(['bridge']);
    expect(audience.sync.state.slideId).toBe('bridge');

    audience.sync.goto('value-loop');
    await settle();
    expect(presenter.shown).toEqual(['value-loop']);
    expect(presenter.sync.state.seq).toBe(2);
  });

  it('brings a window opened later to the current slide', async () => {
    const network = new MemoryChannelNetwork();
    const presenter = openWindow(network, 'p', 'welcome');
    await settle();
    presenter.sync.goto('bridge');
    presenter.sync.goto('value-loop');
    presenter.sync.publishBlock('value-loop', 'calculator-gmv', { orders: 12 });
    presenter.sync.setBlackout(true);

    const late = openWindow(network, 'late', 'welcome');
    await settle();
    expect(late.shown).toEqual(['value-loop']);
    expect(late.blocks).toEqual([{ slideId: 'value-loop', blockKey: 'calculator-gmv', state: { orders: 12 } }]);
    expect(late.dark).toEqual([true]);
    expect(late.sync.blockState('value-loop', 'calculator-gmv')?.state).toEqual({ orders: 12 });

    late.sync.goto('welcome');
    await settle();
    expect(presenter.shown).toEqual(['welcome']);
  });

  it('ignores its own messages and stale moves', async () => {
    const network = new MemoryChannelNetwork();
    const win = openWindow(network, 'w', 'welcome');
    const other = network.open(CHANNEL);
    await settle();

    other.postMessage({ type: 'goto', sender: 'w', slideId: 'bridge', seq: 5 });
    await settle();
    expect(win.shown).toEqual([]);

    other.postMessage({ type: 'goto', sender: 'x', slideId: 'bridge', seq: 3 });
    other.postMessage({ type: 'goto', sender: 'x', slideId: 'welcome', seq: 2 });
    other.postMessage({ type: 'goto', sender: 'x', slideId: 'welcome', seq: 3 });
    await settle();
    expect(win.shown).toEqual(['bridge']);
    expect(win.sync.state).toMatchObject({ slideId: 'bridge', seq: 3, origin: 'x' });
  });

  it('relays interactive block state and stops after close', async () => {
    const network = new MemoryChannelNetwork();
    const a = openWindow(network, 'a', 'welcome');
    const b = openWindow(network, 'b', 'welcome');
    await settle();
    a.sync.publishBlock('welcome', 'q-1', { revealed: true });
    await settle();
    expect(b.blocks).toEqual([{ slideId: 'welcome', blockKey: 'q-1', state: { revealed: true } }]);
    expect(a.blocks).toEqual([]);

    b.sync.close();
    a.sync.goto('bridge');
    await settle();
    expect(b.shown).toEqual([]);
  });
});
