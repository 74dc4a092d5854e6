import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createModule, enrol, markDone } from '../catalogue/catalogue-fixtures';
import { insertCohort } from '../cohorts/cohort-fixtures';
import { CREATE_ASSIGNMENT, observationReport } from '../assignments/assignment-fixtures';
import {
  ELIGIBILITY,
  finishedStudent,
  ISSUE,
  MY_CERTIFICATES,
  programme,
  type Programme,
  REISSUE,
  REVOKE,
  signedIn,
  signedInAdmin,
} from './certification-fixtures';

let app: TestApp;
let admin: GqlClient;
let p: Programme;

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInAdmin(app);
  p = await programme();
});
afterAll(async () => {
  await app?.close();
});

const issue = (client: GqlClient, studentId: string, trackId: string) =>
  client.gql(ISSUE, { input: { studentId, trackId } });

describe('eligibility', () => {
  it('one lesson left: refused with BAD_USER_INPUT naming the module and the lesson, and nothing written', async () => {
    const student = await createUser();
    await enrol(student.user.id, p.core);
    await markDone(student.user.id, [...p.coreModules[0].lessonIds, ...p.coreModules[1].lessonIds].slice(0, 2));
    const before = await countRows('SELECT count(*) FROM certificate');
    const error = expectError(await issue(admin, student.user.id, p.core), 'BAD_USER_INPUT', 'NOT_ELIGIBLE');
    expect(error.extensions?.params).toMatchObject({
      track: 'IMH-kerncursus',
      modules: ['Hechting'],
      lessons: ['Hechting – Hechting – les 1'],
      requiredTrack: '',
    });
    expect(await countRows('SELECT count(*) FROM certificate')).toBe(before);
    expect(
      await countRows(
        `SELECT count(*) FROM audit_event WHERE action = 'certificate.issued' AND data->>'studentId' = $1`,
        [student.user.id],
      ),
    ).toBe(0);
  });

  it('an assignment not passed keeps a student with every lesson done from the certificate, named by title', async () => {
    const module = await createModule(p.generalist, { title: 'Casusbespreking', lessons: 1 });
    const created = await admin.gql(CREATE_ASSIGNMENT, {
      input: observationReport(module.id, { title: 'Casusverslag' }),
    });
    expect(created.errors).toBeUndefined();
    const student = await finishedStudent(p.generalist, [...p.generalistModules, module]);
    await enrol(student.user.id, p.core);
    await markDone(
      student.user.id,
      p.coreModules.flatMap((m) => m.lessonIds),
    );
    expect((await issue(admin, student.user.id, p.core)).errors).toBeUndefined();
    const error = expectError(await issue(admin, student.user.id, p.generalist), 'BAD_USER_INPUT', 'NOT_ELIGIBLE');
    expect(error.extensions?.params).toMatchObject({
      modules: ['Casusbespreking'],
      lessons: [],
      requirements: ['Casusverslag'],
      requiredTrack: '',
    });
    await sql('DELETE FROM assignment WHERE id = $1', [created.data!.createAssignment.id]);
    // Lesson progress is a record (RESTRICT): this test's own rows go first, then the module.
    await sql('DELETE FROM lesson_progress WHERE lesson_id IN (SELECT id FROM lesson WHERE module_id = $1)', [
      module.id,
    ]);
    await sql('DELETE FROM module WHERE id = $1', [module.id]);
  });

  it('a route needs a certified core: refused naming the core until it is issued', async () => {
    const student = await finishedStudent(p.generalist, p.generalistModules);
    const error = expectError(await issue(admin, student.user.id, p.generalist), 'BAD_USER_INPUT', 'NOT_ELIGIBLE');
    expect(error.extensions?.params).toMatchObject({ modules: [], requiredTrack: 'IMH-kerncursus' });

    await enrol(student.user.id, p.core);
    await markDone(
      student.user.id,
      p.coreModules.flatMap((m) => m.lessonIds),
    );
    const core = await issue(admin, student.user.id, p.core);
    expect(core.errors).toBeUndefined();
    const route = await issue(admin, student.user.id, p.generalist);
    expect(route.errors).toBeUndefined();
    expect(route.data!.issueCertificate).toMatchObject({ status: 'VALID', expiresAt: null, accreditationPoints: 2 });
  });

  it('a revoked core does not count for the route', async () => {
    const student = await finishedStudent(p.core, p.coreModules);
    await enrol(student.user.id, p.generalist);
    await markDone(
      student.user.id,
      p.generalistModules.flatMap((m) => m.lessonIds),
    );
    const core = (await issue(admin, student.user.id, p.core)).data!.issueCertificate;
    const revoked = await admin.gql(REVOKE, {
      input: { certificateId: core.id, reason: 'Fraude bij de eindopdracht' },
    });
    expect(revoked.errors).toBeUndefined();
    const error = expectError(await issue(admin, student.user.id, p.generalist), 'BAD_USER_INPUT', 'NOT_ELIGIBLE');
    expect(error.extensions?.params).toMatchObject({ requiredTrack: 'IMH-kerncursus' });
  });

  it('an expired core does not count for the route, and may be certified again', async () => {
    const student = await finishedStudent(p.core, p.coreModules);
    await enrol(student.user.id, p.generalist);
    await markDone(
      student.user.id,
      p.generalistModules.flatMap((m) => m.lessonIds),
    );
    const core = (await issue(admin, student.user.id, p.core)).data!.issueCertificate;
    await sql(`UPDATE certificate SET expires_at = now() - interval '1 day' WHERE id = $1`, [core.id]);
    const error = expectError(await issue(admin, student.user.id, p.generalist), 'BAD_USER_INPUT', 'NOT_ELIGIBLE');
    expect(error.extensions?.params).toMatchObject({ requiredTrack: 'IMH-kerncursus' });
    const mine = (await (await signedIn(app, student)).gql(MY_CERTIFICATES)).data!.myCertificates;
    expect(mine).toEqual([expect.objectContaining({ number: core.number, status: 'EXPIRED' })]);
    const again = await issue(admin, student.user.id, p.core);
    expect(again.errors).toBeUndefined();
    expect(again.data!.issueCertificate.number).not.toBe(core.number);
  });

  it('the admin sees per track who is eligible and what the others miss', async () => {
    const done = await finishedStudent(p.generalist, p.generalistModules, 'Aa Eligible');
    await enrol(done.user.id, p.core);
    await markDone(
      done.user.id,
      p.coreModules.flatMap((m) => m.lessonIds),
    );
    expect((await issue(admin, done.user.id, p.core)).errors).toBeUndefined();
    const halfway = await createUser({ name: 'Ab Halfway' });
    await enrol(halfway.user.id, p.generalist);
    const res = await admin.gql(ELIGIBILITY, { trackId: p.generalist, page: { limit: 100 } });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.certificateEligibility.items as { studentId: string }[];
    expect(rows.find((r) => r.studentId === done.user.id)).toMatchObject({
      eligible: true,
      missingModules: [],
      requiredTrack: null,
      accreditationPoints: 2,
    });
    expect(rows.find((r) => r.studentId === halfway.user.id)).toMatchObject({
      eligible: false,
      missingModules: ['Wijkgericht werken'],
      missingLessons: ['Wijkgericht werken – Wijkgericht werken – les 1'],
      requiredTrack: 'IMH-kerncursus',
    });
    const student = await signedIn(app, halfway);
    expectError(await student.gql(ELIGIBILITY, { trackId: p.generalist }), 'FORBIDDEN', 'ONLY_ADMINS_CERTIFY');
  });
  it("per cohort: only the cohort's members, each with what they miss", async () => {
    const ready = await finishedStudent(p.core, p.coreModules, 'Ba Klaar');
    const behind = await createUser({ name: 'Bb Achter' });
    await enrol(behind.user.id, p.core);
    const outsider = await finishedStudent(p.core, p.coreModules);
    const cohortId = await insertCohort(p.core, { studentIds: [ready.user.id, behind.user.id] });
    const res = await admin.gql(ELIGIBILITY, { cohortId });
    expect(res.errors).toBeUndefined();
    const page = res.data!.certificateEligibility;
    expect(page.totalCount).toBe(2);
    expect(page.items.map((r: { studentId: string }) => r.studentId)).not.toContain(outsider.user.id);
    expect(page.items).toEqual([
      expect.objectContaining({ studentId: ready.user.id, eligible: true }),
      expect.objectContaining({
        studentId: behind.user.id,
        eligible: false,
        missingModules: ['De eerste 1001 dagen', 'Hechting'],
      }),
    ]);
    expectError(await admin.gql(ELIGIBILITY, { cohortId, trackId: p.generalist }), 'NOT_FOUND');
    expectError(await admin.gql(ELIGIBILITY, {}), 'BAD_USER_INPUT');
  });
});

