import { randomInt } from 'node:crypto';
import { CODE_ALPHABET } from '../auth/tokens.ts';
import { normaliseCode } from '../../protocol/codes.ts';
import { ROOM_CODE_LENGTH } from './options.ts';

/**
 * A join code: six characters from the enrollment codes' alphabet (no 0/O, 1/I/L, 5/S look-alikes),
 * about 600 million possibilities, read off the projector and typed on a phone.
 */
export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** What a trainee typed, as a code: case, spaces and dashes do not matter; null if it cannot be one. */
export function normaliseRoomCode(input: string): string | null {
  const code = normaliseCode(input);
  return CODE_PATTERN.test(code) ? code : null;
}
