// The academy benchmark (issue 13), run by `npm run bench`: seeds a realistic academy in its own
// database (tests/perf/seed.ts), runs the API in production mode as its own process, and per
// scenario (tests/perf/scenarios.ts) measures requests per second and p50/p99 at 50 connections
// through the real API with a session cookie and, in the same run, the raw `pg` driver replaying
// the SQL statements one such request executes, at the same concurrency and pool size. Also
// counts the statements per request at a tenth of the size (they must not change) and measures
// the portal's initial JavaScript. Prints one table and writes tests/perf/RESULTS.md.
//   BENCH_SCALE=0.1 BENCH_SECONDS=2 npm run bench -- academy     a quick run while developing
import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { runMigrations } from '@imh/database';
import { hashPassword } from '@imh/identity';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { prepareAcademy, type Sessions } from '../perf/academy';
import { loadApi, loadRaw, StatementRecorder, post, type Measured, type Statement } from '../perf/load';
import { SCENARIOS, type Scenario, type ScenarioContext } from '../perf/scenarios';
import { academySize, aVerificationCode, seedAcademy } from '../perf/seed';

const ROOT = resolve(__dirname, '../..');
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
/** The API's pool (libs/database data-source-options `extra.max`); the raw side gets the same. */
const POOL_SIZE = 10;
const PORT = Number(process.env.BENCH_API_PORT ?? 3970);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TARGET_RATIO = 0.7;
const TARGET_P99 = 1.5;

function apiEnv(databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    COOKIE_SECURE: 'true',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: `bench_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`,
    LOG_LEVEL: 'warn',
    // The visitor scenario sends a forwarded address per request: many visitors, not one
    // address hitting the verification rate limit.
    TRUST_PROXY_HOPS: '1',
    PORTAL_URL: 'http://portal.bench.test',
    FILE_STORAGE_DIR: join(ROOT, 'tmp', 'bench-files'),
  };
}

const visitorAddress = () => ({ 'x-forwarded-for': `10.${rnd()}.${rnd()}.${rnd()}` });
const rnd = () => Math.floor(Math.random() * 254) + 1;

function body(scenario: Scenario, ctx: ScenarioContext): string {
  return JSON.stringify({ query: scenario.query, variables: scenario.variables?.(ctx) ?? {} });
}

const BASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin(sql: string) {
  const client = new Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of the bench's own (imh_bench_…), dropped after the run, also when it fails. */
async function benchDatabase(): Promise<BenchDatabase> {
  const name = `imh_bench_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  const drop = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  created.push(drop);
  await runMigrations(url.toString());
  return { url: url.toString(), drop };
}
const created: (() => Promise<void>)[] = [];

interface Academy {
  db: BenchDatabase;
  sessions: Sessions;
  ctx: ScenarioContext;
  /** The statements one request of each scenario executes (its second run, caches warm). */
  statements: Map<string, Statement[]>;
}

/** A fresh database at `scale`, seeded, prepared and its statements captured in-process. */
async function academy(scale: number, passwordHash: string): Promise<Academy> {
  const size = academySize(scale);
  const started = Date.now();
  const db = await benchDatabase();
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    await seedAcademy(client, size, passwordHash);
  } finally {
    await client.end();
  }
  console.log(`[bench] seeded scale ${scale} in ${((Date.now() - started) / 1000).toFixed(1)} s `);

  const env = apiEnv(db.url);
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const app = await createApiApp();
  process.env = saved;
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const port = Number(new URL(url).port);
  const recorder = new StatementRecorder(app.get<DataSource>(getDataSourceToken()));
  try {
    const sessions = await prepareAcademy(url, size.confidentialThreads);
    const codeClient = new Client({ connectionString: db.url });
    await codeClient.connect();
    const ctx: ScenarioContext = { verificationCode: await aVerificationCode(codeClient) };
    await codeClient.end();
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: false });
    const statements = new Map<string, Statement[]>();
    for (const scenario of SCENARIOS) {
      const target = { port, body: body(scenario, ctx), cookie: sessions[scenario.persona], headers: visitorAddress };
      if (!(await post(agent, target))) throw new Error(`Scenario "${scenario.name}" failed at scale ${scale}`);
      statements.set(
        scenario.name,
        await recorder.record(async () => {
          if (!(await post(agent, target))) throw new Error(`Scenario "${scenario.name}" failed`);
        }),
      );
    }
    return { db, sessions, ctx, statements };
  } finally {
    await app.close();
  }
}

function startApi(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...apiEnv(databaseUrl), PORT: String(PORT) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolveStarted, reject) => {
    const deadline = Date.now() + 120_000;
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`API exited with ${child.exitCode}`));
      const ready = await fetch(`http://127.0.0.1:${PORT}/health/ready`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ready) return resolveStarted(child);
      if (Date.now() > deadline) return reject(new Error('API did not become ready'));
      setTimeout(() => void poll(), 250);
    };
    void poll();
  });
}

