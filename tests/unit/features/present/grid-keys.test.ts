import { describe, expect, it } from 'vitest';
import { gridTarget } from '../../../../src/features/present/grid-keys.ts';

describe('arrow keys in the overview grid', () => {
  // 14 slides, 4 to a row: the last row holds 12 and 13.
  it('moves by one sideways and by a row up and down', () => {
    expect(gridTarget('ArrowRight', 5, 14, 4)).toBe(6);
    expect(gridTarget('ArrowLeft', 5, 14, 4)).toBe(4);
    expect(gridTarget('ArrowDown', 5, 14, 4)).toBe(9);
    expect(gridTarget('ArrowUp', 5, 14, 4)).toBe(1);
  });

  it('wraps sideways from a row’s end into the next row, and stops at the grid’s edges', () => {
    expect(gridTarget('ArrowRight', 3, 14, 4)).toBe(4);
    expect(gridTarget('ArrowLeft', 0, 14, 4)).toBeNull();
    expect(gridTarget('ArrowUp', 2, 14, 4)).toBeNull();
    expect(gridTarget('ArrowDown', 10, 14, 4)).toBeNull();
    expect(gridTarget('ArrowRight', 13, 14, 4)).toBeNull();
  });

  it('goes to the first and the last with Home and End, and ignores other keys', () => {
    expect(gridTarget('Home', 7, 14, 4)).toBe(0);
    expect(gridTarget('End', 7, 14, 4)).toBe(13);
    expect(gridTarget('Enter', 7, 14, 4)).toBeNull();
    expect(gridTarget('a', 7, 14, 1)).toBeNull();
  });
});
