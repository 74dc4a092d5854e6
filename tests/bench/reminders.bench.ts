// The reminders benchmark (issue 10), run by `npm run bench -- reminders`: N ASSIGNMENT_DUE_SOON
// reminders (BENCH_REMINDERS, default 100,000) found by the real reminder scan (ReminderScan with
// the assignments' sources, over seeded students, assignments and due dates) and written through
// OutboxRelay.deliver into the delivery ledger, then sent by the real worker (`apps/worker/src/main.ts`
// as a child process: EmailProcessor + DeliverySender) to a local SMTP sink. Measures reminders per
// second end to end (scan start to the last e-mail at the sink), the same N jobs through a bare
// BullMQ queue with a no-op processor on the same Redis, and the ratio; counts duplicates (by
// Message-ID at the sink) and losses. Then again with two worker processes. Everything in a
// database and Redis prefix of its own, removed at the end. Exits non-zero on a duplicate or loss.
//   BENCH_REMINDERS=10000 npm run bench -- reminders
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { AssignmentRemindersModule } from '@imh/assignments';
import { AppConfig, ConfigModule } from '@imh/config';
import { DatabaseModule, runMigrations } from '@imh/database';
import { amsterdamInstant, amsterdamTime, NotificationsModule, quietUntil, ReminderScan } from '@imh/notifications';
import { QueueModule } from '@imh/queue';

const ROOT = resolve(__dirname, '../..');
const N = Number(process.env.BENCH_REMINDERS ?? 100_000);
/** Each student owes this many assignments, so N reminders need N / ASSIGNMENTS students. */
const ASSIGNMENTS = 10;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const BASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PREFIX = `benchrem_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const PORTAL_URL = 'http://portal.bench.test';
/** The bare queue's concurrency: the e-mail processor's before batches (kept, so the baseline stays comparable). */
const CONCURRENCY = 8;
/** The worker's own settings (AppConfig defaults unless set in the environment). */
const WORKER = new AppConfig();
const TARGET_RATIO = 0.5;
/** No new e-mail at the sink for this long once the scan is done: what has not arrived is lost. */
const STALL_MS = 30_000;

const cleanups: (() => Promise<unknown>)[] = [];

async function admin(sql: string) {
  const client = new Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function benchDatabase(): Promise<string> {
  const name = `imh_bench_rem_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  cleanups.push(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(BASE_URL);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  return url.toString();
}

/**
 * An SMTP server that keeps only each message's Message-ID (counted, for duplicates): the test
 * sink (tests/support/smtp-sink.ts) parses and keeps every body, too heavy for 100,000 e-mails.
 */
class CountingSink {
  readonly seen = new Map<string, number>();
  received = 0;
  lastAt = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // No reverse DNS lookup per connection: it would time the sink.
    disableReverseLookup: true,
    logger: false,
    onData: (stream, _session, callback) => {
      let head = '';
      let done = false;
      stream.on('data', (chunk: Buffer) => {
        if (!done) {
          head += chunk.toString('latin1');
          const end = head.indexOf('\r\n\r\n');
          if (end >= 0) {
            head = head.slice(0, end);
            done = true;
          }
        }
      });
      stream.on('end', () => {
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '(none)';
        this.seen.set(id, (this.seen.get(id) ?? 0) + 1);
        this.received++;
        this.lastAt = Date.now();
        callback();
      });
    },
  });
  port = 0;

  async start() {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }
  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }
  reset() {
    this.seen.clear();
    this.received = 0;
  }
  get duplicates() {
    return this.received - this.seen.size;
  }
  stop() {
    return new Promise<void>((done) => this.server.close(() => done()));
  }
}

