/** A keyboard command: its name, the keys (`KeyboardEvent.key` values) that run it, and what it does. */
export interface Command<Context> {
  name: string;
  keys: readonly string[];
  perform: (context: Context) => void;
}

/** The parts of a `KeyboardEvent` a registry looks at. */
export interface KeyInput {
  key: string;
  target?: EventTarget | null;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
}

export interface CommandRegistry<Context, C extends Command<Context> = Command<Context>> {
  readonly commands: readonly C[];
  lookup: (key: string) => C | undefined;
  /** The command this key press should run, or undefined when the key is not ours to take. */
  resolve: (input: KeyInput) => C | undefined;
}

/** Letters match in either case (`o` and `O`); named keys (`ArrowRight`, `Escape`) as they are. */
export function normalizeKey(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

const TEXT_ENTRY = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
/** Widgets that use arrow keys themselves; `data-own-keys` lets any block claim its keys. */
const ARROW_WIDGETS =
  '[role="listbox"], [role="radiogroup"], [role="slider"], [role="spinbutton"], [role="tablist"], [role="grid"], [role="menu"], [role="tree"], [data-own-keys]';
const ACTIVATABLE = 'button, a[href], summary, [role="button"], [role="link"]';
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** Whether the focused element needs this key for itself (typing, a radio group, a button's Space). */
export function keyBelongsToTarget(key: string, target: EventTarget | null | undefined): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(TEXT_ENTRY) || target.closest('[data-own-keys]')) return true;
  if (NAVIGATION_KEYS.has(key) && target.closest(ARROW_WIDGETS)) return true;
  return (key === ' ' || key === 'Enter') && target.closest(ACTIVATABLE) !== null;
}

/** Builds the key → command table; two commands claiming one key is a programming error. */
export function createCommandRegistry<Context, C extends Command<Context> = Command<Context>>(
  commands: readonly C[],
): CommandRegistry<Context, C> {
  const byKey = new Map<string, C>();
  for (const command of commands) {
    for (const key of command.keys) {
      const normal = normalizeKey(key);
      const taken = byKey.get(normal);
      if (taken) throw new Error(`Key "${key}" is bound to both "${taken.name}" and "${command.name}".`);
      byKey.set(normal, command);
    }
  }
  const lookup = (key: string) => byKey.get(normalizeKey(key));
  return {
    commands,
    lookup,
    resolve: (input) => {
      if (input.defaultPrevented || input.ctrlKey || input.metaKey || input.altKey || input.isComposing) return undefined;
      if (keyBelongsToTarget(input.key, input.target)) return undefined;
      return lookup(input.key);
    },
  };
}
