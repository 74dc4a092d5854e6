// Hostile inputs for the enrolment CSV import, intake requests and upload limits. A small
// generator replaces each argument of each operation (every leaf of its input) with null, empty,
// blank, 10 kB, 1 MB, a NUL byte, the wrong type and out-of-range values. Every answer is data or
// a GraphQL error with a code from DESIGN.md (never INTERNAL_SERVER_ERROR, a stack trace or SQL),
// and a refused request writes nothing. Then hostile CSV files, other people's ids and
// concurrent duplicates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import {
  createAdmin,
  createDiscipline,
  createUser,
  uniqueEmail,
  uniqueId,
  type CreatedUser,
} from '../support/factories';
import { startTestApp, type GqlClient, type GqlResult, type TestApp } from '../support/test-app';
import { ensureTrack } from './catalogue-fixtures';

const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];

const PREVIEW = `query Preview($input: PreviewEnrollmentCsvInput!) {
  previewEnrollmentCsv(input: $input) {
    canImport previewHash fileProblems { code line rowCount maxRows }
    rows { line action problems { code } changes { field from to } }
  }
}`;
const IMPORT = `mutation Import($input: ImportEnrollmentCsvInput!) {
  importEnrollmentCsv(input: $input) { enrolledCount invitedCount organisationsCreated changesApplied skippedCount }
}`;
const SUBMIT_INTAKE = `mutation Intake($input: SubmitIntakeRequestInput!) { submitIntakeRequest(input: $input) { id email name } }`;
const INTAKE_REQUESTS = `query Requests($handled: Boolean, $page: PageInput) {
  intakeRequests(handled: $handled, page: $page) { totalCount offset limit items { id } }
}`;
const SET_HANDLED = `mutation Handled($id: ID!, $handled: Boolean!) {
  setIntakeRequestHandled(id: $id, handled: $handled) { id handledAt handledById }
}`;
const UPLOAD_LIMITS = `query Limits($purpose: String) { uploadLimits { maxBytes allowedTypes(purpose: $purpose) } }`;

let app: TestApp;
let admin: GqlClient;
let adminUser: CreatedUser;
let student: GqlClient;
let discipline: string;
let core: string;

beforeAll(async () => {
  // The intake limit is tested on its own; here it must not decide the answers.
  app = await startTestApp({ env: { MAIL_PER_ADDRESS: '10000', MAIL_PER_RECIPIENT: '1000' } });
  adminUser = await createAdmin();
  admin = await signedIn(adminUser);
  student = await signedIn(await createUser({ roles: [Role.STUDENT] }));
  discipline = (await createDiscipline()).code;
  core = await ensureTrack('CORE');
});
afterAll(async () => {
  await app?.close();
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

// ---------------------------------------------------------------------------------------------
// The generator.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TEN_KB = 'x'.repeat(10 * 1024);
const ONE_MB = 'x'.repeat(1024 * 1024);

/** What each leaf is replaced with; strings, numbers and booleans alike get every one. */
const VARIANTS: [string, Json][] = [
  ['null', null],
  ['empty', ''],
  ['blank', '   \t\n'],
  ['10 kB', TEN_KB],
  ['1 MB', ONE_MB],
  ['a NUL byte', 'ab\u0000cd'],
  ['a number', 42],
  ['a negative number', -1],
  ['past 32 bits', 2 ** 31],
  ['a float', 1.5],
  ['a boolean', true],
  ['an object', { a: 1 }],
  ['a list', ['a']],
  ['unicode', 'Zoë 👶🏽 \u202e'],
];

/** Every path to a leaf (lists included, by index), e.g. `input.confirmedChanges.0.email`. */
function leafPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.length ? value.flatMap((v, i) => leafPaths(v, [...prefix, i])) : [prefix];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  }
  return [prefix];
}

function replaced(value: Json, path: (string | number)[], by: Json): Json {
  if (!path.length) return by;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, by) : v));
  const object = (value ?? {}) as Record<string, Json>;
  return { ...object, [head]: replaced(object[head as string], rest, by) };
}

/** Data, or errors that each carry a code from DESIGN.md, never a server error. */
function expectHandled(res: GqlResult, label: string) {
  expect(res.status, label).toBeLessThan(500);
  for (const error of res.errors ?? []) {
    expect(CODES, `${label}: ${JSON.stringify(error).slice(0, 300)}`).toContain(error.extensions?.code);
    expect(JSON.stringify(error), label).not.toMatch(/QueryFailed|SELECT |INSERT |violates|stacktrace/i);
  }
}

