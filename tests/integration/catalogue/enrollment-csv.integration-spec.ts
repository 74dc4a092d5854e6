import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { Role } from '@imh/common';
import {
  createAdmin,
  createDiscipline,
  createOrganisation,
  createUser,
  uniqueId,
  type CreatedUser,
} from '../support/factories';
import { linkToken } from '../support/mail';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { enrol, ensureTrack } from './catalogue-fixtures';

const PREVIEW = `query Preview($input: PreviewEnrollmentCsvInput!) {
  previewEnrollmentCsv(input: $input) {
    canImport validRowCount invalidRowCount fileProblems { code message line rowCount maxRows } previewHash
    rows {
      line email name action createsOrganisation problems { code field message }
      changes { field from to fromDiscipline { code nameEn } toDiscipline { code nameNl } currentRoles }
    }
  }
}`;
const IMPORT = `mutation Import($input: ImportEnrollmentCsvInput!) {
  importEnrollmentCsv(input: $input) { enrolledCount invitedCount organisationsCreated changesApplied skippedCount }
}`;

let app: TestApp;
let admin: GqlClient;
let discipline: string;

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  admin = await signedIn(await createAdmin({ name: 'Anouk Admin' }));
  discipline = (await createDiscipline()).code;
});
afterAll(async () => {
  await app?.close();
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

const counts = async () => ({
  users: await countRows('SELECT count(*) FROM "user"'),
  enrollments: await countRows('SELECT count(*) FROM enrollment'),
  organisations: await countRows('SELECT count(*) FROM organisation'),
  tokens: await countRows('SELECT count(*) FROM user_token'),
});

describe('enrolment by CSV', () => {
  it('the preview reports a duplicate e-mail, an unknown discipline and a missing name; the import refuses and writes nothing', async () => {
    const core = await ensureTrack('CORE');
    const [a, b, c] = [uniqueId('a'), uniqueId('b'), uniqueId('c')].map((x) => `${x}@csv.test`);
    const csv = [
      'email,name,discipline,organisation',
      `${a},Sanne Bakker,${discipline},${uniqueId('Org')}`,
      `${b},Jan Jansen,astrologie,`,
      `${c},,${discipline},`,
      `${a.toUpperCase()},Sanne B.,${discipline},`,
    ].join('\n');
    const before = await counts();

    const res = await admin.gql(PREVIEW, { input: { trackId: core, csv } });
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewEnrollmentCsv;
    expect(preview).toMatchObject({ canImport: false, validRowCount: 0, invalidRowCount: 4, fileProblems: [] });
    const problems = preview.rows.map((r: { line: number; problems: { code: string }[] }) => [
      r.line,
      r.problems.map((p) => p.code),
    ]);
    expect(problems).toEqual([
      [2, ['DUPLICATE_EMAIL']],
      [3, ['UNKNOWN_DISCIPLINE']],
      [4, ['MISSING_NAME']],
      [5, ['DUPLICATE_EMAIL']],
    ]);
    expect(preview.rows[0].problems[0].message).toContain('line 5');

    const refused = await admin.gql(IMPORT, { input: { trackId: core, csv, previewHash: preview.previewHash } });
    const error = expectError(refused, 'BAD_USER_INPUT', 'CSV_HAS_PROBLEMS');
    expect(Object.keys(error.extensions!.fields!).sort()).toEqual(['line2', 'line3', 'line4', 'line5']);
    expect(error.extensions!.fields!.line3).toContain('UNKNOWN_DISCIPLINE');
    expect(await counts()).toEqual(before);
  });

  it('a clean file imports in one go: new people are invited by e-mail, known people enrolled, organisations created', async () => {
    const core = await ensureTrack('CORE');
    const known = await createUser({ name: 'Bekende Student' });
    const newcomer = `${uniqueId('new')}@csv.test`;
    const organisation = uniqueId('Kraamzorg');
    const csv = [
      'E-mail;Naam;Discipline;Organisatie',
      `${newcomer};Noor de Wit;${discipline};${organisation}`,
      `${known.email};Bekende Student;;`,
    ].join('\r\n');

    const preview = (await admin.gql(PREVIEW, { input: { trackId: core, csv } })).data!.previewEnrollmentCsv;
    expect(preview).toMatchObject({ canImport: true, validRowCount: 2 });
    expect(preview.rows.map((r: { action: string }) => r.action)).toEqual(['INVITE', 'ENROLL_EXISTING']);
    expect(preview.rows[0].createsOrganisation).toBe(true);

    // The hash binds the import to the previewed file.
    expectError(
      await admin.gql(IMPORT, { input: { trackId: core, csv: `${csv}\r\n`, previewHash: preview.previewHash } }),
      'BAD_USER_INPUT',
      'PREVIEW_OUTDATED',
    );

    const res = await admin.gql(IMPORT, { input: { trackId: core, csv, previewHash: preview.previewHash } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importEnrollmentCsv).toEqual({
      enrolledCount: 2,
      invitedCount: 1,
      organisationsCreated: 1,
      changesApplied: 0,
      skippedCount: 0,
    });
    const [invited] = await sql<{ id: string; status: string; roles: string; name: string; organisation: string }>(
      `SELECT u.id, u.status, u.roles::text AS roles, u.name, o.name AS organisation
         FROM "user" u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = $1`,
      [newcomer],
    );
    expect(invited).toMatchObject({ status: 'INVITED', roles: '{STUDENT}', name: 'Noor de Wit', organisation });
    expect(
      await countRows(
        `SELECT count(*) FROM enrollment WHERE track_id = $1 AND status = 'ACTIVE' AND student_id IN ($2, $3)`,
        [core, invited.id, known.user.id],
      ),
    ).toBe(2);

    await app.drainQueues();
    const [mail] = app.mail.to(newcomer);
    expect(mail.subject).toBe('Uitnodiging voor IMH Academy');
    expect(mail.text).toContain('Anouk Admin');
    expect(linkToken(mail, '/set-password')).toBeTruthy();
    expect(app.mail.to(known.email)).toEqual([]);

    // Importing the same file again: everyone is already enrolled.
    const again = (await admin.gql(PREVIEW, { input: { trackId: core, csv } })).data!.previewEnrollmentCsv;
    expect(again.rows.map((r: { problems: { code: string }[] }) => r.problems.map((p) => p.code))).toEqual([
      ['ALREADY_ENROLLED'],
      ['ALREADY_ENROLLED'],
    ]);
  });

  it('a route file is refused for whoever has not completed the core', async () => {
    const core = await ensureTrack('CORE');
    const generalist = await ensureTrack('GENERALIST');
    const done = await createUser();
    await enrol(done.user.id, core, 'COMPLETED');
    const busy = await createUser();
    await enrol(busy.user.id, core);
    const csv = `email,name,discipline\n${done.email},Klaar,${discipline}\n${busy.email},Bezig,${discipline}\n`;
    const preview = (await admin.gql(PREVIEW, { input: { trackId: generalist, csv } })).data!.previewEnrollmentCsv;
    expect(preview.rows.map((r: { problems: { code: string }[] }) => r.problems.map((p) => p.code))).toEqual([
      [],
      ['REQUIRED_TRACK_NOT_COMPLETED'],
    ]);
    expect(preview.canImport).toBe(false);
  });

  it('reports file-level problems, and only admins may preview or import', async () => {
    const core = await ensureTrack('CORE');
    const preview = (await admin.gql(PREVIEW, { input: { trackId: core, csv: 'naam\nSanne\n' } })).data!
      .previewEnrollmentCsv;
    expect(preview.canImport).toBe(false);
    expect(preview.fileProblems).toEqual([
      {
        code: 'NO_EMAIL_COLUMN',
        message: expect.stringMatching(/e-mail column/),
        line: null,
        rowCount: null,
        maxRows: null,
      },
    ]);

    const student = await signedIn(await createUser());
    expectError(await student.gql(PREVIEW, { input: { trackId: core, csv: 'email,name\n' } }), 'FORBIDDEN');
    expectError(
      await student.gql(IMPORT, { input: { trackId: core, csv: 'email,name\n', previewHash: 'a'.repeat(64) } }),
      'FORBIDDEN',
    );
    expectError(await app.client().gql(PREVIEW, { input: { trackId: core, csv: 'email,name\n' } }), 'UNAUTHENTICATED');
  });
});

describe('changes to existing accounts', () => {
  const account = async (id: string) =>
    (
      await sql<{ discipline: string | null; organisation: string | null; roles: string }>(
        `SELECT d.code AS discipline, o.name AS organisation, u.roles::text AS roles
           FROM "user" u LEFT JOIN discipline d ON d.id = u.discipline_id
           LEFT JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
        [id],
      )
    )[0];
  const enrolled = (trackId: string, userId: string) =>
    countRows(`SELECT count(*) FROM enrollment WHERE track_id = $1 AND student_id = $2 AND status = 'ACTIVE'`, [
      trackId,
      userId,
    ]);

  /** A student with a discipline and an organisation, and a docent, both listed with other values. */
  async function scenario() {
    const core = await ensureTrack('CORE');
    const [before, after] = [await createDiscipline(), await createDiscipline()];
    const employer = await createOrganisation();
    const student = await createUser({ disciplineId: before.id, organisationId: employer.id });
    const docent = await createUser({ roles: [Role.DOCENT] });
    const newOrganisation = uniqueId('Nieuwe werkgever');
    const csv = [
      'email,name,discipline,organisation',
      `${student.email},Sanne,${after.code},${newOrganisation}`,
      `${docent.email},Docent,${after.code},`,
    ].join('\n');
    const res = await admin.gql(PREVIEW, { input: { trackId: core, csv } });
    expect(res.errors).toBeUndefined();
    return {
      core,
      before,
      after,
      employer,
      student,
      docent,
      newOrganisation,
      csv,
      preview: res.data!.previewEnrollmentCsv,
    };
  }

  it('the preview shows each change, old → new, and the student role a staff account would get', async () => {
    const { before, after, employer, newOrganisation, preview } = await scenario();
    expect(preview.canImport).toBe(true);
    expect(preview.rows.map((r: { action: string }) => r.action)).toEqual(['ENROLL_EXISTING', 'ENROLL_EXISTING']);
    expect(preview.rows[0].changes).toEqual([
      {
        field: 'DISCIPLINE',
        from: before.code,
        to: after.code,
        fromDiscipline: { code: before.code, nameEn: before.nameEn },
        toDiscipline: { code: after.code, nameNl: after.nameNl },
        currentRoles: [],
      },
      {
        field: 'ORGANISATION',
        from: employer.name,
        to: newOrganisation,
        fromDiscipline: null,
        toDiscipline: null,
        currentRoles: [],
      },
    ]);
    expect(preview.rows[1].changes.map((c: { field: string; from: string | null }) => [c.field, c.from])).toEqual([
      ['DISCIPLINE', null],
      ['STUDENT_ROLE', null],
    ]);
    expect(preview.rows[1].changes[1]).toMatchObject({ to: 'STUDENT', currentRoles: ['DOCENT'] });
  });

  it('without confirmations nothing about the accounts changes: the student is enrolled, the docent is not', async () => {
    const { core, before, employer, student, docent, newOrganisation, csv, preview } = await scenario();
    const organisations = await countRows('SELECT count(*) FROM organisation');

    const res = await admin.gql(IMPORT, { input: { trackId: core, csv, previewHash: preview.previewHash } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importEnrollmentCsv).toEqual({
      enrolledCount: 1,
      invitedCount: 0,
      organisationsCreated: 0,
      changesApplied: 0,
      skippedCount: 1,
    });
    expect(await account(student.user.id)).toEqual({
      discipline: before.code,
      organisation: employer.name,
      roles: '{STUDENT}',
    });
    expect(await account(docent.user.id)).toEqual({ discipline: null, organisation: null, roles: '{DOCENT}' });
    expect(await enrolled(core, student.user.id)).toBe(1);
    expect(await enrolled(core, docent.user.id)).toBe(0);
    // The unconfirmed organisation was not made either.
    expect(await countRows('SELECT count(*) FROM organisation')).toBe(organisations);
    expect(await countRows('SELECT count(*) FROM organisation WHERE name = $1', [newOrganisation])).toBe(0);
  });

  it('applies exactly the confirmed changes, each audited', async () => {
    const { core, after, employer, student, docent, csv, preview } = await scenario();
    const res = await admin.gql(IMPORT, {
      input: {
        trackId: core,
        csv,
        previewHash: preview.previewHash,
        confirmedChanges: [
          { email: student.email, field: 'DISCIPLINE' },
          { email: docent.email.toUpperCase(), field: 'STUDENT_ROLE' },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importEnrollmentCsv).toMatchObject({ enrolledCount: 2, changesApplied: 2, skippedCount: 0 });
    // The organisation change was not confirmed; the docent's discipline neither.
    expect(await account(student.user.id)).toEqual({
      discipline: after.code,
      organisation: employer.name,
      roles: '{STUDENT}',
    });
    expect(await account(docent.user.id)).toEqual({ discipline: null, organisation: null, roles: '{DOCENT,STUDENT}' });
    expect(await enrolled(core, docent.user.id)).toBe(1);
    const audits = await sql<{ action: string; subject_id: string }>(
      `SELECT action, subject_id FROM audit_event WHERE subject_id = ANY($1::uuid[]) AND action LIKE 'user.%' ORDER BY action`,
      [[student.user.id, docent.user.id]],
    );
    expect(audits).toEqual([
      { action: 'user.profile_changed', subject_id: student.user.id },
      { action: 'user.roles_changed', subject_id: docent.user.id },
    ]);
  });

  it('refuses a confirmation the preview did not offer, and a preview the accounts have outgrown; nothing is written', async () => {
    const { core, student, docent, csv, preview } = await scenario();
    const before = await counts();

    const notOffered = await admin.gql(IMPORT, {
      input: {
        trackId: core,
        csv,
        previewHash: preview.previewHash,
        confirmedChanges: [
          { email: student.email, field: 'DISCIPLINE' },
          { email: student.email, field: 'STUDENT_ROLE' },
          { email: 'nobody@csv.test', field: 'ORGANISATION' },
        ],
      },
    });
    const error = expectError(notOffered, 'BAD_USER_INPUT', 'CSV_CHANGE_NOT_OFFERED');
    expect(Object.keys(error.extensions!.fields!)).toEqual(['confirmedChanges.1', 'confirmedChanges.2']);
    expect(error.extensions!.params).toEqual({ emails: [student.email, 'nobody@csv.test'] });

    // The docent becomes a student elsewhere meanwhile: the role change the admin saw is gone.
    await sql(`UPDATE "user" SET roles = '{DOCENT,STUDENT}' WHERE id = $1`, [docent.user.id]);
    const outdated = await admin.gql(IMPORT, {
      input: {
        trackId: core,
        csv,
        previewHash: preview.previewHash,
        confirmedChanges: [{ email: student.email, field: 'DISCIPLINE' }],
      },
    });
    expectError(outdated, 'BAD_USER_INPUT', 'PREVIEW_OUTDATED');
    expect(await counts()).toEqual(before);
    expect(await enrolled(core, student.user.id)).toBe(0);
  });
});
