import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Role } from '@imh/common';
import { countRows, fileDatabaseUrl, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createUser, uniqueId } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createModule, enrol, markDone, resetTrack } from '../catalogue/catalogue-fixtures';
import { insertCohort } from '../cohorts/cohort-fixtures';
import { ISSUE, signedIn, signedInAdmin } from './certification-fixtures';

const ROOT = resolve(__dirname, '../../..');
const BATCH_FIELDS = `id cohortId cohortName trackTitle requestedByName status total issued alreadyCertified notEligible processed percent running startedAt finishedAt`;
const ISSUE_COHORT = `mutation Bulk($input: IssueCohortCertificatesInput!) { issueCohortCertificates(input: $input) { ${BATCH_FIELDS} } }`;
const BATCH = `query Batch($id: ID!) { certificateBatch(id: $id) { ${BATCH_FIELDS} } }`;
const BATCHES = `query Batches($cohortId: ID) { certificateBatches(cohortId: $cohortId) { totalCount items { ${BATCH_FIELDS} } } }`;

let app: TestApp;
let admin: GqlClient;
let trackId: string;
let lessonIds: string[];
const workers: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  // No worker in this process: the worker runs as a child process, so it can be killed for real.
  app = await startTestApp();
  admin = await signedInAdmin(app, 'Dr. B. Bulk');
  trackId = await resetTrack('CORE');
  await sql('UPDATE track SET certificate_validity_months = 60, requires_track_id = NULL WHERE id = $1', [trackId]);
  const module = await createModule(trackId, { title: 'De eerste 1001 dagen', lessons: 2 });
  lessonIds = module.lessonIds;
});
afterAll(async () => {
  for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
  await app?.close();
});

/** `count` students enrolled in the track, made in three statements; those `finished` did every lesson. */
async function bulkStudents(count: number, finished: boolean): Promise<string[]> {
  const tag = uniqueId('bulk');
  const rows = await sql<{ id: string }>(
    `INSERT INTO "user" (email, name, roles, status, locale)
     SELECT $1 || '-' || g || '@factory.test', 'Cursist ' || lpad(g::text, 4, '0') || ' ' || $1, '{STUDENT}', 'ACTIVE', 'nl'
       FROM generate_series(1, $2) g RETURNING id`,
    [tag, count],
  );
  const ids = rows.map((r) => r.id);
  await sql(`INSERT INTO enrollment (student_id, track_id, status) SELECT unnest($1::uuid[]), $2, 'ACTIVE'`, [
    ids,
    trackId,
  ]);
  if (finished) {
    await sql(
      `INSERT INTO lesson_progress (student_id, lesson_id) SELECT s, l FROM unnest($1::uuid[]) s, unnest($2::uuid[]) l`,
      [ids, lessonIds],
    );
  }
  return ids;
}

/** The real worker (`npm run worker`) against this file's database and queues, as a child process. */
async function startWorker(): Promise<ChildProcessWithoutNullStreams> {
  const databaseUrl = await fileDatabaseUrl();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: inject('redisUrl'),
      QUEUE_PREFIX: app.config.QUEUE_PREFIX,
      SMTP_URL: app.mail.url,
      PORTAL_URL: app.config.PORTAL_URL,
      LOG_LEVEL: 'log',
    },
  });
  workers.push(child);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`worker did not start:\n${output}`)), 90_000);
    const check = () => {
      if (output.includes('Worker started')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => fail(new Error(`worker exited (${code}):\n${output}`)));
  });
  return child;
}

interface BatchView {
  id: string;
  status: string;
  total: number;
  issued: number;
  alreadyCertified: number;
  notEligible: number;
  processed: number;
  percent: number;
  running: boolean;
}

