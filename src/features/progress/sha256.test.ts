import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256, sha256Hex } from './sha256.ts';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

afterEach(() => vi.unstubAllGlobals());

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('matches the FIPS 180-4 example for %j', (text, digest) => {
    expect(hex(sha256(new TextEncoder().encode(text)))).toBe(digest);
  });

  it('agrees with Node for UTF-8 text across block boundaries', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = '证'.repeat(length % 7) + 'x'.repeat(length);
      expect(hex(sha256(new TextEncoder().encode(text)))).toBe(reference(text));
    }
  });
});

describe('sha256Hex', () => {
  it('gives the same digest with and without Web Crypto (plain http has no crypto.subtle)', async () => {
    const text = '王芳|ops|证书';
    const withSubtle = await sha256Hex(text);
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect(await sha256Hex(text)).toBe(withSubtle);
    expect(withSubtle).toBe(reference(text));
  });
});
