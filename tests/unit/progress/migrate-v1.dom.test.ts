import { describe, expect, it } from 'vitest';
import v1Fixture from '../../fixtures/progress/progress-v1.json';
import { migrateV1, progressV1Schema } from '../../../src/progress/migrate-v1.ts';
import { progressDataSchema } from '../../../src/progress/progress-schema.ts';

describe('migrateV1', () => {
  it('turns the v1 fixture into an equivalent, valid v2 state', () => {
    const at = v1Fixture.state.savedAt;
    const migrated = migrateV1(progressV1Schema.parse(v1Fixture.state));
    expect(migrated).toEqual({
      profile: { displayName: '李明', employeeId: null, team: null, updatedAt: at },
      chapters: {
        retention: {
          seen: { intro: at, formula: at, cohorts: at },
          attempts: [
            {
              id: 'v1-retention',
              at,
              score: 0.75,
              answers: { 'q-retention-rate': { score: 1 }, 'q-churn': { score: 0.5 } },
              quizIds: ['q-retention-rate', 'q-churn'],
            },
          ],
          completedAt: null,
        },
        funnel: { seen: { intro: at }, attempts: [], completedAt: at },
      },
      lastPosition: { chapterId: 'retention', slideId: 'cohorts', at },
      outbox: [],
    });
    expect(progressDataSchema.safeParse(migrated).success).toBe(true);
  });

  it('migrates the same data identically every time, so two tabs agree', () => {
    const state = progressV1Schema.parse(v1Fixture.state);
    expect(migrateV1(state)).toEqual(migrateV1(state));
  });

  it('keeps a v1 learner without a name or position', () => {
    const migrated = migrateV1({ learnerName: null, chapters: {}, lastSlide: null, savedAt: 1 });
    expect(migrated).toEqual({ profile: null, chapters: {}, lastPosition: null, outbox: [] });
  });
});