interface Operation {
  name: string;
  client: () => GqlClient;
  document: string;
  /** Fresh valid variables for one case (new addresses, a fresh preview). */
  variables: () => Promise<Record<string, Json>>;
  /** What a refused call must leave as it was. */
  state: () => Promise<Record<string, number>>;
}

const csvState = async () => ({
  users: await countRows('SELECT count(*) FROM "user"'),
  enrollments: await countRows('SELECT count(*) FROM enrollment'),
  organisations: await countRows('SELECT count(*) FROM organisation'),
  tokens: await countRows('SELECT count(*) FROM user_token'),
  audit: await countRows('SELECT count(*) FROM audit_event'),
});
const intakeState = async () => ({
  requests: await countRows('SELECT count(*) FROM intake_request'),
  handled: await countRows('SELECT count(*) FROM intake_request WHERE handled_at IS NOT NULL'),
});

/** A file with a new person and an existing staff account, so every input has something to act on. */
async function csvCase(): Promise<{ csv: string; previewHash: string; staffEmail: string }> {
  const staff = await createUser({ roles: [Role.DOCENT] });
  const csv = `email,name,discipline,organisation\n${uniqueEmail('csv')},Nieuw,${discipline},${uniqueId('Org')}\n${staff.email},Docent,,\n`;
  const res = await admin.gql(PREVIEW, { input: { trackId: core, csv } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { csv, previewHash: res.data!.previewEnrollmentCsv.previewHash, staffEmail: staff.email };
}

async function intakeRequestId(): Promise<string> {
  const res = await app.client().gql(SUBMIT_INTAKE, {
    input: { name: 'Bezoeker', email: uniqueEmail('intake'), organisation: 'Wijkteam', discipline: 'Jeugdzorg' },
  });
  return res.data!.submitIntakeRequest.id;
}

const OPERATIONS: Operation[] = [
  {
    name: 'previewEnrollmentCsv',
    client: () => admin,
    document: PREVIEW,
    variables: async () => ({ input: { trackId: core, csv: `email,name\n${uniqueEmail('p')},Sanne\n` } }),
    state: csvState,
  },
  {
    name: 'importEnrollmentCsv',
    client: () => admin,
    document: IMPORT,
    variables: async () => {
      const { csv, previewHash, staffEmail } = await csvCase();
      return {
        input: { trackId: core, csv, previewHash, confirmedChanges: [{ email: staffEmail, field: 'STUDENT_ROLE' }] },
      };
    },
    state: csvState,
  },
  {
    name: 'submitIntakeRequest',
    client: () => app.client(),
    document: SUBMIT_INTAKE,
    variables: async () => ({
      input: {
        name: 'Fatima El Amrani',
        email: uniqueEmail('intake'),
        phone: '06 12345678',
        organisation: 'Wijkteam Oost',
        discipline: 'Maatschappelijk werk',
        trackInterest: 'GENERALIST',
        message: 'Graag in het voorjaar.',
        locale: 'nl',
      },
    }),
    state: intakeState,
  },
  {
    name: 'intakeRequests',
    client: () => admin,
    document: INTAKE_REQUESTS,
    variables: async () => ({ handled: false, page: { offset: 0, limit: 5 } }),
    state: intakeState,
  },
  {
    name: 'setIntakeRequestHandled',
    client: () => admin,
    document: SET_HANDLED,
    variables: async () => ({ id: await intakeRequestId(), handled: true }),
    state: intakeState,
  },
  {
    name: 'uploadLimits',
    client: () => admin,
    document: UPLOAD_LIMITS,
    variables: async () => ({ purpose: 'LESSON_ATTACHMENT' }),
    state: async () => ({ files: await countRows('SELECT count(*) FROM stored_file') }),
  },
];

describe.each(OPERATIONS)('$name with each argument replaced', (operation) => {
  it('answers every variant with data or a coded error, and a refusal writes nothing', async () => {
    const template = await operation.variables();
    const paths = leafPaths(template);
    expect(paths.length).toBeGreaterThan(0);
    let refused = 0;
    for (const path of paths) {
      for (const [label, value] of VARIANTS) {
        const variables = replaced(await operation.variables(), path, value) as Record<string, Json>;
        const before = await operation.state();
        const res = await operation.client().gql(operation.document, variables);
        const name = `${operation.name} ${path.join('.')} = ${label}`;
        expectHandled(res, name);
        if (res.errors?.length) {
          refused += 1;
          expect(await operation.state(), name).toEqual(before);
        }
      }
    }
    // The generator is only worth something if most variants are refused.
    expect(refused).toBeGreaterThan(paths.length * 4);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile files: the preview names what is wrong; the import refuses and writes nothing.

const header = 'email,name,discipline,organisation';
/** A file, the file problems its preview must name (none: its rows have problems instead). */
const HOSTILE_FILES: [string, () => string, string[]][] = [
  ['only a byte order mark', () => '\uFEFF', ['EMPTY']],
  ['only line breaks', () => '\r\n\n\r\n', ['EMPTY']],
  ['an unclosed quote', () => `${header}\n"${uniqueEmail('q')},Sanne,${discipline},\n`, ['UNREADABLE']],
  ['one row too many', () => `${header}\n${`${uniqueEmail('m')},A,${discipline},\n`.repeat(1001)}`, ['TOO_MANY_ROWS']],
  [
    'ten thousand columns, one row without a name',
    () => `${header},${'x,'.repeat(10_000)}\n${uniqueEmail('c')},,${discipline},O\n`,
    [],
  ],
  ['a 500 kB cell', () => `${header}\n${uniqueEmail('big')},${'n'.repeat(500_000)},${discipline},\n`, []],
  ['two e-mail columns', () => `email,e-mail,name\n${uniqueEmail('a')},${uniqueEmail('b')},A\n`, []],
  ['no header names at all', () => ',,,\n,,,\n', ['NO_EMAIL_COLUMN', 'NO_NAME_COLUMN']],
  ['a tab-separated file', () => `email\tname\n${uniqueEmail('t')}\tA\n`, ['NO_EMAIL_COLUMN', 'NO_NAME_COLUMN']],
];

describe('hostile CSV files', () => {
  it.each(HOSTILE_FILES)(
    '%s: the preview says why, the import refuses, nothing is written',
    async (_l, make, codes) => {
      const csv = make();
      const res = await admin.gql(PREVIEW, { input: { trackId: core, csv } });
      expectHandled(res, 'preview');
      expect(res.errors).toBeUndefined();
      const preview = res.data!.previewEnrollmentCsv;
      expect(preview.fileProblems.map((p: { code: string }) => p.code)).toEqual(codes);
      if (!codes.length) {
        // The file reads, but its rows have problems (too long, invalid, unknown).
        expect(preview.rows.some((r: { problems: unknown[] }) => r.problems.length)).toBe(true);
      }
      expect(preview.canImport).toBe(false);
      const before = await csvState();
      const refused = await admin.gql(IMPORT, { input: { trackId: core, csv, previewHash: preview.previewHash } });
      const error = expectError(refused, 'BAD_USER_INPUT');
      expect(['CSV_FILE_INVALID', 'CSV_HAS_PROBLEMS']).toContain(error.extensions?.reason);
      expect(await csvState()).toEqual(before);
    },
  );

  it('cells that look like SQL, markup or formulas are data, not instructions', async () => {
    const email = uniqueEmail('sql');
    const organisation = `${uniqueId('Org')}'); DROP TABLE "user"; --`;
    const name = '=HYPERLINK("http://evil.test") <script>alert(1)</script>';
    const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
    const csv = `${header}\n${email},${quoted(name)},${discipline},${quoted(organisation)}\n`;
    const preview = (await admin.gql(PREVIEW, { input: { trackId: core, csv } })).data!.previewEnrollmentCsv;
    expect(preview.canImport).toBe(true);
    const res = await admin.gql(IMPORT, { input: { trackId: core, csv, previewHash: preview.previewHash } });
    expect(res.errors).toBeUndefined();
    const [row] = await sql<{ name: string; organisation: string }>(
      'SELECT u.name, o.name AS organisation FROM "user" u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = $1',
      [email],
    );
    expect(row).toEqual({ name, organisation });
  });

  it('a track that is not published, unknown or not a uuid is refused before anything is read', async () => {
    const [draft] = await sql<{ id: string }>(
      `INSERT INTO track (code, title, status) SELECT 'SPECIALIST', 'Route IMH specialist', 'DRAFT'
        WHERE NOT EXISTS (SELECT 1 FROM track WHERE code = 'SPECIALIST') RETURNING id`,
    );
    const { csv } = await csvCase();
    const before = await csvState();
    if (draft) {
      const preview = await admin.gql(PREVIEW, { input: { trackId: draft.id, csv } });
      const hash = preview.data!.previewEnrollmentCsv.previewHash;
      expectError(
        await admin.gql(IMPORT, { input: { trackId: draft.id, csv, previewHash: hash } }),
        'BAD_USER_INPUT',
        'TRACK_NOT_PUBLISHED',
      );
      await sql('DELETE FROM track WHERE id = $1', [draft.id]);
    }
    const unknown = '3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10';
    expectError(await admin.gql(PREVIEW, { input: { trackId: unknown, csv } }), 'NOT_FOUND');
    expectError(
      await admin.gql(IMPORT, { input: { trackId: unknown, csv, previewHash: 'a'.repeat(64) } }),
      'NOT_FOUND',
    );
    expectError(await admin.gql(PREVIEW, { input: { trackId: 'core', csv } }), 'BAD_USER_INPUT');
    expect(await csvState()).toEqual(before);
  });

  it("confirming changes to accounts that are not in the file, or another row's field, is refused", async () => {
    const { csv, previewHash, staffEmail } = await csvCase();
    const before = await csvState();
    for (const confirmedChanges of [
      [{ email: adminUser.email, field: 'STUDENT_ROLE' }],
      [{ email: staffEmail, field: 'ORGANISATION' }],
      [{ email: staffEmail, field: 'DISCIPLINE' }],
      Array.from({ length: 3001 }, () => ({ email: staffEmail, field: 'STUDENT_ROLE' })),
    ]) {
      const res = await admin.gql(IMPORT, { input: { trackId: core, csv, previewHash, confirmedChanges } });
      expectError(res, 'BAD_USER_INPUT');
    }
    expect(await csvState()).toEqual(before);
    expect(await sql('SELECT roles::text FROM "user" WHERE email = $1', [adminUser.email])).toEqual([
      { roles: '{ADMIN}' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Other people's things and concurrent duplicates.

describe('who may, and at once', () => {
  it('only admins preview, import and handle intake; a student gets FORBIDDEN and nothing changes', async () => {
    const { csv, previewHash } = await csvCase();
    const id = await intakeRequestId();
    const before = { ...(await csvState()), ...(await intakeState()) };
    expectError(await student.gql(PREVIEW, { input: { trackId: core, csv } }), 'FORBIDDEN');
    expectError(await student.gql(IMPORT, { input: { trackId: core, csv, previewHash } }), 'FORBIDDEN');
    expectError(await student.gql(SET_HANDLED, { id, handled: true }), 'FORBIDDEN');
    expectError(await app.client().gql(SET_HANDLED, { id, handled: true }), 'UNAUTHENTICATED');
    expectError(await student.gql(INTAKE_REQUESTS), 'FORBIDDEN');
    expectError(
      await admin.gql(SET_HANDLED, { id: '3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10', handled: true }),
      'NOT_FOUND',
    );
    expect({ ...(await csvState()), ...(await intakeState()) }).toEqual(before);
  });

  it('the same import sent five times at once is imported once; the others are told to preview again', async () => {
    const { csv, previewHash, staffEmail } = await csvCase();
    const input = { trackId: core, csv, previewHash, confirmedChanges: [{ email: staffEmail, field: 'STUDENT_ROLE' }] };
    const results = await Promise.all(Array.from({ length: 5 }, () => admin.gql(IMPORT, { input })));
    const done = results.filter((r) => !r.errors);
    expect(done).toHaveLength(1);
    expect(done[0].data!.importEnrollmentCsv).toMatchObject({ enrolledCount: 2, invitedCount: 1 });
    for (const refused of results.filter((r) => r.errors)) expectError(refused, 'BAD_USER_INPUT', 'PREVIEW_OUTDATED');
    const newcomer = csv.split('\n')[1].split(',')[0];
    expect(await countRows('SELECT count(*) FROM "user" WHERE email = $1', [newcomer])).toBe(1);
    expect(
      await countRows(`SELECT count(*) FROM user_token t JOIN "user" u ON u.id = t.user_id WHERE u.email = $1`, [
        newcomer,
      ]),
    ).toBe(1);
    expect(
      await countRows(
        `SELECT count(*) FROM audit_event WHERE action = 'user.roles_changed'
           AND subject_id = (SELECT id FROM "user" WHERE email = $1)`,
        [staffEmail],
      ),
    ).toBe(1);
  });

  it('an intake request handled five times at once is handled once, by the first', async () => {
    const id = await intakeRequestId();
    const results = await Promise.all(Array.from({ length: 5 }, () => admin.gql(SET_HANDLED, { id, handled: true })));
    for (const res of results) expect(res.errors).toBeUndefined();
    const stamps = new Set(results.map((r) => r.data!.setIntakeRequestHandled.handledAt));
    expect(stamps.size).toBe(1);
  });
});
