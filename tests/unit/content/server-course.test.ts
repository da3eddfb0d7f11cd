import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileContentDir } from '../../../src/content/files/read-content.ts';
import { readBuiltCourse, SERVER_COURSE_FILE, serializeCourse } from '../../../src/content/files/server-course.ts';

const dirs: string[] = [];
const tempDist = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'courseware-built-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, path.dirname(SERVER_COURSE_FILE)));
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the course the build writes for the server', () => {
  it('reads back exactly what was compiled', () => {
    const compiled = compileContentDir(path.resolve(import.meta.dirname, '../../../content'));
    const dist = tempDist();
    writeFileSync(path.join(dist, SERVER_COURSE_FILE), serializeCourse(compiled.manifest!, compiled.chapters));
    const built = readBuiltCourse(dist)!;
    expect(built.manifest).toEqual(compiled.manifest);
    expect([...built.chapters.keys()]).toEqual([...compiled.chapters.keys()]);
    expect(built.chapters.get('zh-CN/kpis')).toEqual(compiled.chapters.get('zh-CN/kpis'));
  });

  it('is absent (null) when there is no file, or it is not a course', () => {
    expect(readBuiltCourse(path.join(tmpdir(), 'no-such-dist'))).toBeNull();
    const dist = tempDist();
    writeFileSync(path.join(dist, SERVER_COURSE_FILE), '{"manifest": truncated');
    expect(readBuiltCourse(dist)).toBeNull();
    writeFileSync(path.join(dist, SERVER_COURSE_FILE), '{"something":"else"}');
    expect(readBuiltCourse(dist)).toBeNull();
  });
});
