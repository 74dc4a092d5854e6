// Hostile and careless input to every catalogue and learning mutation: each argument null,
// empty, 10 kB and 1 MB long, of the wrong type, out of range, with NUL bytes, unknown or
// someone else's ids; concurrent duplicates; deep and wide queries. Every answer is a GraphQL
// error with a code from DESIGN.md (or a 4xx), never a server error, a stack trace or SQL, and a
// refused request leaves every catalogue table exactly as it was.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { UserStatus } from '@imh/identity';
import { countRows, sql } from '../support/database';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createModule, enrol, resetTrack } from './catalogue-fixtures';
import { PDF, upload } from './upload-helpers';

const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];
/** What a leaked database error looks like. */
const SQL_TEXT =
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|violates|QueryFailedError|relation "|column "|syntax error/i;

let app: TestApp;
let storageDir: string;
let admin: GqlClient;
let student: GqlClient;
let studentUser: CreatedUser;
let otherStudent: CreatedUser;
let specialistBefore: Record<string, unknown>;

/** The objects the mutations are aimed at, made once. */
const world = {
  core: '',
  specialist: '',
  module: '',
  draft: '',
  lessons: [] as string[],
  otherTrackLesson: '',
  file: '',
  enrollment: '',
};

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-hostile-'));
  app = await startTestApp({ env: { FILE_STORAGE_DIR: storageDir } });
  admin = await signedIn(await createAdmin());
  studentUser = await createUser();
  otherStudent = await createUser();
  student = await signedIn(studentUser);
  world.core = await resetTrack('CORE');
  world.specialist = await resetTrack('SPECIALIST');
  [specialistBefore] = await sql(
    'SELECT title, description, target_audience, certificate_validity_months FROM track WHERE id = $1',
    [world.specialist],
  );
  const module = await createModule(world.core, { title: 'Hechting', lessons: 2 });
  world.module = module.id;
  world.lessons = module.lessonIds;
  world.draft = (await createModule(world.core, { title: 'Concept', status: 'DRAFT', lessons: 1 })).id;
  world.otherTrackLesson = (await createModule(world.specialist, { title: 'Specialistisch', lessons: 1 })).lessonIds[0];
  world.enrollment = await enrol(studentUser.user.id, world.core);
  const stored = await upload(admin, 'schema.pdf', PDF);
  world.file = stored.body.id!;
});
afterAll(async () => {
  // updateTrack's hostile values that are fine (an empty description) changed the shared track.
  await sql(
    'UPDATE track SET title = $2, description = $3, target_audience = $4, certificate_validity_months = $5 WHERE id = $1',
    [world.specialist, ...Object.values(specialistBefore)],
  );
  await app?.close();
  await rm(storageDir, { recursive: true, force: true });
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

/** Everything the catalogue and learning write, as one fingerprint per table. */
async function footprint(): Promise<Record<string, string>> {
  const tables = [
    'track',
    'module',
    'lesson',
    'module_prerequisite',
    'lesson_attachment',
    'lesson_progress',
    'enrollment',
  ];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await sql<{ digest: string | null }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
    );
    result[table] = row.digest ?? '';
  }
  result.audit = String(await countRows('SELECT count(*) FROM audit_event'));
  result.users = (
    await sql<{ digest: string }>(`SELECT md5(string_agg(roles::text, '|' ORDER BY id)) AS digest FROM "user"`)
  )[0].digest;
  return result;
}

interface Outcome {
  status: number;
  codes: string[];
  ok: boolean;
  text: string;
}

/** Posts the operation; a body too large for the API may come back as a plain 4xx. */
async function send(client: GqlClient, query: string, variables: Record<string, unknown>): Promise<Outcome> {
  const res = await client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON: only acceptable as a client error (checked by the caller).
  }
  return {
    status: res.status,
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'),
    ok: !body.errors?.length && body.data !== undefined,
    text,
  };
}

/**
 * The one expectation: answered, or refused with a code from the set and nothing written.
 * Returns the outcome for further checks.
 */
async function expectSafe(client: GqlClient, query: string, variables: Record<string, unknown>, label: string) {
  const before = await footprint();
  const outcome = await send(client, query, variables);
  expect(outcome.status, `${label}: status`).toBeLessThan(500);
  expect(outcome.text, `${label}: no SQL in the answer`).not.toMatch(SQL_TEXT);
  if (!outcome.ok) {
    if (outcome.codes.length) {
      for (const code of outcome.codes) expect(CODES, `${label}: ${outcome.text.slice(0, 300)}`).toContain(code);
    } else {
      expect(outcome.status, `${label}: a refusal without GraphQL errors must be a 4xx`).toBeGreaterThanOrEqual(400);
    }
    expect(await footprint(), `${label}: nothing written`).toEqual(before);
  }
  return outcome;
}

