import { describe, expect, it } from 'vitest';
import type { ChapterRecord } from '../../../../src/progress/progress-schema.ts';
import { dailyActivity } from '../../../../src/features/progress/activity.ts';

const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();

function record(seen: number[], attempts: number[] = []): ChapterRecord {
  return {
    seen: Object.fromEntries(seen.map((time, i) => [`s${i}`, time])),
    attempts: attempts.map((time, i) => ({ id: `a${i}`, at: time, score: 1, answers: {}, quizIds: [], seed: 1 })),
    completedAt: null,
  };
}

describe('dailyActivity', () => {
  it('is empty when nothing was recorded', () => {
    expect(dailyActivity({})).toEqual([]);
    expect(dailyActivity({ kpis: record([]) })).toEqual([]);
  });

  it('counts first-seen slides and quiz attempts per local day, idle days included', () => {
    const days = dailyActivity({
      kpis: record([at(20, 9), at(20, 23), at(22)], [at(22, 11)]),
      crm: record([at(22, 0)], [at(22, 12), at(22, 13)]),
    });
    expect(days.map(({ day, slides, quizzes }) => [day, slides, quizzes])).toEqual([
      ['2026-11-20', 2, 0],
      ['2026-11-21', 0, 0],
      ['2026-11-22', 2, 3],
    ]);
    expect(days[0]?.start).toBe(new Date(2026, 10, 20).getTime());
  });

  it('covers only the last days up to the latest activity', () => {
    const days = dailyActivity({ kpis: record([at(1), at(10), at(12)]) }, 5);
    expect(days.map((d) => d.day)).toEqual(['2026-11-08', '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12']);
    expect(days.map((d) => d.slides)).toEqual([0, 0, 1, 0, 1]);
  });
});
