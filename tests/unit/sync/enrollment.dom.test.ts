import { describe, expect, it } from 'vitest';
import { ENROLLMENT_KEY, hasEnrollment } from '../../../src/sync/enrollment-key.ts';
import { parseEnrollment, readEnrollment, saveEnrollment, updateEnrollment, type Enrollment } from '../../../src/sync/enrollment.ts';

const enrollment: Enrollment = { learnerId: 'l1', token: 'tok', cohort: { id: 'c1', name: '2026 春季', dueDate: '2026-06-30' } };

describe('enrollment storage', () => {
  it('is stored under courseware:enrollment and read back', () => {
    expect(hasEnrollment()).toBe(false);
    expect(readEnrollment()).toBeNull();
    expect(saveEnrollment(enrollment)).toBe(true);
    expect(hasEnrollment()).toBe(true);
    expect(JSON.parse(localStorage.getItem(ENROLLMENT_KEY)!)).toEqual(enrollment);
    expect(readEnrollment()).toEqual(enrollment);
  });

  it('is changed in place', () => {
    saveEnrollment(enrollment);
    updateEnrollment((current) => ({ ...current, revoked: true, undeliverable: 2 }));
    expect(readEnrollment()).toEqual({ ...enrollment, revoked: true, undeliverable: 2 });
  });

  it('counts anything malformed as no enrollment', () => {
    localStorage.setItem(ENROLLMENT_KEY, '{not json');
    expect(readEnrollment()).toBeNull();
    expect(parseEnrollment({ ...enrollment, token: '' })).toBeNull();
    expect(parseEnrollment({ ...enrollment, cohort: { id: 'c1', name: 'x', dueDate: 5 } })).toBeNull();
    expect(parseEnrollment({ ...enrollment, undeliverable: -1, revoked: 'yes', extra: 1 })).toEqual(enrollment);
  });
});
