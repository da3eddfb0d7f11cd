import { describe, expect, it } from 'vitest';
import { placeAt, placeFor, savePlace, scrollDelta } from '../../../../src/features/lesson/lesson-place.ts';

/** A Map-backed Storage, as sessionStorage behaves. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

const boxes = (tops: number[], height = 400) => tops.map((top, i) => ({ slideId: `s${i + 1}`, top, height }));

describe('the place at the top of the window', () => {
  it('is nowhere in particular while the chapter introduction is on top', () => {
    expect(placeAt('kpis', boxes([120, 540]), 16)).toBeNull();
    expect(placeAt('kpis', [], 16)).toBeNull();
  });

  it('is the first section not scrolled past, with how far into it the line is', () => {
    // s1 spans -600..-200, s2 -180..220: the line at 16 px is 196 px into s2's 400.
    expect(placeAt('kpis', boxes([-600, -180, 240]), 16)).toEqual({ chapterId: 'kpis', slideId: 's2', offset: 0.49 });
    expect(placeAt('kpis', boxes([16, 436]), 16)).toEqual({ chapterId: 'kpis', slideId: 's1', offset: 0 });
  });

  it('stays with the last slide past the end (the chapter test), counting on', () => {
    expect(placeAt('kpis', boxes([-1400, -900]), 16)).toEqual({ chapterId: 'kpis', slideId: 's2', offset: 2.29 });
  });
});

describe('scrolling back to a place', () => {
  it('moves by the distance between the place and the reading line', () => {
    expect(scrollDelta({ top: 900, height: 400 }, 0.5, 16)).toBe(1084);
    expect(scrollDelta({ top: -300, height: 400 }, 0, 16)).toBe(-316);
  });

  it('round-trips: a place read, then restored in a longer translation, lands at the same share of the slide', () => {
    const place = placeAt('kpis', boxes([-600, -180, 240]), 16)!;
    // After the switch the slide is 600 px tall and starts 2000 px down.
    const delta = scrollDelta({ top: 2000, height: 600 }, place.offset, 16);
    expect(2000 - delta + place.offset * 600).toBeCloseTo(16);
  });
});

describe('the place kept for the tab', () => {
  it('is found again for the same chapter and slide only', () => {
    const storage = memoryStorage();
    savePlace({ chapterId: 'kpis', slideId: 's2', offset: 0.4 }, storage);
    expect(placeFor('kpis', 's2', storage)).toEqual({ chapterId: 'kpis', slideId: 's2', offset: 0.4 });
    expect(placeFor('kpis', 's3', storage)).toEqual({ chapterId: 'kpis', slideId: 's3', offset: 0 });
    expect(placeFor('crm', 's2', storage).offset).toBe(0);
    savePlace(null, storage);
    expect(placeFor('kpis', 's2', storage).offset).toBe(0);
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('courseware:lesson-place', '{"chapterId":"kpis","slideId":"s2","offset":"far"}');
    expect(placeFor('kpis', 's2', storage).offset).toBe(0);
    storage.setItem('courseware:lesson-place', 'not json');
    expect(placeFor('kpis', 's2', storage).offset).toBe(0);
  });
});
