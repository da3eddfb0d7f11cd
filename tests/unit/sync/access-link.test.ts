import { describe, expect, it } from 'vitest';
import { accessLink, readAccessHash } from '../../../src/sync/access-link.ts';

const access = { learnerId: '3f6c1d3e-0000-4000-8000-000000000001', token: 'AbC_-123xyzAbC_-123xyzAbC_-123xyzAbC_-123x', cohort: { id: 'c1', name: '华东区 · 2026 春季', dueDate: '2026-06-30' } };

describe('sign-in links', () => {
  it('carry the learner, token and cohort in the fragment, round trip included', () => {
    const link = accessLink('https://training.example.com', 'ABCD2345', access);
    const url = new URL(link);
    expect(url.pathname).toBe('/join/ABCD2345');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#access=[A-Za-z0-9_-]+$/);
    expect(readAccessHash(url.hash)).toEqual(access);
  });

  it('tell no link from a damaged one', () => {
    expect(readAccessHash('')).toBeNull();
    expect(readAccessHash('#chapter-test')).toBeNull();
    const hash = new URL(accessLink('http://x', 'C', access)).hash;
    expect(readAccessHash(hash.slice(0, 30))).toBe('broken');
    expect(readAccessHash('#access=%%%')).toBe('broken');
  });
});
