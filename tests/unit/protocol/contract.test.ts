import { describe, expect, expectTypeOf, it } from 'vitest';
import { validateJoin, type JoinDraft } from '../../../src/features/join/join-validation.ts';
import { checkName } from '../../../src/features/live/names.ts';
import { validateProfile, type ProfileDraft } from '../../../src/features/progress/profile-validation.ts';
import { toServerEvent } from '../../../src/sync/wire.ts';
import { createCohortBody } from '../../../src/protocol/cohorts.ts';
import { COHORT_NAME_MAX, LEARNER_FIELD_MAX, LIVE_NAME_MAX } from '../../../src/protocol/constants.ts';
import { eventBatchSchema, type ProgressEventInput, type ServerEvent } from '../../../src/protocol/events.ts';
import { joinBody, profileBody } from '../../../src/protocol/learners.ts';
import { joinRoomBody } from '../../../src/protocol/live.ts';

/** The browser's forms check with the protocol's limits; what they let through, the server takes, and what they stop for length, it refuses. */

const emoji = (n: number) => '😀'.repeat(n);
const han = (n: number) => '名'.repeat(n);
const join = (overrides: Partial<JoinDraft>): JoinDraft => ({ code: 'ABCD-2345', displayName: '李雷', employeeId: '', team: '', email: '', ...overrides });

describe('the join form and POST /api/join', () => {
  it.each<[string, Partial<JoinDraft>]>([
    ['a plain learner', {}],
    ['every optional field', { employeeId: 'E-1024.a_b', team: '华东运营', email: 'li.lei@example.com' }],
    ['names at the limit, counted in characters (emoji and all)', { displayName: emoji(LEARNER_FIELD_MAX.displayName), team: han(LEARNER_FIELD_MAX.team), employeeId: '工'.repeat(LEARNER_FIELD_MAX.employeeId) }],
    ['a name with spaces around it, decomposed', { displayName: '  Zoe\u0308  ' }],
  ])('agree on %s', (_, overrides) => {
    const checked = validateJoin(join(overrides));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const parsed = joinBody.safeParse(checked.request);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toEqual(checked.request);
  });

  it.each<[string, Partial<JoinDraft>, keyof JoinDraft]>([
    ['a name one character too long', { displayName: emoji(LEARNER_FIELD_MAX.displayName + 1) }, 'displayName'],
    ['a team one character too long', { team: han(LEARNER_FIELD_MAX.team + 1) }, 'team'],
    ['an employee id one character too long', { employeeId: 'E'.repeat(LEARNER_FIELD_MAX.employeeId + 1) }, 'employeeId'],
    ['an employee id with other signs', { employeeId: '+1+1' }, 'employeeId'],
    ['a blank name', { displayName: '   ' }, 'displayName'],
  ])('both refuse %s', (_, overrides, field) => {
    const draft = join(overrides);
    const checked = validateJoin(draft);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.errors)).toEqual([field]);
    const request = { code: 'ABCD2345', displayName: draft.displayName, employeeId: draft.employeeId || null, team: draft.team || null, email: null };
    const parsed = joinBody.safeParse(request);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });
});

describe('the profile form and PATCH /api/me', () => {
  const profile = (overrides: Partial<ProfileDraft>): ProfileDraft => ({ displayName: '李雷', employeeId: '', team: '', ...overrides });

  it('agree at the limits', () => {
    const checked = validateProfile(profile({ displayName: emoji(LEARNER_FIELD_MAX.displayName), employeeId: 'E-1', team: han(LEARNER_FIELD_MAX.team) }));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(profileBody.safeParse(checked.profile).success).toBe(true);
  });

  it('both refuse one character more', () => {
    const draft = profile({ displayName: han(LEARNER_FIELD_MAX.displayName + 1) });
    expect(validateProfile(draft).ok).toBe(false);
    expect(profileBody.safeParse({ displayName: draft.displayName }).success).toBe(false);
  });
});

describe('the live join form and POST /api/live/rooms/:code/join', () => {
  it.each([han(LIVE_NAME_MAX), emoji(LIVE_NAME_MAX), ' Ana ', 'O\u2019Brien'])('both take %j', (name) => {
    expect(checkName(name)).toBeNull();
    expect(joinRoomBody.safeParse({ name }).success).toBe(true);
  });

  it.each(['', '   ', han(LIVE_NAME_MAX + 1), 'evil\u202Eeman', 'zero\u200Bwidth', 'tab\there'])('both refuse %j', (name) => {
    expect(checkName(name)).not.toBeNull();
    expect(joinRoomBody.safeParse({ name }).success).toBe(false);
  });
});

describe('cohort names', () => {
  it('are counted in characters at the same limit on both sides', () => {
    expect(createCohortBody.safeParse({ name: emoji(COHORT_NAME_MAX) }).success).toBe(true);
    expect(createCohortBody.safeParse({ name: emoji(COHORT_NAME_MAX + 1) }).success).toBe(false);
  });
});

describe('progress events', () => {
  it('every event the server accepts is a ServerEvent, and what the device sends passes', () => {
    expectTypeOf<ProgressEventInput>().toExtend<ServerEvent>();
    const at = Date.UTC(2025, 0, 1);
    const sent = toServerEvent({ id: '0b8e5c1e-6f0e-4b4e-9a57-3f1d2b8c9d10', type: 'slide_seen', at, chapterId: 'kpis', slideId: 'retention', acked: false });
    expect(sent).not.toHaveProperty('acked');
    expect(eventBatchSchema(() => at).safeParse({ events: [sent] }).success).toBe(true);
  });
});
