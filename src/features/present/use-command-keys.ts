import { useLayoutEffect, useRef } from 'react';
import type { CommandRegistry, Command } from './commands.ts';

/**
 * Runs the registry's commands on key presses anywhere in the window while `enabled` (off while
 * a dialog has the keyboard). Keys that the focused field or widget needs are left alone. The
 * listener is added as the deck is committed, not after its first paint, so a key pressed the
 * moment the slide appears is not lost.
 */
export function useCommandKeys<Context, C extends Command<Context>>(
  registry: CommandRegistry<Context, C>,
  context: Context,
  enabled: boolean,
): void {
  const latest = useRef(context);
  useLayoutEffect(() => {
    latest.current = context;
  });

  useLayoutEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = registry.resolve(event);
      if (!command) return;
      event.preventDefault();
      command.perform(latest.current);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [registry, enabled]);
}