describe('issuing', () => {
  it('issues with number, code, dates, points and signatory, and audits it', async () => {
    const student = await finishedStudent(p.core, p.coreModules, 'Fatima el Amrani');
    const res = await issue(admin, student.user.id, p.core);
    expect(res.errors).toBeUndefined();
    const c = res.data!.issueCertificate;
    expect(c.number).toMatch(/^IMH-\d{4}-\d{6}$/);
    expect(c.verificationCode).toMatch(/^[A-Z2-7]{32}$/);
    expect(c).toMatchObject({
      status: 'VALID',
      holderName: 'Fatima el Amrani',
      trackTitle: 'IMH-kerncursus',
      accreditationPoints: 4,
      signatoryName: 'Dr. A. Beheerder',
      verifyUrl: `http://portal.imh.test/verify/${c.verificationCode}`,
    });
    const months = (new Date(c.expiresAt).getTime() - new Date(c.issuedAt).getTime()) / (86400_000 * 30.4);
    expect(Math.round(months)).toBe(60);
    expect(
      await countRows(`SELECT count(*) FROM audit_event WHERE action = 'certificate.issued' AND subject_id = $1`, [
        c.id,
      ]),
    ).toBe(1);
  });

  it('issuing twice is a CONFLICT naming the existing number', async () => {
    const student = await finishedStudent(p.core, p.coreModules);
    const first = (await issue(admin, student.user.id, p.core)).data!.issueCertificate;
    const error = expectError(await issue(admin, student.user.id, p.core), 'CONFLICT', 'ALREADY_CERTIFIED');
    expect(error.extensions?.params).toMatchObject({ number: first.number });
    expect(await countRows('SELECT count(*) FROM certificate WHERE student_id = $1', [student.user.id])).toBe(1);
  });

  it('two concurrent clicks make one certificate', async () => {
    const student = await finishedStudent(p.core, p.coreModules);
    const answers = await Promise.all([1, 2, 3].map(() => issue(admin, student.user.id, p.core)));
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);
    expect(await countRows('SELECT count(*) FROM certificate WHERE student_id = $1', [student.user.id])).toBe(1);
  });

  it('a non-admin may not issue: FORBIDDEN, and signed out: UNAUTHENTICATED', async () => {
    const student = await finishedStudent(p.core, p.coreModules);
    const self = await signedIn(app, student);
    expectError(await issue(self, student.user.id, p.core), 'FORBIDDEN', 'ONLY_ADMINS_CERTIFY');
    expectError(await issue(app.client(), student.user.id, p.core), 'UNAUTHENTICATED');
    expect(await countRows('SELECT count(*) FROM certificate WHERE student_id = $1', [student.user.id])).toBe(0);
  });

  it('unknown students and tracks are NOT_FOUND, malformed ids BAD_USER_INPUT', async () => {
    const student = await finishedStudent(p.core, p.coreModules);
    expectError(await issue(admin, '00000000-0000-4000-8000-000000000000', p.core), 'NOT_FOUND');
    expectError(await issue(admin, student.user.id, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    expectError(await issue(admin, 'x'.repeat(10_000), p.core), 'BAD_USER_INPUT');
  });

  it('concurrent issuing for many students gives contiguous numbers without duplicates', async () => {
    const students = await Promise.all(Array.from({ length: 24 }, () => finishedStudent(p.core, p.coreModules)));
    const answers = await Promise.all(students.map((s) => issue(admin, s.user.id, p.core)));
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    const numbers = answers.map((a) => a.data!.issueCertificate.number as string);
    expect(new Set(numbers).size).toBe(24);
    const sequence = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    expect(sequence.at(-1)! - sequence[0]).toBe(23);
    // And over the whole year so far: 1..max, every number once.
    const year = numbers[0].slice(4, 8);
    const [row] = await sql<{ count: string; max: string }>(
      `SELECT count(*) AS count, max(right(number, 6)::int) AS max FROM certificate WHERE number LIKE $1`,
      [`IMH-${year}-%`],
    );
    expect(Number(row.count)).toBe(Number(row.max));
  });
});

describe('revoking and reissuing', () => {
  it('revoking needs a reason; it is kept, audited, and a second revocation is a CONFLICT', async () => {
    const student = await finishedStudent(p.core, p.coreModules);
    const c = (await issue(admin, student.user.id, p.core)).data!.issueCertificate;
    for (const reason of ['', '   ']) {
      expectError(
        await admin.gql(REVOKE, { input: { certificateId: c.id, reason } }),
        'BAD_USER_INPUT',
        'REVOCATION_REASON_REQUIRED',
      );
    }
    expectError(
      await admin.gql(REVOKE, { input: { certificateId: c.id, reason: 'x'.repeat(10_000) } }),
      'BAD_USER_INPUT',
    );
    expectError(await admin.gql(REVOKE, { input: { certificateId: c.id, reason: 'a\u0000b' } }), 'BAD_USER_INPUT');
    expect(await countRows(`SELECT count(*) FROM certificate WHERE id = $1 AND status = 'VALID'`, [c.id])).toBe(1);
    const student2 = await signedIn(app, student);
    expectError(await student2.gql(REVOKE, { input: { certificateId: c.id, reason: 'zelf' } }), 'FORBIDDEN');

    const res = await admin.gql(REVOKE, { input: { certificateId: c.id, reason: 'Administratieve fout' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.revokeCertificate).toMatchObject({ status: 'REVOKED', revocationReason: 'Administratieve fout' });
    expect(res.data!.revokeCertificate.revokedAt).toBeTruthy();
    expect(
      await countRows(`SELECT count(*) FROM audit_event WHERE action = 'certificate.revoked' AND subject_id = $1`, [
        c.id,
      ]),
    ).toBe(1);
    expectError(
      await admin.gql(REVOKE, { input: { certificateId: c.id, reason: 'Nog eens' } }),
      'CONFLICT',
      'CERTIFICATE_REVOKED',
    );
  });

  it('reissue gives a new number with the corrected name; the old one is revoked and points to it', async () => {
    const student = await finishedStudent(p.core, p.coreModules, 'Jan Jansen');
    const old = (await issue(admin, student.user.id, p.core)).data!.issueCertificate;
    await sql(`UPDATE "user" SET name = 'Jan Janssen' WHERE id = $1`, [student.user.id]);
    const res = await admin.gql(REISSUE, { input: { certificateId: old.id, reason: 'Naam gecorrigeerd' } });
    expect(res.errors).toBeUndefined();
    const fresh = res.data!.reissueCertificate;
    expect(fresh).toMatchObject({
      holderName: 'Jan Janssen',
      replacesNumber: old.number,
      status: 'VALID',
      expiresAt: old.expiresAt,
    });
    expect(fresh.number).not.toBe(old.number);
    expect(fresh.verificationCode).not.toBe(old.verificationCode);
    const mine = (await (await signedIn(app, student)).gql(MY_CERTIFICATES)).data!.myCertificates;
    expect(mine.find((c: { id: string }) => c.id === old.id)).toMatchObject({
      status: 'REVOKED',
      replacedByNumber: fresh.number,
    });
    expect(
      await countRows(`SELECT count(*) FROM audit_event WHERE action = 'certificate.reissued' AND subject_id = $1`, [
        old.id,
      ]),
    ).toBe(1);
    expectError(
      await admin.gql(REISSUE, { input: { certificateId: old.id, reason: 'Nog eens' } }),
      'CONFLICT',
      'CERTIFICATE_REVOKED',
    );
  });

  it('the admin lists the valid certificates expiring in a period, soonest first', async () => {
    const soon = (await issue(admin, (await finishedStudent(p.core, p.coreModules)).user.id, p.core)).data!
      .issueCertificate;
    const later = (await issue(admin, (await finishedStudent(p.core, p.coreModules)).user.id, p.core)).data!
      .issueCertificate;
    const revoked = (await issue(admin, (await finishedStudent(p.core, p.coreModules)).user.id, p.core)).data!
      .issueCertificate;
    await sql(`UPDATE certificate SET expires_at = now() + interval '400 days' WHERE id = $1`, [soon.id]);
    await sql(`UPDATE certificate SET expires_at = now() + interval '401 days' WHERE id = $1`, [later.id]);
    await sql(`UPDATE certificate SET expires_at = now() + interval '400 days' WHERE id = $1`, [revoked.id]);
    await admin.gql(REVOKE, { input: { certificateId: revoked.id, reason: 'Vergissing' } });
    const from = new Date(Date.now() + 399 * 86400_000).toISOString();
    const until = new Date(Date.now() + 402 * 86400_000).toISOString();
    const query = `query Expiring($from: DateTime, $until: DateTime) {
      certificates(expiringFrom: $from, expiringUntil: $until, page: { limit: 100 }) { totalCount items { id status } }
    }`;
    const res = await admin.gql(query, { from, until });
    expect(res.errors).toBeUndefined();
    expect(res.data!.certificates.items.map((c: { id: string }) => c.id)).toEqual([soon.id, later.id]);
    expectError(await admin.gql(query, { from: until, until: from }), 'BAD_USER_INPUT');
    expectError(await admin.gql(query, { from }), 'BAD_USER_INPUT');
  });

  it('certificates cannot be deleted from under their holder: the foreign keys restrict', async () => {
    const student = await finishedStudent(p.core, p.coreModules);
    expect((await issue(admin, student.user.id, p.core)).errors).toBeUndefined();
    await expect(sql('DELETE FROM "user" WHERE id = $1', [student.user.id])).rejects.toThrow(/foreign key/);
  });
});
