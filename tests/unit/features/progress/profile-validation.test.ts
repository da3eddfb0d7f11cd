import { describe, expect, it } from 'vitest';
import { profileDraft, validateProfile } from '../../../../src/features/progress/profile-validation.ts';

describe('validateProfile', () => {
  it('trims the fields and stores empty optional ones as null', () => {
    expect(validateProfile({ displayName: '  王芳 ', employeeId: ' ', team: '' })).toEqual({
      ok: true,
      profile: { displayName: '王芳', employeeId: null, team: null },
    });
  });

  it('requires a name, limits lengths and checks the employee id', () => {
    const result = validateProfile({ displayName: ' ', employeeId: 'E 17', team: 'x'.repeat(61) });
    expect(result).toEqual({
      ok: false,
      errors: {
        displayName: { key: 'progress.profile.nameRequired' },
        employeeId: { key: 'progress.profile.employeeIdFormat' },
        team: { key: 'progress.profile.tooLong', params: { max: 60 } },
      },
    });
  });

  it('counts characters, not UTF-16 units, and accepts ids with letters of any script', () => {
    expect(validateProfile({ displayName: '𠀀'.repeat(40), employeeId: '运营-007', team: '' }).ok).toBe(true);
  });

  it('starts a draft from the saved profile', () => {
    expect(profileDraft(null)).toEqual({ displayName: '', employeeId: '', team: '' });
    expect(profileDraft({ displayName: 'Li', employeeId: null, team: 'Ops', updatedAt: 1 })).toEqual({
      displayName: 'Li',
      employeeId: '',
      team: 'Ops',
    });
  });
});
