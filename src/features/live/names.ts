/** The same rules as the server's: trimmed, 1–40 characters, nothing invisible. */
export const MAX_NAME_LENGTH = 40;

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export function checkName(input: string): 'empty' | 'long' | 'invalid' | null {
  const name = input.normalize('NFC').trim();
  if (name === '') return 'empty';
  if ([...name].length > MAX_NAME_LENGTH) return 'long';
  if (UNPRINTABLE.test(name)) return 'invalid';
  return null;
}
