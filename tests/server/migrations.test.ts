// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_DIR, readMigrations } from '../../src/server/db/migrate.ts';
import { ACTIVE_VARIANTS } from './helpers/databases.ts';

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function migrationsPlus(extra: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'courseware-migrations-'));
  tempDirs.push(dir);
  for (const m of readMigrations()) copyFileSync(path.join(MIGRATIONS_DIR, m.name), path.join(dir, m.name));
  for (const [name, sql] of Object.entries(extra)) writeFileSync(path.join(dir, name), sql);
  return dir;
}

describe.each(ACTIVE_VARIANTS)('migrations [$name]', (variant) => {
  it('applies every file once, in order, and is idempotent', async () => {
    const db = await variant.create();
    try {
      const first = await migrate(db);
      expect(first).toEqual(readMigrations().map((m) => m.name));
      expect(first[0]).toBe('001_init.sql');
      expect(await migrate(db)).toEqual([]);
      expect(await migrate(db)).toEqual([]);
      const { rows } = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
    } finally {
      await db.close();
    }
  });

  it('applies only new files later, and a failing file changes nothing', async () => {
    const db = await variant.create();
    try {
      await migrate(db);
      const good = migrationsPlus({ '900_extra.sql': 'CREATE TABLE extra_one (id int);\nCREATE TABLE extra_two (id int);' });
      expect(await migrate(db, good)).toEqual(['900_extra.sql']);
      expect(await migrate(db, good)).toEqual([]);
      const bad = migrationsPlus({
        '900_extra.sql': 'CREATE TABLE extra_one (id int);\nCREATE TABLE extra_two (id int);',
        '901_ok.sql': 'CREATE TABLE extra_three (id int);',
        '902_broken.sql': 'CREATE TABLE broken (;',
      });
      await expect(migrate(db, bad)).rejects.toThrow();
      const tables = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'extra_three'");
      expect(tables.rows[0]!.n).toBe(0);
      const versions = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.rows.map((r) => r.version)).toEqual([...readMigrations().map((m) => m.version), '900']);
    } finally {
      await db.close();
    }
  });

  it('gives learners who studied before 002 their totals, and stops believing claimed scores at 003', async () => {
    const db = await variant.create();
    try {
      const onlyFirst = mkdtempSync(path.join(tmpdir(), 'courseware-migrations-'));
      tempDirs.push(onlyFirst);
      copyFileSync(path.join(MIGRATIONS_DIR, '001_init.sql'), path.join(onlyFirst, '001_init.sql'));
      await migrate(db, onlyFirst);
      await db.exec(`
        INSERT INTO managers (id, email, name, password_hash) VALUES ('00000000-0000-4000-8000-000000000001', 'm@example.com', 'M', 'x');
        INSERT INTO cohorts (id, manager_id, name, enrollment_code)
          VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'C', 'CODE2345');
        INSERT INTO learners (id, cohort_id, display_name, token_hash) VALUES
          ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', 'Studied', 'a'),
          ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000002', 'New', 'b');
        INSERT INTO chapter_progress (learner_id, chapter_id, slides_seen, attempts, completed_at, last_activity_at) VALUES
          ('00000000-0000-4000-8000-000000000003', 'overview', 16, 1, 1700000000000, 1700000000000),
          ('00000000-0000-4000-8000-000000000003', 'roles', 4, 0, NULL, 1700000001000);
      `);
      copyFileSync(path.join(MIGRATIONS_DIR, '002_learner_totals.sql'), path.join(onlyFirst, '002_learner_totals.sql'));
      expect(await migrate(db, onlyFirst)).toEqual(['002_learner_totals.sql']);
      const totals = () =>
        db.query<{ display_name: string; slides_seen: number; completed_chapters: number }>(
          'SELECT display_name, slides_seen, completed_chapters FROM learners ORDER BY display_name',
        );
      expect((await totals()).rows).toEqual([
        { display_name: 'New', slides_seen: 0, completed_chapters: 0 },
        { display_name: 'Studied', slides_seen: 20, completed_chapters: 1 },
      ]);
      // 003: scores the device reported are kept as claims, and completions resting on them are withdrawn.
      await db.exec(`
        INSERT INTO progress_events (id, learner_id, type, at, chapter_id, attempt_id, score)
          VALUES ('00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000003', 'quiz_submitted', 1700000000000, 'overview', 'a1', 1);
      `);
      expect(await migrate(db)).toContain('003_server_grading.sql');
      expect((await totals()).rows).toEqual([
        { display_name: 'New', slides_seen: 0, completed_chapters: 0 },
        { display_name: 'Studied', slides_seen: 20, completed_chapters: 0 },
      ]);
      const attempt = await db.query('SELECT score, claimed_score, verdict FROM progress_events');
      expect(attempt.rows).toEqual([{ score: null, claimed_score: 1, verdict: 'unverified' }]);
    } finally {
      await db.close();
    }
  });

  it('ignores files that are not numbered migrations', () => {
    const dir = migrationsPlus({ 'README.md': '# notes', '5_bad_name.sql': 'SELECT 1;' });
    expect(readMigrations(dir).map((m) => m.name)).toEqual(readMigrations().map((m) => m.name));
  });
});
