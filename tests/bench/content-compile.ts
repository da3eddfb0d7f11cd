import { readFileSync } from 'node:fs';
import { compileCourse, type SourceFile } from '../../src/content/course.ts';
import { compileContentDir } from '../../src/content/files/read-content.ts';

/** Median wall time of compiling all of content/ (after one warm-up run). */
export function timeContentCompile(runs = 5): { medianMs: number; chapterFiles: number } {
  let chapterFiles = 0;
  compileContentDir('content');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    chapterFiles = compileContentDir('content').chapters.size;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, chapterFiles };
}

/** Compiles `count` copies of a real chapter (renamed, with unique quiz ids) to show linear growth. */
export function timeGeneratedCourse(count: number): number {
  const template = readFileSync('content/zh-CN/03-kpis.md', 'utf8');
  const chapters: SourceFile[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `gen${i}`;
    ids.push(id);
    const text = template.replace(/^id: kpis$/m, `id: ${id}`).replace(/#q-kpis-/g, `#q-${id}-`);
    chapters.push({ path: `content/zh-CN/${String(i + 1).padStart(2, '0')}-${id}.md`, text });
  }
  const course = [
    'id: generated',
    'title: { zh-CN: 生成课程, en: Generated course }',
    'chapters:',
    ...ids.map((id) => `  - { id: ${id}, title: { zh-CN: ${id}, en: ${id} } }`),
  ].join('\n');
  const loadData = (name: string) => {
    try {
      return { path: `content/data/${name}.csv`, text: readFileSync(`content/data/${name}.csv`, 'utf8'), format: 'csv' as const };
    } catch {
      return null;
    }
  };
  const start = performance.now();
  compileCourse({ course: { path: 'content/course.yaml', text: course }, chapters, loadData, enforceChapterRules: false });
  return performance.now() - start;
}
