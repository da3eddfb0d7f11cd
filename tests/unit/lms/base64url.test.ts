import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBits, encodeBits, fingerprint } from '../../../src/lms/base64url.ts';

describe('bitset in base64url', () => {
  it('packs six flags a character, lowest bit first, and trims trailing empty characters', () => {
    expect(encodeBits([])).toBe('');
    expect(encodeBits([false, false, false])).toBe('');
    expect(encodeBits([true])).toBe('B');
    expect(encodeBits([true, true, true, true, true, true])).toBe('_');
    expect(encodeBits([false, false, false, false, false, false, true])).toBe('AB');
    expect(encodeBits(new Array(16).fill(true))).toBe('__P');
  });

  it('round-trips any flags', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 300 }), (bits) => {
        const text = encodeBits(bits);
        expect(text.length).toBeLessThanOrEqual(Math.ceil(bits.length / 6));
        expect(decodeBits(text, bits.length)).toEqual(bits);
      }),
    );
  });

  it('ignores flags past the count and refuses characters outside the alphabet', () => {
    expect(decodeBits('_', 2)).toEqual([true, true]);
    expect(decodeBits('A!', 4)).toBeNull();
    expect(decodeBits('+', 4)).toBeNull();
  });
});

describe('fingerprint', () => {
  it('is two base64url characters, stable, and tells lists apart', () => {
    expect(fingerprint('kpis')).toMatch(/^[A-Za-z0-9_-]{2}$/);
    expect(fingerprint('kpis')).toBe(fingerprint('kpis'));
    expect(fingerprint('["a","b"]')).not.toBe(fingerprint('["b","a"]'));
  });
});