function portalInitialJs(): string {
  const out = join(ROOT, 'tmp', 'bench-portal');
  const build = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'apps/portal/vite.config.ts',
      '--outDir',
      out,
      '--emptyOutDir',
    ],
    { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) return 'build failed';
  const size = spawnSync(process.execPath, ['tools/portal-size.mjs', out], { cwd: ROOT, encoding: 'utf8' });
  return size.stdout.trim().split('\n').at(-1) ?? '';
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');

async function main() {
  const passwordHash = await hashPassword(process.env.BENCH_PASSWORD ?? 'bench-password-2026');
  const small = await academy(SCALE / 10, passwordHash);
  await small.db.drop();
  const full = await academy(SCALE, passwordHash);
  const api = await startApi(full.db.url);
  const rows: { scenario: Scenario; sql: number; sqlSmall: number; api: Measured; raw: Measured; apiCpu: number }[] =
    [];
  try {
    for (const scenario of SCENARIOS) {
      const statements = full.statements.get(scenario.name)!;
      const target = {
        port: PORT,
        body: body(scenario, full.ctx),
        cookie: full.sessions[scenario.persona],
        headers: scenario.persona === 'visitor' ? visitorAddress : undefined,
      };
      const cpuBefore = cpuMs(api.pid!);
      const apiRun = await loadApi(target, CONNECTIONS, SECONDS);
      // CPU per request (warm-up included) holds still when other work on the machine slows the clock.
      const apiCpu = (cpuMs(api.pid!) - cpuBefore) / Math.max(1, apiRun.total);
      const rawRun = await loadRaw(full.db.url, statements, CONNECTIONS, POOL_SIZE, SECONDS);
      rows.push({
        scenario,
        sql: statements.length,
        sqlSmall: small.statements.get(scenario.name)!.length,
        api: apiRun,
        raw: rawRun,
        apiCpu,
      });
      console.log(
        `[bench] ${scenario.name}: API ${f0(apiRun.rps)} rps, ${f1(apiCpu)} ms CPU/request (p99 ${f1(apiRun.p99)} ms, ${apiRun.errors} errors), raw ${f0(rawRun.rps)} rps (p99 ${f1(rawRun.p99)} ms)`,
      );
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await full.db.drop();
  }
  const portal = process.env.BENCH_SKIP_PORTAL ? 'skipped' : portalInitialJs();

  const size = academySize(SCALE);
  const header =
    '| scenario | SQL / request (full · tenth) | API rps | raw rps | API / raw | API p50 ms | API p99 ms | raw p50 ms | raw p99 ms | p99 API / raw | API CPU ms / request | errors |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|';
  const lines = rows.map(({ scenario, sql, sqlSmall, api: a, raw: r, apiCpu }) => {
    const ratio = a.rps / r.rps;
    const p99 = a.p99 / r.p99;
    const mark = (ok: boolean) => (ok ? '' : ' ✗');
    return `| ${scenario.name} | ${sql} · ${sqlSmall}${mark(sql === sqlSmall)} | ${f0(a.rps)} | ${f0(r.rps)} | ${f2(ratio)}${mark(ratio >= TARGET_RATIO)} | ${f1(a.p50)} | ${f1(a.p99)} | ${f1(r.p50)} | ${f1(r.p99)} | ${f2(p99)}${mark(p99 <= TARGET_P99)} | ${f1(apiCpu)} | ${a.errors} |`;
  });
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, shared with other work`;
  const report = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (tests/bench/academy.bench.ts) on ${new Date().toISOString().slice(0, 16)} UTC.`,
    `Machine: ${machine}.`,
    `Academy (scale ${SCALE}): ${size.students} students, ${size.disciplines} disciplines, ${size.organisations} organisations, 3 tracks × ${size.modulesPerTrack} modules × ${size.lessonsPerTrack} lessons, ${size.cohorts} cohorts, ${size.assignmentsPerTrack * 3} assignments, ${size.submissions} submissions, ${size.grades} grades, ${size.certificates} certificates, ${size.notifications} notifications, ${size.confidentialThreads} confidential threads.`,
    `Load: ${CONNECTIONS} connections, ${SECONDS} s per side after 1 s warm-up; API in production mode (one process, pool ${POOL_SIZE}); raw \`pg\` replays the same statements in order on a pool of ${POOL_SIZE}. Targets: API / raw ≥ ${TARGET_RATIO}, p99 API / raw ≤ ${TARGET_P99} (✗ marks a miss; a count marked ✗ differs between the sizes).`,
    '',
    header,
    ...lines,
    '',
    `Portal: ${portal}.`,
    '',
  ].join('\n');
  console.log(`\n${report}`);
  if (!process.env.BENCH_NO_WRITE) {
    // Formatted as the repository's check (`prettier --check .`) wants it.
    const { format, resolveConfig } = await import('prettier');
    const file = join(ROOT, 'tests', 'perf', 'RESULTS.md');
    // The reminders bench's section at the end stays (tests/bench/reminders.bench.ts writes it).
    const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const reminders = previous.includes('\n## Reminders\n') ? previous.slice(previous.indexOf('\n## Reminders\n')) : '';
    writeFileSync(file, await format(report + reminders, { ...(await resolveConfig(file)), filepath: file }));
  }
}

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(error);
    await Promise.all(created.map((drop) => drop().catch(() => undefined)));
    process.exit(1);
  },
);