async function batch(id: string): Promise<BatchView> {
  const res = await admin.gql<{ certificateBatch: BatchView }>(BATCH, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.certificateBatch;
}

/** Polls the batch as the portal does, until `done` says so; returns every answer seen. */
async function pollUntil(id: string, done: (b: BatchView) => boolean, timeoutMs: number): Promise<BatchView[]> {
  const seen: BatchView[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const b = await batch(id);
    seen.push(b);
    if (done(b)) return seen;
    if (Date.now() > deadline) throw new Error(`batch still ${JSON.stringify(b)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('bulk issuing refuses, writing nothing', () => {
  it('a non-admin (FORBIDDEN), an unknown cohort (NOT_FOUND), a cohort without members, a second batch while one runs', async () => {
    const students = await bulkStudents(2, false);
    const cohortId = await insertCohort(trackId, { studentIds: students });
    const docent = await signedIn(app, await createUser({ roles: [Role.DOCENT] }));
    const before = await countRows('SELECT count(*) FROM certificate_batch');
    expectError(await docent.gql(ISSUE_COHORT, { input: { cohortId } }), 'FORBIDDEN', 'ONLY_ADMINS_CERTIFY');
    expectError(
      await admin.gql(ISSUE_COHORT, { input: { cohortId: '00000000-0000-4000-8000-000000000000' } }),
      'NOT_FOUND',
    );
    const empty = await insertCohort(trackId, {});
    expectError(
      await admin.gql(ISSUE_COHORT, { input: { cohortId: empty } }),
      'BAD_USER_INPUT',
      'COHORT_HAS_NO_MEMBERS',
    );
    expectError(await admin.gql(ISSUE_COHORT, { input: { cohortId: 'nope' } }), 'BAD_USER_INPUT');
    expect(await countRows('SELECT count(*) FROM certificate_batch')).toBe(before);

    const first = await admin.gql(ISSUE_COHORT, { input: { cohortId } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.issueCohortCertificates).toMatchObject({ status: 'QUEUED', percent: 0, running: true });
    const second = expectError(
      await admin.gql(ISSUE_COHORT, { input: { cohortId } }),
      'CONFLICT',
      'BATCH_ALREADY_RUNNING',
    );
    expect(second.extensions?.params).toMatchObject({ batchId: first.data!.issueCohortCertificates.id });
    expect(await countRows('SELECT count(*) FROM certificate_batch')).toBe(before + 1);
    expectError(await docent.gql(BATCH, { id: first.data!.issueCohortCertificates.id }), 'FORBIDDEN');
    expectError(await docent.gql(BATCHES, {}), 'FORBIDDEN');
  });
});

describe('bulk issuing 500 students with the worker killed midway', () => {
  it('issues exactly 500 certificates with contiguous numbers, none twice, and reaches 100%', async () => {
    const eligible = await bulkStudents(500, true);
    const [unfinished] = await bulkStudents(1, false);
    const held = await createUser({ name: 'Al Gecertificeerd' });
    await enrol(held.user.id, trackId);
    await markDone(held.user.id, lessonIds);
    expect((await admin.gql(ISSUE, { input: { studentId: held.user.id, trackId } })).errors).toBeUndefined();
    const cohortId = await insertCohort(trackId, { studentIds: [...eligible, unfinished, held.user.id] });

    const requested = await admin.gql(ISSUE_COHORT, { input: { cohortId } });
    expect(requested.errors).toBeUndefined();
    const batchId: string = requested.data!.issueCohortCertificates.id;

    const first = await startWorker();
    const before = await pollUntil(batchId, (b) => b.processed >= 120, 120_000);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atCrash = await batch(batchId);
    expect(atCrash.status).toBe('RUNNING');
    expect(atCrash.processed).toBeLessThan(502);
    expect(atCrash.percent).toBeLessThan(100);
    // What the batch counts is exactly what exists: each certificate and its count commit together.
    const issuedAtCrash = await countRows(
      `SELECT count(*) FROM certificate_batch_item WHERE batch_id = $1 AND outcome = 'ISSUED'`,
      [batchId],
    );
    expect(atCrash.issued).toBe(issuedAtCrash);
    expect(await countRows(`SELECT count(*) FROM certificate WHERE student_id = ANY($1::uuid[])`, [eligible])).toBe(
      issuedAtCrash,
    );

    await startWorker();
    const after = await pollUntil(batchId, (b) => b.status === 'COMPLETED', 180_000);
    const final = after.at(-1)!;
    expect(final).toMatchObject({
      total: 502,
      issued: 500,
      alreadyCertified: 1,
      notEligible: 1,
      processed: 502,
      percent: 100,
      running: false,
    });
    // Progress only ever went forward.
    const percents = [...before, ...after].map((b) => b.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));

    const certificates = await sql<{ student_id: string; number: string }>(
      `SELECT student_id, number FROM certificate WHERE student_id = ANY($1::uuid[]) ORDER BY number`,
      [[...eligible, unfinished]],
    );
    expect(certificates).toHaveLength(500);
    expect(new Set(certificates.map((c) => c.student_id)).size).toBe(500);
    expect(certificates.some((c) => c.student_id === unfinished)).toBe(false);
    const serials = certificates.map((c) => Number(c.number.slice(-6)));
    expect(new Set(certificates.map((c) => c.number.slice(0, 8))).size).toBe(1);
    expect(serials.at(-1)! - serials[0] + 1).toBe(500);
    expect(new Set(serials).size).toBe(500);
    // Nobody else took a number meanwhile, and none was lost: the counter stands at the last one.
    const [counter] = await sql<{ last_value: number }>(
      `SELECT last_value FROM certification_counter WHERE scope = $1`,
      [`number:${certificates[0].number.slice(4, 8)}`],
    );
    expect(counter.last_value).toBe(serials.at(-1));
    expect(
      await countRows(
        `SELECT count(*) FROM audit_event WHERE action = 'certificate.issued' AND data->>'studentId' = ANY($1::text[])`,
        [eligible],
      ),
    ).toBe(500);
    expect(await countRows(`SELECT count(*) FROM certificate WHERE student_id = $1`, [held.user.id])).toBe(1);

    const listed = await admin.gql(BATCHES, { cohortId });
    expect(listed.data!.certificateBatches).toMatchObject({ totalCount: 1, items: [{ id: batchId, percent: 100 }] });
    // Asking again once it is done is allowed, and issues nothing new.
    const again = await admin.gql(ISSUE_COHORT, { input: { cohortId } });
    expect(again.errors).toBeUndefined();
    const rerun = await pollUntil(again.data!.issueCohortCertificates.id, (b) => b.status === 'COMPLETED', 120_000);
    expect(rerun.at(-1)).toMatchObject({ issued: 0, alreadyCertified: 501, notEligible: 1, percent: 100 });
  }, 420_000);
});