// ---- the generator ---------------------------------------------------------------------

type Kind = 'text' | 'id' | 'int' | 'float' | 'texts' | 'ids' | 'enum' | 'boolean';

const TEN_KB = 'x'.repeat(10 * 1024);
const ONE_MB = 'x'.repeat(1024 * 1024);

/** Values no argument of this kind should accept (or should take in its stride). */
function variants(kind: Kind): [string, unknown][] {
  const always: [string, unknown][] = [
    ['null', null],
    ['an object', { nested: true }],
  ];
  switch (kind) {
    case 'text':
      return [
        ...always,
        ['empty', ''],
        ['blank', '   '],
        ['10 kB', TEN_KB],
        ['1 MB', ONE_MB],
        ['a NUL byte', 'a\u0000b'],
        ['a number', 42],
        ['a list', ['a']],
      ];
    case 'id':
      return [
        ...always,
        ['empty', ''],
        ['not a uuid', 'not-a-uuid'],
        ['unknown', randomUUID()],
        ['10 kB', TEN_KB],
        ['1 MB', ONE_MB],
        ['a NUL byte', `${randomUUID()}\u0000`],
        ['a number', 42],
        ['a list', [randomUUID()]],
      ];
    case 'int':
      return [
        ...always,
        ['negative', -1],
        ['huge', 1_000_000],
        ['beyond 32 bits', 2 ** 31],
        ['a fraction', 1.5],
        ['a string', '7'],
      ];
    case 'float':
      return [...always, ['negative', -1], ['huge', 1e308], ['two decimals', 1.25], ['a string', '7']];
    case 'texts':
      return [
        ...always,
        ['empty', []],
        ['a null item', [null]],
        ['a 10 kB item', [TEN_KB]],
        ['1000 items', Array.from({ length: 1000 }, (_, i) => `doel ${i}`)],
        ['a NUL byte', ['a\u0000b']],
        ['a string', 'doel'],
        ['a number item', [42]],
      ];
    case 'ids':
      return [
        ...always,
        ['empty', []],
        ['a null item', [null]],
        ['not uuids', ['nope']],
        ['unknown', [randomUUID()]],
        ['duplicates', [world.lessons[0], world.lessons[0]]],
        ['1000 items', Array.from({ length: 1000 }, () => randomUUID())],
        ['a string', randomUUID()],
      ];
    case 'enum':
      return [...always, ['unknown', 'NOPE'], ['empty', ''], ['a number', 1]];
    case 'boolean':
      return [...always, ['a string', 'yes'], ['a number', 1]];
  }
}

interface Mutation {
  name: string;
  query: string;
  /** Valid variables (made fresh for each variant, so every variant changes one argument only). */
  base: () => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Each argument: its path in the variables and its kind. */
  args: Record<string, Kind>;
  as?: () => GqlClient;
}

const id = (field: string) => `mutation M($id: ID!) { ${field}(id: $id) { __typename } }`;
const scalar = (field: string) => `mutation M($id: ID!) { ${field}(id: $id) }`;
const input = (field: string, type: string) =>
  `mutation M($input: ${type}!) { ${field}(input: $input) { __typename } }`;

/** A module nobody depends on or works in, for the mutations that would change the shared one. */
async function spareModule(status: 'DRAFT' | 'PUBLISHED' = 'DRAFT') {
  return createModule(world.core, { title: 'Reserve', status, lessons: 2 });
}

