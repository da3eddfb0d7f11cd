/**
 * Server benchmarks (a script, not a test): `node --import tsx tests/bench/server-ingest.ts`
 *
 * 1. Ingest: BENCH_LEARNERS (200) simulated learners connect and post one batch each (not
 *    measured: the server compiles its validators and database function on first use), then
 *    post event batches to a real server process on 127.0.0.1 for BENCH_SECONDS (30), together
 *    offering BENCH_RATE (1,100) events/s; prints events/s, requests/s, p50/p99 latency (and the
 *    server's own time) and errors against the target, then the ceiling when every learner posts
 *    back to back for BENCH_SATURATION_SECONDS (10). Meanwhile one client asks `/api/health` and
 *    another fetches a static file, one request at a time: their p99 shows whether the server
 *    stays responsive while the database works.
 * 2. Reports: a cohort of BENCH_MATRIX_LEARNERS (10,000) learners × every chapter, seeded
 *    directly in the database; prints the server time of the matrix and the CSV export.
 *
 * Uses a throw-away embedded database in a temp folder, or a fresh schema (dropped afterwards)
 * in BENCH_DATABASE_URL when that is set. The embedded database syncs every acknowledged write to
 * disk; its saturation phase runs once more on a server started with DATA_SYNC=off, to show what
 * the syncs cost. Only loopback addresses; every loop ends by itself.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { newToken, sha256 } from '../../src/server/auth/tokens.ts';
import { drawTest } from '../../src/quiz/test-draw.ts';
import { loadCourse } from '../../src/server/course-loader.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPglite } from '../../src/server/db/pglite.ts';
import { openPostgres } from '../../src/server/db/postgres.ts';
import type { Database } from '../../src/server/db/types.ts';
import { createManager } from '../../src/server/people/managers.ts';
import { startServer, ROOT, type RunningServer } from '../server/helpers/server-process.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
/**
 * Events per second the learners offer together in the sustained phase: 10 % above the target,
 * so that the ramp at the start cannot hide a shortfall.
 */
const RATE = Number(process.env.BENCH_RATE ?? 1_100);
/** Seconds of back-to-back posting afterwards, to show the ceiling; 0 skips it. */
const SATURATION_SECONDS = Number(process.env.BENCH_SATURATION_SECONDS ?? 10);
const TARGET_RATE = 1_000;
const TARGET_P99_MS = 100;
/** The page the dashboard opens with (50 learners); its median server time is held to TARGET_MATRIX_MS. */
const MATRIX_TARGET_CASE = 'matrix, dashboard page (50) by name';
const TARGET_MATRIX_MS = 250;
/** `/api/health` while ingest is saturated: the server must keep answering. */
const TARGET_HEALTH_P99_MS = 50;
/** A static file of the size of a page's script, fetched while ingest runs. */
const STATIC_FILE = '/assets/bench-static.js';
/** Pause between two probe requests (each probe has one request in flight at a time). */
const PROBE_INTERVAL_MS = 20;
/** Events per batch: what an outbox holds after a few slides, up to a finished quiz. */
const BATCH_MIN = 5;
const BATCH_MAX = 15;
const MATRIX_LEARNERS = Number(process.env.BENCH_MATRIX_LEARNERS ?? 10_000);
const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL || undefined;
const PASSWORD = 'benchmark password';
/** Upper bound on requests per simulated learner, whatever the duration. */
const MAX_REQUESTS_PER_LEARNER = 100_000;

const compiled = loadCourse(path.join(ROOT, 'content'));
const manifest = compiled.manifest;
const chapters = manifest.chapters.filter((c) => c.slideIds.length > 0);
const banks = new Map(chapters.map((c) => [c.id, compiled.chapters.get(`zh-CN/${c.id}`)?.test ?? []]));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function serverTime(res: Response): number {
  const match = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
  return match ? Number(match[1]) : Number.NaN;
}

interface Setup {
  env: Record<string, string>;
  cleanup: () => Promise<void>;
  open: () => Promise<Database>;
}

