import { scorePercent } from '../../protocol/scores.ts';
import type { Matrix } from './matrix.ts';
import { timeFormatter, toCsv, type CsvValue } from './csv.ts';

type Locale = 'zh-CN' | 'en';

const HEADERS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    name: '姓名',
    employeeId: '工号',
    team: '团队',
    status: '状态',
    overdue: '逾期',
    completed: '已完成章节',
    progress: '总进度 (%)',
    lastActive: '最近学习',
    joined: '加入时间',
    seen: '已读 (%)',
    best: '最高分 (%)',
    attempts: '测验次数',
    completedAt: '完成时间',
    yes: '是',
    no: '否',
    not_started: '未开始',
    in_progress: '学习中',
    completed_status: '已完成',
  },
  en: {
    name: 'Name',
    employeeId: 'Employee ID',
    team: 'Team',
    status: 'Status',
    overdue: 'Overdue',
    completed: 'Chapters completed',
    progress: 'Progress (%)',
    lastActive: 'Last active',
    joined: 'Joined',
    seen: 'seen (%)',
    best: 'best score (%)',
    attempts: 'attempts',
    completedAt: 'completed',
    yes: 'yes',
    no: 'no',
    not_started: 'not started',
    in_progress: 'in progress',
    completed_status: 'completed',
  },
};

/** One row per learner, one group of columns per chapter, headers in the manager's language. */
export function matrixCsv(matrix: Matrix, locale: Locale, timeZone: string): string {
  const h = HEADERS[locale];
  const formatTime = timeFormatter(timeZone);
  const header: CsvValue[] = [h.name!, h.employeeId!, h.team!, h.status!, h.overdue!, h.completed!, h.progress!, h.lastActive!, h.joined!];
  for (const chapter of matrix.chapters) {
    const title = `${chapter.order}. ${chapter.title[locale]}`;
    header.push(`${title} ${h.seen}`, `${title} ${h.best}`, `${title} ${h.attempts}`, `${title} ${h.completedAt}`);
  }
  const rows: CsvValue[][] = matrix.learners.map((learner) => {
    const row: CsvValue[] = [
      learner.displayName,
      learner.employeeId,
      learner.team,
      h[learner.status === 'completed' ? 'completed_status' : learner.status] ?? learner.status,
      learner.overdue ? h.yes! : h.no!,
      learner.completedChapters,
      learner.progressPercent,
      formatTime(learner.lastActivityAt),
      formatTime(learner.joinedAt),
    ];
    for (const cell of learner.chapters) {
      row.push(
        cell.seenPercent,
        cell.bestScore === null ? null : scorePercent(cell.bestScore),
        cell.attempts,
        formatTime(cell.completedAt),
      );
    }
    return row;
  });
  return toCsv([header, ...rows]);
}
