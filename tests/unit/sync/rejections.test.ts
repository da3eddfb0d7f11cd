import { describe, expect, it } from 'vitest';
import { refusedIds } from '../../../src/sync/rejections.ts';
import { toServerEvent } from '../../../src/sync/wire.ts';
import { events } from './helpers.ts';

const batch = events(5).map(toServerEvent);
const id = (i: number) => batch[i]!.id;

describe('refusedIds', () => {
  it('reads the events the course does not have from details.rejected', () => {
    const body = {
      error: {
        code: 'unknown_slide',
        message: 'Event 1 …',
        details: {
          rejected: [
            { index: 1, id: id(1), reason: 'unknown_slide', message: 'no slide' },
            { index: 3, id: id(3), reason: 'unknown_chapter', message: 'no chapter' },
          ],
        },
      },
    };
    expect(refusedIds(batch, body.error.details)).toEqual([id(1), id(3)]);
  });

  it('falls back to the index when the id is not in the batch', () => {
    const body = { error: { code: 'unknown_quiz', message: '', details: { rejected: [{ index: 2, id: 'other', reason: 'unknown_quiz', message: '' }] } } };
    expect(refusedIds(batch, body.error.details)).toEqual([id(2)]);
  });

  it('reads format problems from the paths of details.issues', () => {
    const body = {
      error: {
        code: 'invalid_input',
        message: '',
        details: { issues: [{ path: 'events.4.at', message: 'Time is in the future.' }, { path: 'events.0', message: '' }, { path: 'events', message: '' }] },
      },
    };
    expect(refusedIds(batch, body.error.details)).toEqual([id(0), id(4)]);
  });

  it('names nothing when the answer singles out no event of the batch', () => {
    expect(refusedIds(batch, undefined)).toEqual([]);
    expect(refusedIds(batch, { rejected: [{ index: 99, id: 'nope' }] })).toEqual([]);
    expect(refusedIds(batch, null)).toEqual([]);
    expect(refusedIds(batch, 'text')).toEqual([]);
  });
});