async function prepareDatabase(): Promise<Setup> {
  const dist = mkdtempSync(path.join(tmpdir(), 'courseware-bench-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  writeFileSync(path.join(dist, STATIC_FILE), `export const filler = ${JSON.stringify(randomBytes(96 * 1024).toString('base64'))};\n`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'courseware-bench-data-'));
  const removeDirs = () => {
    rmSync(dist, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (BENCH_DATABASE_URL === undefined) {
    return {
      env: { DATA_DIR: dataDir, DIST_DIR: dist, DATABASE_URL: '' },
      open: () => openPglite(path.join(dataDir, 'pglite')),
      cleanup: async () => removeDirs(),
    };
  }
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(BENCH_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: url.toString(), DIST_DIR: dist, DATA_DIR: dataDir },
    open: () => openPostgres(BENCH_DATABASE_URL, { schema }),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
      removeDirs();
    },
  };
}

async function seed(db: Database): Promise<{ ingestTokens: string[]; reportCohortId: string }> {
  await migrate(db);
  const manager = await createManager(db, { email: 'bench@example.com', name: 'Bench', password: PASSWORD });
  const ingestCohort = randomUUID();
  const reportCohortId = randomUUID();
  await db.query(
    `INSERT INTO cohorts (id, manager_id, name, enrollment_code) VALUES ($1, $3, 'Ingest', 'BENCH222'), ($2, $3, 'Reports', 'BENCH333')`,
    [ingestCohort, reportCohortId, manager.id],
  );
  const ingestTokens = Array.from({ length: LEARNERS }, newToken);
  await db.query(
    `INSERT INTO learners (id, cohort_id, display_name, token_hash)
     SELECT gen_random_uuid(), $1, 'Learner ' || l.n, l.token_hash
       FROM jsonb_to_recordset($2::jsonb) AS l(n int, token_hash text)`,
    [ingestCohort, JSON.stringify(ingestTokens.map((token, n) => ({ n, token_hash: sha256(token) })))],
  );
  const started = performance.now();
  const now = Date.now();
  await db.query(
    `INSERT INTO learners (id, cohort_id, display_name, employee_id, team, token_hash, last_activity_at)
     SELECT gen_random_uuid(), $1::uuid, '学员' || g, 'E' || lpad(g::text, 6, '0'), 'Team ' || (g % 25),
            'seed-' || $1::text || '-' || g, CASE WHEN g % 10 = 0 THEN NULL ELSE $2::bigint - g * 1000 END
       FROM generate_series(1, $3::int) AS g`,
    [reportCohortId, now, MATRIX_LEARNERS],
  );
  await db.query(
    `INSERT INTO chapter_progress (learner_id, chapter_id, slides_seen, best_score, attempts, completed_at, last_activity_at)
     SELECT l.id, c.id, s.seen,
            CASE WHEN s.seen > 0 THEN round(random()::numeric, 2)::float8 END,
            CASE WHEN s.seen > 0 THEN (random() * 3)::int ELSE 0 END,
            CASE WHEN s.seen = c.slides THEN l.last_activity_at END,
            l.last_activity_at
       FROM learners l
      CROSS JOIN jsonb_to_recordset($2::jsonb) AS c(id text, slides int)
      CROSS JOIN LATERAL (SELECT least(c.slides, floor(random() * (c.slides + 4))::int) AS seen) s
      WHERE l.cohort_id = $1 AND l.last_activity_at IS NOT NULL`,
    [reportCohortId, JSON.stringify(chapters.map((c) => ({ id: c.id, slides: c.slideIds.length })))],
  );
  // What ingest keeps beside the chapter rows it writes: each learner's totals.
  await db.query(
    `UPDATE learners l SET slides_seen = t.seen, completed_chapters = t.done
       FROM (SELECT learner_id, sum(slides_seen)::int AS seen, count(completed_at)::int AS done FROM chapter_progress GROUP BY learner_id) t
      WHERE l.id = t.learner_id AND l.cohort_id = $1`,
    [reportCohortId],
  );
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM chapter_progress');
  console.log(`seeded ${MATRIX_LEARNERS} report learners and ${rows.rows[0]!.n} chapter rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ingestTokens, reportCohortId };
}

/** One learner's course: slides in order, then test attempts the server grades (a drawn test, one choice each); every event new. */
function* learnerEvents(): Generator<Record<string, unknown>> {
  let at = Date.now() - 86_400_000;
  for (const chapter of chapters) {
    for (const slideId of chapter.slideIds) yield { id: randomUUID(), type: 'slide_seen', at: at++, chapterId: chapter.id, slideId };
    yield { id: randomUUID(), type: 'chapter_completed', at: at++, chapterId: chapter.id };
  }
  for (;;) {
    const chapter = chapters[Math.floor(Math.random() * chapters.length)]!;
    const seed = Math.floor(Math.random() * 0x1_0000_0000);
    const drawn = drawTest(banks.get(chapter.id) ?? [], seed, chapter.testSize);
    const answers = Object.fromEntries(drawn.map((quizId) => [quizId, { kind: 'single', optionId: 'a' }]));
    yield { id: randomUUID(), type: 'quiz_submitted', at: at++, chapterId: chapter.id, attemptId: randomUUID(), score: Math.random(), answers, seed };
  }
}

interface PhaseResult {
  events: number;
  latencies: number[];
  /** The server's own time per request (Server-Timing): latency less the network and the wait to be read. */
  serverTimes: number[];
  errors: number;
  firstErrors: string[];
  elapsedSeconds: number;
  /** Latencies of `/api/health` (and its server time) and of the static file during the phase. */
  health: number[];
  healthServer: number[];
  staticFile: number[];
}

/**
 * The probes run in a thread of their own: the simulated learners keep this thread's event loop
 * busy, which would add its delays to the latencies measured. Each probe asks for its url one
 * request at a time (a short pause between) until told to stop, then reports every latency.
 */
const PROBE_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, urls, pauseMs } = workerData;
let running = true;
parentPort.once('message', () => { running = false; });
const latencies = urls.map(() => []);
const serverTimes = urls.map(() => []);
const errors = [];
async function probe(url, into, server) {
  while (running) {
    const started = performance.now();
    try {
      const res = await fetch(base + url);
      await res.arrayBuffer();
      const timing = /dur=([\\d.]+)/.exec(res.headers.get('server-timing') ?? '');
      if (timing) server.push(Number(timing[1]));
      if (res.status !== 200 && errors.length < 3) errors.push(url + ': ' + res.status);
    } catch (error) {
      if (errors.length < 3) errors.push(url + ': ' + error);
    }
    into.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}
Promise.all(urls.map((url, i) => probe(url, latencies[i], serverTimes[i]))).then(() => parentPort.postMessage({ latencies, serverTimes, errors }));
`;

interface ProbeResult {
  /** Per url: each request's latency, and the server's own time (Server-Timing) where it says. */
  latencies: number[][];
  serverTimes: number[][];
  errors: string[];
}

/** Starts the probes of `urls`; the returned function stops them and resolves with their latencies. */
function startProbes(server: RunningServer, urls: string[]): () => Promise<ProbeResult> {
  const thread = new Worker(PROBE_THREAD, { eval: true, workerData: { base: server.url, urls, pauseMs: PROBE_INTERVAL_MS } });
  const done = new Promise<ProbeResult>((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
  return async () => {
    thread.postMessage('stop');
    const result = await done;
    await thread.terminate();
    return result;
  };
}

/**
 * Posts one learner's batches until `deadline`. With `intervalMs` the learner is open-loop: it
 * means to send every `intervalMs` and latency counts from the moment it meant to send, so a
 * slow server cannot hide its queue by slowing the senders down (coordinated omission). Like the
 * real outbox, a learner never has two batches in flight. Without `intervalMs` it sends the next
 * batch as soon as the last one is answered (saturation).
 */
async function postBatches(server: RunningServer, token: string, deadline: number, result: PhaseResult, intervalMs?: number): Promise<void> {
  const source = learnerEvents();
  let scheduled = performance.now() + (intervalMs === undefined ? 0 : Math.random() * intervalMs);
  for (let i = 0; i < MAX_REQUESTS_PER_LEARNER; i++) {
    if (intervalMs !== undefined) {
      if (scheduled >= deadline) return;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    } else if (performance.now() >= deadline) return;
    const size = BATCH_MIN + Math.floor(Math.random() * (BATCH_MAX - BATCH_MIN + 1));
    const batch = Array.from({ length: size }, () => source.next().value!);
    const started = intervalMs === undefined ? performance.now() : scheduled;
    try {
      const res = await fetch(`${server.url}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ events: batch }),
      });
      const body = await res.text();
      result.latencies.push(performance.now() - started);
      result.serverTimes.push(serverTime(res));
      if (res.status === 200) result.events += size;
      else {
        result.errors++;
        if (result.firstErrors.length < 3) result.firstErrors.push(`${res.status} ${body.slice(0, 200)}`);
      }
    } catch (error) {
      result.errors++;
      if (result.firstErrors.length < 3) result.firstErrors.push(String(error));
    }
    if (intervalMs !== undefined) scheduled += intervalMs;
  }
}

async function runPhase(server: RunningServer, tokens: string[], seconds: number, intervalMs?: number): Promise<PhaseResult> {
  const result: PhaseResult = { events: 0, latencies: [], serverTimes: [], errors: 0, firstErrors: [], elapsedSeconds: 0, health: [], healthServer: [], staticFile: [] };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const stopProbes = startProbes(server, ['/api/health', STATIC_FILE]);
  await Promise.all(tokens.map((token) => postBatches(server, token, deadline, result, intervalMs)));
  const probed = await stopProbes();
  [result.health, result.staticFile] = probed.latencies as [number[], number[]];
  result.healthServer = probed.serverTimes[0]!;
  result.firstErrors.push(...probed.errors);
  result.elapsedSeconds = (performance.now() - started) / 1000;
  for (const list of [result.latencies, result.serverTimes, result.health, result.healthServer, result.staticFile]) list.sort((a, b) => a - b);
  return result;
}

function report(title: string, result: PhaseResult): string {
  const { latencies } = result;
  return [
    `${title}: ${result.events} events in ${latencies.length} requests over ${result.elapsedSeconds.toFixed(1)} s`,
    `  events/s   ${(result.events / result.elapsedSeconds).toFixed(0)}`,
    `  requests/s ${(latencies.length / result.elapsedSeconds).toFixed(0)}`,
    `  latency    p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${percentile(latencies, 100).toFixed(1)} ms`,
    `  server     p50 ${percentile(result.serverTimes, 50).toFixed(1)} ms, p99 ${percentile(result.serverTimes, 99).toFixed(1)} ms (from reading the request to sending the answer)`,
    `  errors     ${result.errors}${result.firstErrors.length ? ` (${result.firstErrors.join(' | ')})` : ''}`,
    `  health     p50 ${percentile(result.health, 50).toFixed(1)} ms, p99 ${percentile(result.health, 99).toFixed(1)} ms, max ${percentile(result.health, 100).toFixed(1)} ms (${result.health.length} requests; server p99 ${percentile(result.healthServer, 99).toFixed(1)} ms)`,
    `  static     p50 ${percentile(result.staticFile, 50).toFixed(1)} ms, p99 ${percentile(result.staticFile, 99).toFixed(1)} ms, max ${percentile(result.staticFile, 100).toFixed(1)} ms (${result.staticFile.length} requests of ${STATIC_FILE})`,
  ].join('\n');
}

/** Every learner connects and posts one batch, unmeasured. */
async function warmUp(server: RunningServer, tokens: string[]): Promise<void> {
  // Every learner connects first: under full load Node accepts new connections late, which
  // would measure connection set-up rather than ingest.
  await Promise.all(
    tokens.map((token) => fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${token}` } }).then((res) => res.text())),
  );
  // And each posts one batch, unmeasured: the first ones compile the validators and the database
  // function and warm the engine, which a server does once, not for every learner.
  await Promise.all(
    tokens.map(async (token) => {
      const source = learnerEvents();
      const res = await fetch(`${server.url}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ events: Array.from({ length: BATCH_MIN }, () => source.next().value!) }),
      });
      if (res.status !== 200) throw new Error(`warm-up batch: ${res.status} ${await res.text()}`);
    }),
  );
}

/** Every learner posting back to back; prints the ceiling and how `/api/health` fared meanwhile. */
async function benchSaturation(server: RunningServer, tokens: string[], title: string): Promise<void> {
  console.log(`${title}: every learner posting back to back for ${SATURATION_SECONDS} s …`);
  const result = await runPhase(server, tokens, SATURATION_SECONDS);
  console.log(report(title, result));
  const p99 = percentile(result.health, 99);
  console.log(`  target     /api/health p99 < ${TARGET_HEALTH_P99_MS} ms while saturated: ${p99 < TARGET_HEALTH_P99_MS ? 'PASS' : 'FAIL'}`);
}

async function benchIngest(server: RunningServer, tokens: string[]): Promise<void> {
  const warm = performance.now();
  await warmUp(server, tokens);
  const meanBatch = (BATCH_MIN + BATCH_MAX) / 2;
  const intervalMs = (tokens.length * meanBatch * 1000) / RATE;
  console.log(
    `ingest: ${tokens.length} learners connected and sent a first batch in ${((performance.now() - warm) / 1000).toFixed(1)} s; ` +
      `each posts ${BATCH_MIN}–${BATCH_MAX} events every ${(intervalMs / 1000).toFixed(2)} s (${RATE} events/s offered) for ${SECONDS} s …`,
  );
  const sustained = await runPhase(server, tokens, SECONDS, intervalMs);
  const rate = sustained.events / sustained.elapsedSeconds;
  const p99 = percentile(sustained.latencies, 99);
  console.log(report('ingest, sustained', sustained));
  const pass = rate >= TARGET_RATE && p99 < TARGET_P99_MS && sustained.errors === 0;
  console.log(`  target     ≥ ${TARGET_RATE} events/s, p99 < ${TARGET_P99_MS} ms, 0 errors: ${pass ? 'PASS' : 'FAIL'}`);
  if (SATURATION_SECONDS > 0) await benchSaturation(server, tokens, 'ingest, saturation');
}

/** The embedded database without syncing to disk (DATA_SYNC=off): the saturation phase again, on a fresh server process. */
async function benchWithoutSync(env: Record<string, string>, tokens: string[]): Promise<void> {
  const server = await startServer({ ...env, DATA_SYNC: 'off' }, 180_000);
  try {
    await warmUp(server, tokens);
    await benchSaturation(server, tokens, 'ingest, saturation, DATA_SYNC=off (acknowledged writes not synced to disk)');
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

async function benchReports(server: RunningServer, cohortId: string): Promise<void> {
  const login = await fetch(`${server.url}/api/manager/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@example.com', password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const cases = [
    [MATRIX_TARGET_CASE, `/api/manager/cohorts/${cohortId}/matrix?limit=50`],
    ['matrix, by progress desc, page 20', `/api/manager/cohorts/${cohortId}/matrix?sort=progress&order=desc&offset=950&limit=50`],
    ['matrix, first 1000 by name', `/api/manager/cohorts/${cohortId}/matrix`],
    ['matrix, by progress desc, page 5', `/api/manager/cohorts/${cohortId}/matrix?sort=progress&order=desc&offset=5000&limit=1000`],
    ['matrix, overdue filter + search', `/api/manager/cohorts/${cohortId}/matrix?status=in_progress&team=Team%207&q=99`],
    ['matrix, all 10000 rows', `/api/manager/cohorts/${cohortId}/matrix?limit=10000`],
    ['CSV export, all rows', `/api/manager/cohorts/${cohortId}/export.csv`],
  ] as const;
  let medianFirstPage = Number.NaN;
  console.log(`reports: cohort of ${MATRIX_LEARNERS} learners × ${chapters.length} chapters (5 runs each, server time)`);
  for (const [name, url] of cases) {
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 5; run++) {
      const res = await fetch(`${server.url}${url}`, { headers: { cookie } });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
      bytes = body.byteLength;
      times.push(serverTime(res));
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(36)} median ${times[2]!.toFixed(0).padStart(5)} ms, min ${times[0]!.toFixed(0).padStart(5)} ms, ${(bytes / 1024).toFixed(0)} KiB`);
    if (name === MATRIX_TARGET_CASE) medianFirstPage = times[2]!;
  }
  console.log(`  target     first page of the matrix < ${TARGET_MATRIX_MS} ms: ${medianFirstPage < TARGET_MATRIX_MS ? 'PASS' : 'FAIL'}`);
}

async function main(): Promise<void> {
  const setup = await prepareDatabase();
  let server: RunningServer | null = null;
  try {
    const db = await setup.open();
    let seeded: Awaited<ReturnType<typeof seed>>;
    try {
      seeded = await seed(db);
    } finally {
      await db.close();
    }
    server = await startServer(setup.env, 180_000);
    console.log(`server: ${server.url} (${BENCH_DATABASE_URL === undefined ? 'pglite' : 'postgres'})`);
    await benchIngest(server, seeded.ingestTokens);
    await benchReports(server, seeded.reportCohortId);
    if (BENCH_DATABASE_URL === undefined && SATURATION_SECONDS > 0) {
      server.child.kill('SIGTERM');
      await server.exited;
      await benchWithoutSync(setup.env, seeded.ingestTokens);
    }
  } finally {
    if (server !== null && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await setup.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