/** Students, one published module with ASSIGNMENTS assignments, one cohort, due in two days: one transaction. */
async function seed(databaseUrl: string, dueAt: Date) {
  const students = Math.ceil(N / ASSIGNMENTS);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO "user" (email, name, password_hash, roles, status)
       SELECT 'student-' || i || '@bench.test', 'Cursist ' || i, 'x', '{STUDENT}'::role[], 'ACTIVE'::user_status
         FROM generate_series(1, $1) i`,
      [students],
    );
    await client.query(`INSERT INTO track (code, title, description, target_audience, certificate_validity_months, status)
      VALUES ('CORE', 'IMH-kerncursus', 'Kern', 'Iedereen', 60, 'PUBLISHED')`);
    await client.query(`INSERT INTO module (track_id, position, title, summary, study_hours, accreditation_points, learning_goals, status)
      SELECT id, 1, 'Hechting', 'Samenvatting', 4, 2, '{hechting}', 'PUBLISHED' FROM track`);
    await client.query(`INSERT INTO enrollment (student_id, track_id, status)
      SELECT u.id, t.id, 'ACTIVE' FROM "user" u CROSS JOIN track t`);
    await client.query(`INSERT INTO cohort (track_id, name, starts_on, ends_on, mode, status)
      SELECT id, 'Kern 001', date '2026-01-05', date '2027-12-18', 'OPEN'::cohort_mode, 'ACTIVE'::cohort_status FROM track`);
    await client.query(`INSERT INTO cohort_member (cohort_id, student_id, track_id)
      SELECT c.id, u.id, c.track_id FROM cohort c CROSS JOIN "user" u`);
    await client.query(
      `INSERT INTO assignment (module_id, title, instructions, submission_kind, max_file_bytes, pass_rule, pass_min_points, max_attempts)
       SELECT m.id, 'Opdracht ' || i, 'Observeer tien minuten spel.', 'TEXT', 5000000, 'MIN_TOTAL_POINTS', 4, 3
         FROM module m CROSS JOIN generate_series(1, $1) i`,
      [ASSIGNMENTS],
    );
    await client.query(
      `INSERT INTO assignment_due_date (assignment_id, cohort_id, due_at) SELECT a.id, c.id, $1 FROM assignment a CROSS JOIN cohort c`,
      [dueAt],
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return students;
}

/**
 * The scan's "now": the real time, or, in the quiet hours, the last minute before they began
 * (a few hours back), so nothing is held until 07:00. The due date is two days on either way, so
 * the 72-hour reminder applies at both the scan's now and the worker's (the real clock).
 */
function scanNow(): Date {
  const now = new Date();
  if (quietUntil(now).getTime() === now.getTime()) return now;
  const t = amsterdamTime(now);
  const tonight = amsterdamInstant(t.year, t.month, t.day, 22);
  const evening = tonight.getTime() <= now.getTime() ? tonight : new Date(tonight.getTime() - 24 * 3600_000);
  return new Date(evening.getTime() - 60_000);
}

@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, NotificationsModule, AssignmentRemindersModule],
})
class ScanModule {}

function workerEnv(databaseUrl: string, smtpUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    COOKIE_SECURE: 'true',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: PREFIX,
    SMTP_URL: smtpUrl,
    PORTAL_URL,
    // The bench runs the scan itself; the worker's own scan waits a day after its first run.
    REMINDER_SCAN_MINUTES: '1440',
    FILE_STORAGE_DIR: resolve(ROOT, 'tmp', 'bench-files'),
  };
}

const children: ChildProcess[] = [];

/** The real worker as a child process (its per-delivery log lines are dropped; errors are kept). */
function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  // BENCH_WORKER_NODE_ARGS: extra Node options for the worker (a profiler preload, say).
  const extra = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => (errors = (errors + d.toString()).slice(-4000)));
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[bench] worker exited early (${code ?? signal}):\n${errors}`);
  });
  children.push(child);
  return child;
}
let stopping = false;

