/** The URL-safe base64 alphabet (RFC 4648 §5): safe in any LMS field, in URLs and in JSON. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Flags as base64url, six per character, first flag in the lowest bit of the first character.
 * Trailing all-false characters (`A`) are left out, so an empty set encodes as `''`.
 */
export function encodeBits(bits: readonly boolean[]): string {
  let text = '';
  for (let start = 0; start < bits.length; start += 6) {
    let value = 0;
    for (let bit = 0; bit < 6; bit++) if (bits[start + bit] === true) value |= 1 << bit;
    text += ALPHABET[value];
  }
  return text.replace(/A+$/, '');
}

/** The first `count` flags of `encodeBits` output; null if `text` holds a character outside the alphabet. */
export function decodeBits(text: string, count: number): boolean[] | null {
  const bits = new Array<boolean>(count).fill(false);
  for (let i = 0; i < text.length; i++) {
    const value = ALPHABET.indexOf(text.charAt(i));
    if (value === -1) return null;
    for (let bit = 0; bit < 6; bit++) {
      const index = i * 6 + bit;
      if (index < count && (value & (1 << bit)) !== 0) bits[index] = true;
    }
  }
  return bits;
}

/**
 * A 12-bit fingerprint of `text` (FNV-1a, folded) as two base64url characters. Enough to notice
 * that a list of ids has changed between two versions of the course, not a security measure.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const folded = (hash ^ (hash >>> 12) ^ (hash >>> 24)) & 0xfff;
  return `${ALPHABET[folded >> 6]}${ALPHABET[folded & 0x3f]}`;
}