const MUTATIONS: Mutation[] = [
  {
    name: 'createTrack',
    query: input('createTrack', 'CreateTrackInput'),
    base: () => ({ input: { code: 'CORE', title: 'Nog een kern' } }),
    args: {
      'input.code': 'enum',
      'input.title': 'text',
      'input.description': 'text',
      'input.targetAudience': 'text',
      'input.certificateValidityMonths': 'int',
      'input.requiresTrackId': 'id',
    },
  },
  {
    name: 'updateTrack',
    query: input('updateTrack', 'UpdateTrackInput'),
    base: () => ({ input: { id: world.specialist } }),
    args: {
      'input.id': 'id',
      'input.title': 'text',
      'input.description': 'text',
      'input.targetAudience': 'text',
      'input.certificateValidityMonths': 'int',
      'input.requiresTrackId': 'id',
    },
  },
  { name: 'publishTrack', query: id('publishTrack'), base: () => ({ id: world.core }), args: { id: 'id' } },
  { name: 'unpublishTrack', query: id('unpublishTrack'), base: () => ({ id: world.core }), args: { id: 'id' } },
  {
    name: 'createModule',
    query: input('createModule', 'CreateModuleInput'),
    base: () => ({ input: { trackId: world.core, title: 'Nieuw' } }),
    args: {
      'input.trackId': 'id',
      'input.title': 'text',
      'input.summary': 'text',
      'input.studyHours': 'float',
      'input.accreditationPoints': 'int',
      'input.learningGoals': 'texts',
      'input.prerequisiteIds': 'ids',
    },
  },
  {
    name: 'updateModule',
    query: input('updateModule', 'UpdateModuleInput'),
    base: async () => ({ input: { id: (await spareModule()).id } }),
    args: {
      'input.id': 'id',
      'input.title': 'text',
      'input.summary': 'text',
      'input.studyHours': 'float',
      'input.accreditationPoints': 'int',
      'input.learningGoals': 'texts',
      'input.prerequisiteIds': 'ids',
    },
  },
  { name: 'publishModule', query: id('publishModule'), base: () => ({ id: world.draft }), args: { id: 'id' } },
  { name: 'unpublishModule', query: id('unpublishModule'), base: () => ({ id: world.module }), args: { id: 'id' } },
  { name: 'archiveModule', query: id('archiveModule'), base: () => ({ id: world.module }), args: { id: 'id' } },
  { name: 'unarchiveModule', query: id('unarchiveModule'), base: () => ({ id: world.module }), args: { id: 'id' } },
  { name: 'deleteModule', query: scalar('deleteModule'), base: () => ({ id: world.draft }), args: { id: 'id' } },
  {
    name: 'reorderModules',
    query: `mutation M($input: ReorderInput!) { reorderModules(input: $input) { id } }`,
    base: async () => {
      const ids = await sql<{ id: string }>('SELECT id FROM module WHERE track_id = $1 ORDER BY position', [
        world.core,
      ]);
      return { input: { parentId: world.core, orderedIds: ids.map((r) => r.id) } };
    },
    args: { 'input.parentId': 'id', 'input.orderedIds': 'ids' },
  },
  {
    name: 'createLesson',
    query: input('createLesson', 'CreateLessonInput'),
    base: async () => ({ input: { moduleId: (await spareModule()).id, title: 'Nieuwe les' } }),
    args: { 'input.moduleId': 'id', 'input.title': 'text', 'input.body': 'text', 'input.videoUrl': 'text' },
  },
  {
    name: 'updateLesson',
    query: input('updateLesson', 'UpdateLessonInput'),
    base: async () => ({ input: { id: (await spareModule()).lessonIds[0] } }),
    args: { 'input.id': 'id', 'input.title': 'text', 'input.body': 'text', 'input.videoUrl': 'text' },
  },
  {
    name: 'deleteLesson',
    query: scalar('deleteLesson'),
    base: async () => ({ id: (await spareModule()).lessonIds[0] }),
    args: { id: 'id' },
  },
  {
    name: 'archiveLesson',
    query: id('archiveLesson'),
    base: async () => ({ id: (await spareModule()).lessonIds[0] }),
    args: { id: 'id' },
  },
  { name: 'unarchiveLesson', query: id('unarchiveLesson'), base: () => ({ id: world.lessons[0] }), args: { id: 'id' } },
  {
    name: 'reorderLessons',
    query: `mutation M($input: ReorderInput!) { reorderLessons(input: $input) { id } }`,
    base: () => ({ input: { parentId: world.module, orderedIds: world.lessons } }),
    args: { 'input.parentId': 'id', 'input.orderedIds': 'ids' },
  },
  {
    name: 'attachFileToLesson',
    query: `mutation M($lessonId: ID!, $fileId: ID!) { attachFileToLesson(lessonId: $lessonId, fileId: $fileId) { id } }`,
    base: () => ({ lessonId: world.lessons[1], fileId: world.file }),
    args: { lessonId: 'id', fileId: 'id' },
  },
  {
    name: 'detachFileFromLesson',
    query: `mutation M($lessonId: ID!, $fileId: ID!) { detachFileFromLesson(lessonId: $lessonId, fileId: $fileId) { id } }`,
    base: () => ({ lessonId: world.lessons[1], fileId: world.file }),
    args: { lessonId: 'id', fileId: 'id' },
  },
  {
    name: 'completeLesson',
    query: `mutation M($lessonId: ID!) { completeLesson(lessonId: $lessonId) { lessonId } }`,
    base: () => ({ lessonId: world.lessons[0] }),
    args: { lessonId: 'id' },
    as: () => student,
  },
  {
    name: 'enrollInTrack',
    query: `mutation M($trackId: ID!) { enrollInTrack(trackId: $trackId) { id } }`,
    base: () => ({ trackId: world.core }),
    args: { trackId: 'id' },
    as: () => student,
  },
  {
    name: 'enrollStudent',
    query: input('enrollStudent', 'EnrollStudentInput'),
    base: () => ({ input: { trackId: world.core, userId: studentUser.user.id } }),
    args: { 'input.trackId': 'id', 'input.userId': 'id' },
  },
  {
    name: 'withdrawEnrollment',
    query: id('withdrawEnrollment'),
    base: () => ({ id: randomUUID() }),
    args: { id: 'id' },
  },
];

