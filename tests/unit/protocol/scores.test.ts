import { describe, expect, it } from 'vitest';
import { formatScore, scorePercent } from '../../../src/protocol/scores.ts';

describe('one rule for showing a score', () => {
  it('rounds down to a whole percent, so a failing score never shows as the pass mark', () => {
    expect(scorePercent(2 / 3)).toBe(66);
    expect(scorePercent(0.799)).toBe(79);
    expect(scorePercent(0.58)).toBe(58);
    expect(scorePercent(1)).toBe(100);
    expect(formatScore(2 / 3, 'en')).toBe('66%');
    expect(formatScore(0.8, 'zh-CN')).toBe('80%');
  });
});
