import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cohortsAssigned } from '@imh/cohorts';
import { Outbox, OutboxRelay } from '@imh/notifications';
import {
  createAssignment,
  createWorld,
  ok,
  RELEASE,
  SAVE_GRADE,
  scores,
  submitText,
} from '../assignments/assignment-fixtures';
import { ensureTrack } from '../catalogue/catalogue-fixtures';
import { insertCohort } from '../cohorts/cohort-fixtures';
import { fileDatabaseUrl, sql } from '../support/database';
import { createAdmin, uniqueEmail, uniqueId } from '../support/factories';
import { linkToken } from '../support/mail';
import { ACCEPT_INVITATION, INVITE_USER } from '../support/operations';
import { startTestApp, type TestApp } from '../support/test-app';
import type { CapturedMail } from '../../support/smtp-sink';

// Faults with real parts: a worker process killed with SIGKILL mid-batch, Redis going away while
// the API commits, a malformed fact. What must hold: every message arrives once (counted at the
// SMTP sink by Message-ID, which is the delivery key, and by recipient), and nothing blocks.

const ROOT = resolve(__dirname, '../../..');
const apps: TestApp[] = [];
const children: ChildProcess[] = [];

// Apps first: their Redis (a test's private one) must still be there while they close.
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 25) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      const states = await sql(`SELECT status, count(*)::int AS n FROM delivery GROUP BY status`);
      throw new Error(`Timed out waiting for ${what}; deliveries: ${JSON.stringify(states)}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** `count` active students, made in one statement (argon2 is not what this test is about). */
async function bulkStudents(count: number): Promise<{ id: string; email: string }[]> {
  const tag = uniqueId('bulk');
  return sql<{ id: string; email: string }>(
    `INSERT INTO "user" (email, name, roles, status, locale)
     SELECT $1 || '-' || i || '@factory.test', 'Student ' || i, '{STUDENT}', 'ACTIVE', 'nl'
       FROM generate_series(1, $2::int) AS i
     RETURNING id, email`,
    [tag, count],
  );
}

/** By Message-ID and by recipient: how many distinct messages each got, and any duplicate arrivals. */
function tally(mails: CapturedMail[]) {
  const byMessageId = new Map<string, CapturedMail[]>();
  for (const m of mails) byMessageId.set(m.messageId, [...(byMessageId.get(m.messageId) ?? []), m]);
  const idsByRecipient = new Map<string, Set<string>>();
  for (const m of mails) {
    for (const to of m.to) idsByRecipient.set(to, (idsByRecipient.get(to) ?? new Set()).add(m.messageId));
  }
  return { byMessageId, idsByRecipient };
}

/** The worker as its own process (apps/worker/src/main.ts), on the file's database and the app's queues. */
async function startWorkerProcess(app: TestApp): Promise<ChildProcess & { output: () => string }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: await fileDatabaseUrl(),
      REDIS_URL: app.config.REDIS_URL,
      QUEUE_PREFIX: app.config.QUEUE_PREFIX,
      SMTP_URL: app.mail.url,
      MAIL_FROM: app.config.MAIL_FROM,
      PORTAL_URL: app.config.PORTAL_URL,
      LOG_LEVEL: 'log',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await until(
    'the worker process to start',
    () => output.includes('Worker started') || child.exitCode !== null,
    60_000,
    100,
  );
  if (child.exitCode !== null) throw new Error(`worker exited:\n${output}`);
  return Object.assign(child, { output: () => output });
}

describe('a worker killed with SIGKILL in the middle of a batch of 1,000 deliveries', () => {
  it('delivers every one exactly once after a restart, by Message-ID and by recipient', async () => {
    // The API alone in this process; the worker is a process of its own that can be killed.
    const app = await startTestApp();
    apps.push(app);
    const students = await bulkStudents(1000);
    const trackId = await ensureTrack('CORE');
    const cohortId = await insertCohort(trackId, { studentIds: students.map((s) => s.id) });
    // One placement of 1,000 students, recorded as the cohorts context records it.
    await app.dataSource.transaction((manager) =>
      app.api
        .get(Outbox)
        .record(manager, [cohortsAssigned(students.map((s) => ({ cohortId, userId: s.id, role: 'STUDENT' })))]),
    );

    const first = await startWorkerProcess(app);
    await until('the first 100 e-mails', () => app.mail.messages.length >= 100, 60_000, 2);
    first.kill('SIGKILL');
    await new Promise((done) => first.once('exit', done));
    const atKill = app.mail.messages.length;
    expect(atKill, 'killed in the middle, not after the batch').toBeLessThan(1000);
    // What the kill left: claims of e-mails in flight, and jobs BullMQ still holds as active.
    const like = `COHORT_ASSIGNED/${cohortId}/%`;
    const stuck = (
      await sql<{ key: string }>(`SELECT key FROM delivery WHERE key LIKE $1 AND status = 'SENDING'`, [like])
    ).map((r) => r.key);
    const sending = stuck.length;
    // A worker holds at most EMAIL_CONCURRENCY jobs of DELIVERY_BATCH_SIZE keys each; only those
    // can be claimed at the kill (the batch's e-mails go out together and are marked together).
    expect(sending).toBeLessThanOrEqual(app.config.EMAIL_CONCURRENCY * app.config.DELIVERY_BATCH_SIZE);

    const second = await startWorkerProcess(app);
    // Everything else goes out (a job that was active at the kill after BullMQ finds it stalled).
    await until(
      'every delivery but the dead claims sent',
      async () =>
        (
          await sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM delivery WHERE key LIKE $1 AND status <> 'SENT' AND key <> ALL($2::varchar[])`,
            [like, stuck],
          )
        )[0].n === 0,
      120_000,
      100,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nrestarted worker:\n${second.output().slice(-3000)}`);
    });
    // A dead worker's claim is taken over after CLAIM_TIMEOUT_MS (5 minutes): move those claims
    // back in time rather than wait, and queue them as the worker's minutely requeue would.
    await sql(`UPDATE delivery SET claimed_at = claimed_at - interval '6 minutes' WHERE key = ANY($1::varchar[])`, [
      stuck,
    ]);
    await app.api.get(OutboxRelay).requeue(0);
    await until(
      'every delivery sent',
      async () =>
        (
          await sql<{ n: number }>(`SELECT count(*)::int AS n FROM delivery WHERE key LIKE $1 AND status <> 'SENT'`, [
            like,
          ])
        )[0].n === 0,
      60_000,
      100,
    );
    // Anything still on its way to the sink.
    await new Promise((r) => setTimeout(r, 500));

    const mails = app.mail.messages.filter((m) => m.messageId.startsWith(`<COHORT_ASSIGNED/${cohortId}/`));
    const { byMessageId, idsByRecipient } = tally(mails);
    expect(byMessageId.size).toBe(1000);
    expect(idsByRecipient.size).toBe(1000);
    for (const s of students) {
      expect([...idsByRecipient.get(s.email)!]).toEqual([`<COHORT_ASSIGNED/${cohortId}/${s.id}@imh-academy>`]);
    }
    // The one window no ledger closes (the SMTP server said OK, the worker died before recording
    // it) can only repeat a message that was claimed at the kill, with the same Message-ID: every
    // repeated one is among those claims, so at most concurrency × batch size of them.
    const repeated = [...byMessageId.values()].filter((copies) => copies.length > 1);
    const stuckIds = new Set(stuck.map((key) => `<${key}@imh-academy>`));
    expect(repeated.filter((copies) => !stuckIds.has(copies[0].messageId))).toEqual([]);
    expect(repeated.every((copies) => copies.length === 2)).toBe(true);
    expect(mails.length).toBe(1000 + repeated.length);
    console.info(
      `SIGKILL after ${atKill} of 1000 e-mails; ${sending} claims in flight; ${mails.length} arrivals, ` +
        `${byMessageId.size} distinct Message-IDs, ${repeated.length} repeated (same Message-ID)`,
    );
  }, 300_000);
});

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** A private redis-server, with an append-only file so a restart keeps the queues (as in production). */
async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', ''],
    { stdio: 'ignore' },
  );
  children.push(child);
  await until(
    'redis-server to answer',
    async () => {
      const probe = new Redis(port, '127.0.0.1', {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      try {
        await probe.connect();
        return (await probe.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    },
    10_000,
    50,
  );
  return child;
}

describe('Redis restarted while the API commits events', () => {
  it('loses nothing: every outbox event is delivered once after Redis is back', async () => {
    const port = await freePort();
    const dir = await mkdtemp(join(tmpdir(), 'imh-redis-'));
    try {
      let redis = await startRedis(port, dir);
      const app = await startTestApp({ worker: true, env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
      apps.push(app);
      const world = await createWorld(app, { students: 6 });
      const docent = world.docents[0].client;
      const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
      // Handed in and graded while Redis is up…
      const attempts = [];
      for (const student of world.students) attempts.push(await submitText(student.client, assignment.id, 'Verslag'));
      for (const attempt of attempts) {
        await ok(docent.gql(SAVE_GRADE, { input: { submissionId: attempt.id, scores: scores(assignment) } }));
      }
      await app.drainQueues();
      const before = app.mail.messages.length;

      // …released while it is away: the API commits, the events wait in Postgres.
      redis.kill('SIGTERM');
      await new Promise((done) => redis.once('exit', done));
      for (const attempt of attempts) await ok(docent.gql(RELEASE, { ids: [attempt.id] }));
      const [{ waiting }] = await sql<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM outbox_event WHERE type = 'assignments.grade-released' AND relayed_at IS NULL`,
      );
      expect(waiting).toBe(attempts.length);
      // A relay while Redis is away writes the deliveries; their jobs wait for Redis to return.
      const relaying = app.worker!.get(OutboxRelay).drain();
      await until(
        'the relay to write the deliveries',
        async () =>
          (await sql(`SELECT 1 FROM outbox_event WHERE type = 'assignments.grade-released' AND relayed_at IS NULL`))
            .length === 0,
        15_000,
        50,
      );

      redis = await startRedis(port, dir);
      await relaying;
      await until(
        'BullMQ to reconnect',
        async () =>
          await app
            .worker!.get(OutboxRelay)
            .requeue(0)
            .then(() => true)
            .catch(() => false),
        30_000,
        200,
      );
      await app.drainQueues(30_000);
      const released = app.mail.messages.slice(before).filter((m) => m.messageId.startsWith('<GRADE_RELEASED/'));
      const { byMessageId, idsByRecipient } = tally(released);
      expect(byMessageId.size).toBe(attempts.length);
      expect([...byMessageId.values()].every((copies) => copies.length === 1)).toBe(true);
      for (const student of world.students) expect(idsByRecipient.get(student.user.email)?.size).toBe(1);
      expect((await sql(`SELECT 1 FROM outbox_event WHERE relayed_at IS NULL OR last_error IS NOT NULL`)).length).toBe(
        0,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('Redis away while an admin invites someone', () => {
  it('loses nothing: the invitation is committed with its outbox fact, and its e-mail (with a working link) goes out once Redis is back', async () => {
    const port = await freePort();
    const dir = await mkdtemp(join(tmpdir(), 'imh-redis-'));
    try {
      let redis = await startRedis(port, dir);
      const app = await startTestApp({ worker: true, env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
      apps.push(app);
      const admin = await createAdmin();
      const client = app.client();
      await client.login(admin.email, admin.password);
      const email = uniqueEmail('while-redis-away');

      redis.kill('SIGTERM');
      await new Promise((done) => redis.once('exit', done));
      const res = await client.gql(INVITE_USER, { input: { email, name: 'Rosa Redisloos', roles: ['STUDENT'] } });
      expect(res.errors).toBeUndefined();
      const userId = (res.data as { inviteUser: { id: string } }).inviteUser.id;
      const [{ waiting }] = await sql<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM outbox_event
          WHERE type = 'identity.account-link-requested' AND payload->>'userId' = $1 AND relayed_at IS NULL`,
        [userId],
      );
      expect(waiting).toBe(1);

      redis = await startRedis(port, dir);
      await until(
        'BullMQ to reconnect',
        async () =>
          await app
            .worker!.get(OutboxRelay)
            .requeue(0)
            .then(() => true)
            .catch(() => false),
        30_000,
        200,
      );
      await app.drainQueues(30_000);
      await until('the invitation e-mail', () => app.mail.to(email).length > 0, 30_000, 100);
      await app.drainQueues(30_000);

      const mails = app.mail.to(email);
      expect(mails).toHaveLength(1);
      const accepted = await app.client().gql(ACCEPT_INVITATION, {
        input: { token: linkToken(mails[0], '/set-password'), password: 'a-long-new-password' },
      });
      expect(accepted.errors).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('a malformed fact', () => {
  it('is set aside at once with a clear reason (no payload value in it), and blocks nothing behind it', async () => {
    const app = await startTestApp({ worker: true });
    apps.push(app);
    const world = await createWorld(app, { students: 1 });
    const [student] = world.students;
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    await sql(`INSERT INTO outbox_event (type, payload) VALUES ('assignments.grade-released', $1)`, [
      { gradeId: 'Geheime tekst; DROP TABLE grade' },
    ]);
    await sql(`INSERT INTO outbox_event (type, payload) VALUES ('cohorts.assigned', $1)`, [{ assignments: 'nope' }]);
    const attempt = await submitText(student.client, assignment.id, 'Verslag');
    await app.drainQueues();
    // The hand-in behind them was told.
    expect(app.mail.to(world.docents[0].user.email).map((m) => m.messageId)).toEqual([
      `<SUBMISSION_RECEIVED/${attempt.id}/${world.docents[0].user.user.id}@imh-academy>`,
    ]);
    const failed = await sql<{ type: string; attempts: number; last_error: string; set_aside: boolean }>(
      `SELECT type, attempts, last_error, relayed_at IS NOT NULL AS set_aside FROM outbox_event
        WHERE last_error IS NOT NULL ORDER BY id`,
    );
    expect(failed).toEqual([
      {
        type: 'assignments.grade-released',
        attempts: 1,
        last_error: 'MalformedFactError: gradeId is not an id.',
        set_aside: true,
      },
      {
        type: 'cohorts.assigned',
        attempts: 1,
        last_error: 'MalformedFactError: assignments is not a list.',
        set_aside: true,
      },
    ]);
  });
});