async function stopWorkers() {
  stopping = true;
  await Promise.all(
    children.splice(0).map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
          child.once('exit', () => {
            clearTimeout(kill);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  stopping = false;
}

/** Until `count` BullMQ workers listen on the e-mail queue (the worker logs nothing we wait for). */
async function waitForWorkers(email: Queue, count: number) {
  const deadline = Date.now() + 120_000;
  while ((await email.getWorkersCount()) < count) {
    if (Date.now() > deadline) throw new Error(`${count} worker(s) did not start within 120 s`);
    await sleep(250);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Run {
  workers: number;
  scanSeconds: number;
  planned: number;
  deliveries: number;
  seconds: number;
  rate: number;
  received: number;
  duplicates: number;
  lost: number;
  sent: number;
}

/** One scan at `now`, then waits for every e-mail at the sink (or a stall). */
async function run(
  scan: ReminderScan,
  sink: CountingSink,
  databaseUrl: string,
  workers: number,
  now: Date,
): Promise<Run> {
  sink.reset();
  const started = Date.now();
  const result = await scan.scan(now);
  const scanSeconds = (Date.now() - started) / 1000;
  const due = result['assignment-due-soon'] ?? { planned: 0, deliveries: 0, notifications: 0 };
  sink.lastAt = Date.now();
  while (sink.seen.size < N && Date.now() - sink.lastAt < STALL_MS) await sleep(20);
  const end = sink.seen.size >= N ? sink.lastAt : Date.now();
  // Whatever is still in flight (a duplicate would be) gets a moment to arrive before counting.
  await sleep(1000);
  const seconds = (end - started) / 1000;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  // This run's deliveries: the ones of its due date (the second run moves it).
  const [{ sent }] = (
    await client.query(
      `SELECT count(*)::int AS sent FROM delivery d
        WHERE d.kind = 'ASSIGNMENT_DUE_SOON' AND d.status = 'SENT'
          AND d.key LIKE '%/' || to_char((SELECT max(due_at) FROM assignment_due_date) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '/%'`,
    )
  ).rows as { sent: number }[];
  await client.end();
  return {
    workers,
    scanSeconds,
    planned: due.planned,
    deliveries: due.deliveries,
    seconds,
    rate: sink.seen.size / seconds,
    received: sink.received,
    duplicates: sink.duplicates,
    lost: N - sink.seen.size,
    sent,
  };
}

/** The same N jobs through a bare BullMQ queue with a no-op processor: added in bulk, all completed. */
async function bareQueue(): Promise<{ seconds: number; rate: number }> {
  const connection = { url: REDIS_URL, maxRetriesPerRequest: null } as const;
  const queue = new Queue('bare', { connection, prefix: PREFIX });
  let completed = 0;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const worker = new Worker(
    'bare',
    async () => {
      if (++completed === N) resolveDone();
    },
    { connection, prefix: PREFIX, concurrency: CONCURRENCY, autorun: true },
  );
  await worker.waitUntilReady();
  const started = Date.now();
  for (let i = 0; i < N; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, N - i) }, (_, j) => ({
        name: 'delivery',
        data: { deliveryKey: `bare/${i + j}` },
        opts: { jobId: `bare-${i + j}`, removeOnComplete: 1000 },
      })),
    );
  }
  await done;
  const seconds = (Date.now() - started) / 1000;
  await worker.close();
  await queue.close();
  return { seconds, rate: N / seconds };
}

async function removeRedisKeys() {
  const redis = new IORedis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

async function main() {
  const began = Date.now();
  // The machine is shared: its load (1-minute average) at the start and the end goes with the figures.
  const loadAtStart = loadavg()[0];
  const sink = await new CountingSink().start();
  cleanups.push(() => sink.stop());
  cleanups.push(removeRedisKeys);
  const databaseUrl = await benchDatabase();
  const env = workerEnv(databaseUrl, sink.url);

  const saved = { ...process.env };
  Object.assign(process.env, env, { LOG_LEVEL: 'warn' });
  const app = await NestFactory.createApplicationContext(ScanModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  process.env = saved;
  cleanups.unshift(() => app.close());
  const scan = app.get(ReminderScan);
  const email = new Queue('email', { connection: { url: REDIS_URL, maxRetriesPerRequest: null }, prefix: PREFIX });
  cleanups.unshift(() => email.close());

  // Workers first, with nothing due yet: their own first scan finds nothing, so what follows is ours.
  startWorker(env);
  await waitForWorkers(email, 1);
  await sleep(2000);
  const now = scanNow();
  const dueAt = new Date(Date.now() + 48 * 3600_000);
  const seedStarted = Date.now();
  const students = await seed(databaseUrl, dueAt);
  console.log(
    `[bench] seeded ${students} students × ${ASSIGNMENTS} assignments in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
  );

  const one = await run(scan, sink, databaseUrl, 1, now);
  await stopWorkers();
  const bare = await bareQueue();

  // Two workers: the due date moves an hour (a new occasion, new keys), and the scan runs again.
  startWorker(env);
  startWorker(env);
  await waitForWorkers(email, 2);
  await sleep(2000);
  const move = new Client({ connectionString: databaseUrl });
  await move.connect();
  await move.query(`UPDATE assignment_due_date SET due_at = due_at + interval '1 hour'`);
  await move.end();
  const two = await run(scan, sink, databaseUrl, 2, now);
  await stopWorkers();

  const f1 = (n: number) => n.toFixed(1);
  const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
  const ratio = one.rate / bare.rate;
  const rows = [one, two].map(
    (r) =>
      `| reminders, ${r.workers} worker${r.workers > 1 ? 's' : ''} | ${f0(r.planned)} | ${f1(r.scanSeconds)} | ${f1(r.seconds)} | ${f0(r.rate)} | ${r.workers === 1 ? `${ratio.toFixed(2)}${ratio >= TARGET_RATIO ? '' : ' ✗'}` : `${(r.rate / one.rate).toFixed(2)} × 1 worker`} | ${f0(r.sent)} | ${r.duplicates} | ${r.lost} |`,
  );
  const table = [
    `N = ${f0(N)} ASSIGNMENT_DUE_SOON reminders (${f0(students)} students × ${ASSIGNMENTS} assignments), found by the real reminder scan (ReminderScan → AssignmentReminders.dueSoon → OutboxRelay.deliver), sent by the real worker (apps/worker/src/main.ts: EmailProcessor, DeliverySender; ${process.env.EMAIL_CONCURRENCY ?? WORKER.EMAIL_CONCURRENCY} jobs at once of up to ${process.env.DELIVERY_BATCH_SIZE ?? WORKER.DELIVERY_BATCH_SIZE} deliveries, ${process.env.SMTP_POOL_CONNECTIONS ?? WORKER.SMTP_POOL_CONNECTIONS} pooled SMTP connections) over SMTP to a local sink; end to end = scan start to the last e-mail at the sink.`,
    '',
    '| run | planned | scan s | end to end s | per second | ratio | ledger SENT | duplicates | lost |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `| bare BullMQ, no-op processor | ${f0(N)} | – | ${f1(bare.seconds)} | ${f0(bare.rate)} | 1.00 | – | – | – |`,
    '',
    `Ratio = reminders per second (1 worker) ÷ bare BullMQ jobs per second, same Redis, bare queue at concurrency ${CONCURRENCY}; target ≥ ${TARGET_RATIO} (✗ marks a miss). Duplicates counted by Message-ID at the sink, losses as reminders that never arrived; both must be 0. Bench took ${f1((Date.now() - began) / 1000)} s.`,
    '',
    `SQL per batch (DeliverySender.sendBatch): one claim that also reads recipient, language, status and preference and records the unsubscribe hash, one last look per template, one mark for every outcome: 3 statements for a batch of 1 or of 25 (tests/integration/notifications/delivery-batches.integration-spec.ts), where each delivery took 6 before batches.`,
  ].join('\n');
  console.log(`\n${table}\n`);
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
  console.log(`[bench] ${load}`);
  if (!process.env.BENCH_NO_WRITE) await writeSection(table, load);
  const failures = [one, two].filter((r) => r.duplicates || r.lost || r.planned !== N);
  if (failures.length) {
    console.error(`[bench] duplicates or losses (or fewer reminders planned than ${N}): failing`);
    process.exitCode = 1;
  }
}

/**
 * Replaces the "Reminders" section at the end of tests/perf/RESULTS.md (the academy bench writes
 * what comes before it), formatted as `prettier --check` wants it.
 */
async function writeSection(table: string, load: string) {
  const file = join(ROOT, 'tests', 'perf', 'RESULTS.md');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = before.indexOf('\n## Reminders\n');
  const kept = (at >= 0 ? before.slice(0, at) : before).trimEnd();
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, shared with other work`;
  const section = [
    '## Reminders',
    '',
    `Written by \`npm run bench -- reminders\` (tests/bench/reminders.bench.ts, \`BENCH_REMINDERS=${N}\`) on ${new Date().toISOString().slice(0, 16)} UTC. Machine: ${machine} (${load}).`,
    '',
    table,
    '',
  ].join('\n');
  const { format, resolveConfig } = await import('prettier');
  const text = `${kept ? `${kept}\n\n` : ''}${section}`;
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}

async function cleanUp() {
  await stopWorkers();
  for (const cleanup of cleanups) await cleanup().catch((e) => console.error('[bench] cleanup:', e));
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp().then(() => process.exit(process.exitCode ?? 0)));
