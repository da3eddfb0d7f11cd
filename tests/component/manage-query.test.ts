import { describe, expect, it } from 'vitest';
import { chapterStats } from '../../src/features/manage/chapter-stats.ts';
import { matrixParams } from '../../src/features/manage/manager-api.ts';
import { nextSort, parseMatrixQuery, queryParams } from '../../src/features/manage/use-matrix-query.ts';
import { cells, hanMei, learner, liLei, matrix } from './manage-fixtures.ts';

describe('matrix query in the address', () => {
  it('reads what it knows and falls back for the rest', () => {
    expect(parseMatrixQuery(new URLSearchParams('sort=progress&order=desc&status=overdue&team=Sales&q=li&page=3'))).toEqual({
      sort: 'progress',
      order: 'desc',
      status: 'overdue',
      team: 'Sales',
      q: 'li',
      page: 3,
    });
    expect(parseMatrixQuery(new URLSearchParams('sort=drop%20table&status=gone&page=-2'))).toEqual({
      sort: 'name',
      order: 'asc',
      status: null,
      team: null,
      q: '',
      page: 1,
    });
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    const query = parseMatrixQuery(new URLSearchParams('team=Ops&page=2'));
    expect(queryParams(query).toString()).toBe('team=Ops&page=2');
    expect(parseMatrixQuery(queryParams(query))).toEqual(query);
  });

  it('flips the order on the same column and starts progress and activity with the most', () => {
    const query = parseMatrixQuery(new URLSearchParams());
    expect(nextSort(query, 'name')).toEqual({ sort: 'name', order: 'desc' });
    expect(nextSort(query, 'team')).toEqual({ sort: 'team', order: 'asc' });
    expect(nextSort(query, 'progress')).toEqual({ sort: 'progress', order: 'desc' });
    expect(nextSort(query, 'lastActive')).toEqual({ sort: 'lastActive', order: 'desc' });
  });

  it('asks the server for one page at a time', () => {
    const params = matrixParams(parseMatrixQuery(new URLSearchParams('page=3&q=%20wang%20')));
    expect(Object.fromEntries(params)).toEqual({ q: 'wang', sort: 'name', order: 'asc', limit: '50', offset: '100' });
  });
});

describe('chapterStats', () => {
  it('gives each chapter’s completion share and the mean best score of those who took its test', () => {
    const third = learner('l3', 'Third', { chapters: cells(1, 0.5) });
    const stats = chapterStats(matrix().chapters, [liLei, hanMei, third]);
    expect(stats[0]?.completedPercent).toBeCloseTo(200 / 3);
    expect(stats[0]?.averageBestScore).toBeCloseTo((0.85 + 0.5) / 2);
    expect(stats[1]).toMatchObject({ averageBestScore: 0.85 });
    expect(stats[1]?.completedPercent).toBeCloseTo(100 / 3);
    expect(stats[2]).toMatchObject({ completedPercent: 0, averageBestScore: null });
    expect(chapterStats(matrix().chapters, [])[0]).toMatchObject({ completedPercent: 0, averageBestScore: null });
  });
});
