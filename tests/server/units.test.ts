// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDirectory } from '../../src/server/db/dir-lock.ts';
import { hashPassword, verifyPassword } from '../../src/server/auth/password.ts';
import { normaliseCode } from '../../src/protocol/codes.ts';
import { CODE_ALPHABET, CODE_LENGTH, newEnrollmentCode, newToken, sha256 } from '../../src/server/auth/tokens.ts';
import { csvCell, toCsv } from '../../src/server/reports/csv.ts';
import { isPastDue } from '../../src/server/reports/cells.ts';

describe('passwords', () => {
  it('hashes with scrypt and a random salt, and verifies', async () => {
    const a = await hashPassword('密码 correct horse');
    const b = await hashPassword('密码 correct horse');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('密码 correct horse', a)).toBe(true);
    expect(await verifyPassword('密码 correct horsE', a)).toBe(false);
    expect(await verifyPassword('x', 'not a hash')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1$1$1$AAAA$AAAA')).toBe(false);
  });
});

describe('tokens and codes', () => {
  it('makes 32-byte base64url tokens and hex SHA-256 digests', () => {
    const token = newToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(token);
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('makes enrollment codes from an alphabet without look-alikes', () => {
    const codes = new Set(Array.from({ length: 500 }, newEnrollmentCode));
    expect(codes.size).toBe(500);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
    for (const c of '01OIL5S') expect(CODE_ALPHABET).not.toContain(c);
    expect(normaliseCode(' abcd-efgh ')).toBe('ABCDEFGH');
  });
});

describe('CSV', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('neutralises formula starters', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const csv = toCsv([['姓名', 'team'], ['王芳', null]]);
    expect(csv).toBe('\uFEFF姓名,team\r\n王芳,\r\n');
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('due dates', () => {
  it('counts the whole due day as on time', () => {
    const noon = new Date(2025, 5, 30, 12).getTime();
    expect(isPastDue('2025-06-30', noon)).toBe(false);
    expect(isPastDue('2025-06-29', noon)).toBe(true);
    expect(isPastDue(null, noon)).toBe(false);
  });
});

describe('embedded database lock', () => {
  it('refuses a folder a live process holds and takes over one a dead process left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'courseware-lock-'));
    const lockFile = path.join(dir, 'pglite.lock');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(lockFile, String(holder.pid));
      expect(() => lockDirectory(lockFile)).toThrow(`in use by process ${holder.pid}`);
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.on('exit', resolve));
      const release = lockDirectory(lockFile);
      expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
      release();
      expect(existsSync(lockFile)).toBe(false);
    } finally {
      holder.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
