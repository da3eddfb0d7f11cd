import { describe, expect, it, vi } from 'vitest';
import { createCommandRegistry, keyBelongsToTarget, normalizeKey, type Command } from '../../../../src/features/present/commands.ts';
import { deckCommands, presenterCommands, slideModeCommands, type DeckActions } from '../../../../src/features/present/deck-commands.ts';

type Log = string[];
const command = (name: string, ...keys: string[]): Command<Log> => ({ name, keys, perform: (log) => log.push(name) });

function element(html: string, selector: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

describe('command registry', () => {
  const registry = createCommandRegistry<Log>([command('next', 'ArrowRight', ' '), command('overview', 'o', 'Escape'), command('help', '?')]);

  it('finds a command by key, letters in either case', () => {
    expect(registry.lookup('ArrowRight')?.name).toBe('next');
    expect(registry.lookup('O')?.name).toBe('overview');
    expect(registry.lookup('o')?.name).toBe('overview');
    expect(registry.lookup('?')?.name).toBe('help');
    expect(registry.lookup('x')).toBeUndefined();
    expect(normalizeKey('Escape')).toBe('Escape');
  });

  it('runs the resolved command with the given context', () => {
    const log: Log = [];
    registry.resolve({ key: ' ' })?.perform(log);
    registry.resolve({ key: 'Escape' })?.perform(log);
    expect(log).toEqual(['next', 'overview']);
  });

  it('refuses two commands on one key', () => {
    expect(() => createCommandRegistry<Log>([command('a', 'x'), command('b', 'X')])).toThrow(/bound to both "a" and "b"/);
  });

  it('leaves keys with Ctrl, Meta or Alt, composing input and handled events alone', () => {
    expect(registry.resolve({ key: 'ArrowRight', ctrlKey: true })).toBeUndefined();
    expect(registry.resolve({ key: 'ArrowRight', metaKey: true })).toBeUndefined();
    expect(registry.resolve({ key: 'ArrowRight', altKey: true })).toBeUndefined();
    expect(registry.resolve({ key: 'ArrowRight', isComposing: true })).toBeUndefined();
    expect(registry.resolve({ key: 'ArrowRight', defaultPrevented: true })).toBeUndefined();
  });

  it('never takes keys while typing in a field', () => {
    for (const html of ['<input id="t">', '<textarea id="t"></textarea>', '<select id="t"></select>', '<div contenteditable="true"><p id="t">x</p></div>']) {
      const target = element(html, '#t');
      expect(registry.resolve({ key: ' ', target }), html).toBeUndefined();
      expect(registry.resolve({ key: 'o', target }), html).toBeUndefined();
    }
  });

  it('leaves Space and Enter to buttons and links, arrows to widgets that use them', () => {
    const button = element('<button id="t">ok</button>', '#t');
    expect(registry.resolve({ key: ' ', target: button })).toBeUndefined();
    expect(registry.resolve({ key: 'ArrowRight', target: button })?.name).toBe('next');
    const radio = element('<div role="radiogroup"><span id="t" role="radio"></span></div>', '#t');
    expect(keyBelongsToTarget('ArrowRight', radio)).toBe(true);
    expect(registry.resolve({ key: '?', target: radio })?.name).toBe('help');
    expect(keyBelongsToTarget('o', element('<div data-own-keys><span id="t"></span></div>', '#t'))).toBe(true);
  });
});

describe('deck commands', () => {
  function actions(): DeckActions & { calls: string[] } {
    const calls: string[] = [];
    const spy = (name: string) => vi.fn(() => void calls.push(name));
    return {
      calls,
      next: spy('next'),
      previous: spy('previous'),
      first: spy('first'),
      last: spy('last'),
      toggleOverview: spy('overview'),
      toggleFullscreen: spy('fullscreen'),
      toggleBlackout: spy('blackout'),
      openGoTo: spy('goTo'),
      openHelp: spy('help'),
      openSpeakerView: spy('speaker'),
      toggleAnswer: spy('answer'),
      toggleDepth: spy('depth'),
    };
  }

  it('binds the reveal.js keys, and A and D for the answer and the depth', () => {
    const a = actions();
    for (const key of ['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'o', 'Escape', 'F', 'b', '.', 'g', '?', 's', 'a', 'D']) {
      slideModeCommands.resolve({ key })?.perform(a);
    }
    expect(a.calls).toEqual([
      'next', 'next', 'next', 'previous', 'previous', 'first', 'last', 'overview', 'overview',
      'fullscreen', 'blackout', 'blackout', 'goTo', 'help', 'speaker', 'answer', 'depth',
    ]);
  });

  it('gives every command a help label, and the presenter view no speaker-view key', () => {
    expect(deckCommands.every((c) => c.label.startsWith('present.command.'))).toBe(true);
    expect(presenterCommands.lookup('s')).toBeUndefined();
    expect(presenterCommands.commands).toHaveLength(deckCommands.length - 1);
  });
});