function withValue(variables: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(variables);
  const keys = path.split('.');
  let at = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
  return copy;
}

describe.each(MUTATIONS)('$name', (mutation) => {
  it.each(Object.entries(mutation.args))(
    '%s: every hostile value is refused cleanly or taken safely',
    async (path, kind) => {
      for (const [label, value] of variants(kind)) {
        const variables = withValue(await mutation.base(), path, value);
        await expectSafe(mutation.as?.() ?? admin, mutation.query, variables, `${mutation.name} ${path} ${label}`);
      }
    },
  );

  it('signed out, as a student and as a docent (where admins only): refused, nothing written', async () => {
    const docent = await signedIn(await createUser({ roles: [Role.DOCENT] }));
    const variables = await mutation.base();
    const anonymous = await send(app.client(), mutation.query, variables);
    expect(anonymous.codes).toEqual(['UNAUTHENTICATED']);
    if (!mutation.as) {
      for (const [who, client] of [
        ['student', student],
        ['docent', docent],
      ] as const) {
        const outcome = await expectSafe(client, mutation.query, variables, `${mutation.name} as ${who}`);
        expect(outcome.codes, who).toEqual(['FORBIDDEN']);
      }
    }
  });
});

describe("other people's objects", () => {
  it('a student cannot complete a lesson of a track they do not follow, nor of a draft module', async () => {
    const complete = `mutation M($lessonId: ID!) { completeLesson(lessonId: $lessonId) { lessonId } }`;
    const other = await expectSafe(student, complete, { lessonId: world.otherTrackLesson }, 'other track');
    expect(other.codes).toEqual(['FORBIDDEN']);
    const [draftLesson] = await sql<{ id: string }>('SELECT id FROM lesson WHERE module_id = $1', [world.draft]);
    const draft = await expectSafe(student, complete, { lessonId: draftLesson.id }, 'draft module');
    expect(draft.codes).toEqual(['NOT_FOUND']);
  });

  it("a student cannot withdraw anyone's enrolment, their own included", async () => {
    const outcome = await expectSafe(student, id('withdrawEnrollment'), { id: world.enrollment }, 'withdraw');
    expect(outcome.codes).toEqual(['FORBIDDEN']);
  });

  it("a student's submission upload cannot be attached to a lesson", async () => {
    const stored = await upload(student, 'verslag.pdf', PDF, { purpose: 'SUBMISSION_FILE' });
    expect(stored.status).toBe(201);
    const outcome = await expectSafe(
      admin,
      `mutation M($lessonId: ID!, $fileId: ID!) { attachFileToLesson(lessonId: $lessonId, fileId: $fileId) { id } }`,
      { lessonId: world.lessons[0], fileId: stored.body.id },
      'submission file',
    );
    expect(outcome.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('an admin cannot enrol a deactivated account or a track that is a draft', async () => {
    const deactivated = await createUser({ status: UserStatus.DEACTIVATED });
    const enrolStudent = input('enrollStudent', 'EnrollStudentInput');
    const outcome = await expectSafe(
      admin,
      enrolStudent,
      { input: { trackId: world.core, userId: deactivated.user.id } },
      'deactivated',
    );
    expect(outcome.codes).toEqual(['BAD_USER_INPUT']);
    await expectSafe(admin, enrolStudent, { input: { trackId: world.core, userId: otherStudent.user.id } }, 'fine');
  });
});

describe('concurrent duplicates', () => {
  const parallel = <T>(n: number, fn: () => Promise<T>) => Promise.all(Array.from({ length: n }, fn));

  it('a student enrolling twice at once gets one enrolment and a CONFLICT', async () => {
    const newcomer = await signedIn(await createUser());
    const outcomes = await parallel(4, () =>
      send(newcomer, `mutation M($trackId: ID!) { enrollInTrack(trackId: $trackId) { id } }`, { trackId: world.core }),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    for (const refused of outcomes.filter((o) => !o.ok)) expect(refused.codes).toEqual(['CONFLICT']);
    expect(outcomes.every((o) => o.status < 500)).toBe(true);
  });

  it('an admin enrolling the same student twice at once gets one enrolment and a CONFLICT', async () => {
    const person = await createUser();
    const outcomes = await parallel(4, () =>
      send(admin, input('enrollStudent', 'EnrollStudentInput'), {
        input: { trackId: world.core, userId: person.user.id },
      }),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    for (const refused of outcomes.filter((o) => !o.ok)) expect(refused.codes).toEqual(['CONFLICT']);
    expect(await countRows('SELECT count(*) FROM enrollment WHERE student_id = $1', [person.user.id])).toBe(1);
  });

  it('the same lesson completed at once is one progress row', async () => {
    const person = await createUser();
    await enrol(person.user.id, world.core);
    const client = await signedIn(person);
    const outcomes = await parallel(4, () =>
      send(client, `mutation M($lessonId: ID!) { completeLesson(lessonId: $lessonId) { lessonId } }`, {
        lessonId: world.lessons[0],
      }),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await countRows('SELECT count(*) FROM lesson_progress WHERE student_id = $1', [person.user.id])).toBe(1);
  });

  it('modules created at once get distinct positions; one file attached at once is one attachment', async () => {
    const module = await spareModule();
    const lessons = await parallel(4, () =>
      send(admin, input('createLesson', 'CreateLessonInput'), { input: { moduleId: module.id, title: 'Tegelijk' } }),
    );
    expect(lessons.every((o) => o.ok)).toBe(true);
    const positions = await sql<{ position: number }>('SELECT position FROM lesson WHERE module_id = $1', [module.id]);
    expect(new Set(positions.map((p) => p.position)).size).toBe(positions.length);
    const stored = await upload(admin, 'tegelijk.pdf', PDF);
    const attach = await parallel(4, () =>
      send(
        admin,
        `mutation M($lessonId: ID!, $fileId: ID!) { attachFileToLesson(lessonId: $lessonId, fileId: $fileId) { id } }`,
        { lessonId: module.lessonIds[0], fileId: stored.body.id },
      ),
    );
    expect(attach.every((o) => o.ok)).toBe(true);
    expect(await countRows('SELECT count(*) FROM lesson_attachment WHERE file_id = $1', [stored.body.id])).toBe(1);
  });

  it('two admins making a prerequisite cycle at once: one of them is refused', async () => {
    const a = await spareModule();
    const b = await spareModule();
    const update = input('updateModule', 'UpdateModuleInput');
    const [first, second] = await Promise.all([
      send(admin, update, { input: { id: a.id, prerequisiteIds: [b.id] } }),
      send(admin, update, { input: { id: b.id, prerequisiteIds: [a.id] } }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([...first.codes, ...second.codes]).toEqual(['BAD_USER_INPUT']);
  });
});

describe('deep and wide queries', () => {
  it('a deep catalogue query is refused before it runs', async () => {
    let selection = 'id';
    for (let i = 0; i < 10; i++) selection = `modules { track { ${selection} } }`;
    const outcome = await send(admin, `{ tracks { ${selection} } }`, {});
    expect(outcome.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('many aliases of a lesson are answered or refused, never a server error', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `l${i}: lesson(id: $id) { id title }`).join(' ');
    const outcome = await send(student, `query Q($id: ID!) { ${aliases} }`, { id: world.lessons[0] });
    expect(outcome.status).toBeLessThan(500);
    if (!outcome.ok) for (const code of outcome.codes) expect(CODES).toContain(code);
  });
});
