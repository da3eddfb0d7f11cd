import { LIVE_NAME_MAX, UNPRINTABLE } from '../../protocol/constants.ts';

/** The server's rules (the protocol's): trimmed, 1–40 characters, nothing invisible. */
export function checkName(input: string): 'empty' | 'long' | 'invalid' | null {
  const name = input.normalize('NFC').trim();
  if (name === '') return 'empty';
  if ([...name].length > LIVE_NAME_MAX) return 'long';
  if (UNPRINTABLE.test(name)) return 'invalid';
  return null;
}
