// Every cohorts operation fed hostile input: each argument null, missing, empty, over-long (10 kB
// and 1 MB), of the wrong type, out of range, with a NUL byte, or the id of something else; then
// other people's objects and concurrent duplicates. Every answer is a GraphQL error with a code
// from DESIGN.md (or a 4xx), never a server error, a stack trace or SQL, and a refused request
// leaves nothing written. The cases are generated from one table of operations and their argument
// leaves; a leaf lists the few hostile values it may accept (an optional field left out).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../support/database';
import { createAdmin, createUser, uniqueId, type CreatedUser } from '../support/factories';
import { startTestApp, type AnyData, type GqlClient, type TestApp } from '../support/test-app';
import {
  ADD_DOCENT,
  ADD_MEETING,
  ADD_STUDENT,
  COHORT,
  COHORTS,
  COMMIT,
  CREATE_COHORT,
  createDocent,
  createPool,
  DISCARD,
  ensureTrack,
  ids,
  insertCohort,
  MOVE,
  POOL,
  PROPOSAL,
  PROPOSE,
  REMOVE_DOCENT,
  REMOVE_MEETING,
  REMOVE_STUDENT,
  UPDATE_COHORT,
  UPDATE_MEETING,
  type PoolStudent,
} from './cohort-fixtures';

/** The codes DESIGN.md allows in `extensions.code`. */
const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];
/** What must never reach a client: SQL, driver errors, stack frames. */
const LEAKS =
  /\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b|QueryFailedError|duplicate key|violates|invalid input syntax|relation "|\bat \S+:\d+:\d+/;
const OMIT = Symbol('omit');
const KB10 = 'x'.repeat(10 * 1024);
const MB1 = 'x'.repeat(1024 * 1024);

let app: TestApp;
let admin: GqlClient;
let adminUser: CreatedUser;
let core: string;

beforeAll(async () => {
  app = await startTestApp();
  core = await ensureTrack('CORE');
  // An admin of this file only: the audit rows it writes are this file's, whatever runs beside it.
  adminUser = await createAdmin();
  admin = await signedIn(adminUser);
});
afterAll(async () => {
  await app?.close();
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

async function ok(client: GqlClient, query: string, variables?: Record<string, unknown>): Promise<AnyData> {
  const res = await client.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

// ---- fixtures --------------------------------------------------------------------------------

interface Fixture {
  pool: PoolStudent[];
  /** In the cohort. */
  members: PoolStudent[];
  /** Still in the track's pool, and in the proposal. */
  free: PoolStudent[];
  docent: CreatedUser;
  otherDocent: CreatedUser;
  cohortId: string;
  meetingId: string;
  proposalId: string;
}

/** A cohort with two students, a docent and a meeting, and an open proposal of four more students. */
async function fixture(): Promise<Fixture> {
  const pool = await createPool(core, { students: 6, disciplines: 2, organisations: 1 });
  const [docent, otherDocent] = [await createDocent(), await createDocent()];
  const members = pool.slice(0, 2);
  const free = pool.slice(2);
  const cohortId = await insertCohort(core, {
    name: uniqueId('Vijandig '),
    studentIds: ids(members),
    docentIds: [docent.user.id],
    meetings: 1,
  });
  const [{ id: meetingId }] = await sql<{ id: string }>('SELECT id FROM cohort_meeting WHERE cohort_id = $1', [
    cohortId,
  ]);
  const { proposeCohorts } = await ok(admin, PROPOSE, {
    input: { trackId: core, studentIds: ids(free), minSize: 2, maxSize: 2 },
  });
  return { pool, members, free, docent, otherDocent, cohortId, meetingId, proposalId: proposeCohorts.id };
}

/** What this file's requests could have written: compared before and after every refused one. */
async function written(f: Fixture): Promise<unknown> {
  const [row] = await sql(
    `SELECT
       (SELECT count(*) FROM audit_event WHERE actor_id = $1)::int AS audits,
       (SELECT string_agg(concat_ws('|', id, status, groups), ',' ORDER BY id) FROM cohort_proposal
         WHERE created_by_id = $1) AS proposals,
       (SELECT concat_ws('|', name, starts_on, ends_on, mode, status, organisation_id) FROM cohort WHERE id = $2) AS cohort,
       (SELECT string_agg(concat_ws('|', cohort_id, student_id), ',' ORDER BY cohort_id, student_id) FROM cohort_member
         WHERE cohort_id = $2 OR student_id = ANY($3::uuid[])) AS members,
       (SELECT string_agg(docent_id::text, ',' ORDER BY docent_id) FROM cohort_docent WHERE cohort_id = $2) AS docents,
       (SELECT string_agg(concat_ws('|', id, starts_at, ends_at, place, online_url, topic), ',' ORDER BY id)
         FROM cohort_meeting WHERE cohort_id = $2) AS meetings`,
    [adminUser.user.id, f.cohortId, ids(f.pool)],
  );
  return row;
}

// ---- the operations and their argument leaves --------------------------------------------------

type Kind = 'id' | 'ids' | 'string' | 'int' | 'date' | 'day' | 'enum' | 'list' | 'object';
type Path = (string | number)[];

interface Leaf {
  path: Path;
  kind: Kind;
  /** May be null or left out. */
  optional?: boolean;
  /** Hostile values (by variant name) this leaf may accept, e.g. an empty list of docents. */
  mayPass?: string[];
  /** Ids of other things (a proposal where a cohort is asked for): refused like unknown ids. */
  others?: (f: Fixture) => string[];
}

interface Operation {
  name: string;
  document: string;
  variables: (f: Fixture) => Record<string, unknown>;
  leaves: Leaf[];
}

const MEETING = {
  startsAt: '2027-09-06T07:30:00.000Z',
  endsAt: '2027-09-06T11:00:00.000Z',
  place: 'Utrecht',
  onlineUrl: 'https://meet.example.org/imh',
  topic: 'Kennismaking',
};
const PERIOD = { startsOn: '2027-09-06', endsOn: '2028-01-31' };

/** The leaves of a meeting input under `at`. */
const meetingLeaves = (at: Path, optionalTimes = false): Leaf[] => [
  { path: [...at, 'startsAt'], kind: 'date', optional: optionalTimes },
  { path: [...at, 'endsAt'], kind: 'date', optional: optionalTimes },
  // A place or a link is enough; empty text means none.
  { path: [...at, 'place'], kind: 'string', optional: true, mayPass: ['empty', 'blank'] },
  { path: [...at, 'onlineUrl'], kind: 'string', optional: true, mayPass: ['empty', 'blank'] },
  { path: [...at, 'topic'], kind: 'string', optional: optionalTimes, mayPass: ['empty', 'blank', 'missing'] },
];

const periodLeaves = (at: Path, optional = false): Leaf[] => [
  { path: at, kind: 'object', optional },
  { path: [...at, 'startsOn'], kind: 'day' },
  { path: [...at, 'endsOn'], kind: 'day' },
];

const OPERATIONS: Operation[] = [
  {
    name: 'proposeCohorts',
    document: PROPOSE,
    variables: (f) => ({
      input: {
        trackId: core,
        studentIds: ids(f.free),
        minSize: 2,
        maxSize: 2,
        mode: 'OPEN',
        pins: [{ studentId: f.free[0].user.id, groupIndex: 0 }],
        together: [{ a: f.free[0].user.id, b: f.free[1].user.id }],
        apart: [{ a: f.free[0].user.id, b: f.free[2].user.id }],
        seed: 7,
      },
    }),
    leaves: [
      { path: ['input', 'trackId'], kind: 'id', others: (f) => [f.cohortId, f.proposalId] },
      // Left out or null: every student of the track (which other files share), a valid request.
      { path: ['input', 'studentIds'], kind: 'ids', optional: true, mayPass: ['duplicates'] },
      { path: ['input', 'studentIds', 0], kind: 'id', others: (f) => [f.members[0].user.id, f.docent.user.id] },
      { path: ['input', 'minSize'], kind: 'int', mayPass: ['zero'] },
      // No upper limit is needed: groups of 2 and more.
      { path: ['input', 'maxSize'], kind: 'int', mayPass: ['largest'] },
      { path: ['input', 'groupCount'], kind: 'int', optional: true, mayPass: ['negative', 'zero'] },
      { path: ['input', 'mode'], kind: 'enum', optional: true },
      { path: ['input', 'organisationId'], kind: 'id', optional: true },
      { path: ['input', 'pins'], kind: 'list', optional: true, mayPass: ['empty list'] },
      { path: ['input', 'pins', 0, 'studentId'], kind: 'id', others: (f) => [f.members[0].user.id] },
      { path: ['input', 'pins', 0, 'groupIndex'], kind: 'int', mayPass: ['zero'] },
      { path: ['input', 'together'], kind: 'list', optional: true, mayPass: ['empty list'] },
      { path: ['input', 'together', 0, 'a'], kind: 'id', others: (f) => [f.members[0].user.id] },
      { path: ['input', 'apart'], kind: 'list', optional: true, mayPass: ['empty list'] },
      { path: ['input', 'apart', 0, 'b'], kind: 'id', others: (f) => [f.members[1].user.id] },
      { path: ['input', 'seed'], kind: 'int', optional: true, mayPass: ['zero', 'largest'] },
    ],
  },
  {
    name: 'moveProposalStudent',
    document: MOVE,
    variables: (f) => ({ input: { proposalId: f.proposalId, studentId: f.free[0].user.id, toGroupIndex: 1 } }),
    leaves: [
      { path: ['input', 'proposalId'], kind: 'id', others: (f) => [f.cohortId, f.meetingId] },
      { path: ['input', 'studentId'], kind: 'id', others: (f) => [f.members[0].user.id, f.proposalId] },
      // Group 0 exists: a move there is a move.
      { path: ['input', 'toGroupIndex'], kind: 'int', mayPass: ['zero'] },
    ],
  },
  {
    name: 'commitCohortProposal',
    document: COMMIT,
    variables: (f) => ({
      input: {
        proposalId: f.proposalId,
        period: PERIOD,
        status: 'PLANNED',
        groups: [
          { name: uniqueId('Vijandig '), docentIds: [f.docent.user.id], meetings: [MEETING] },
          { name: null, docentIds: [], meetings: [] },
        ],
      },
    }),
    leaves: [
      { path: ['input', 'proposalId'], kind: 'id', others: (f) => [f.cohortId] },
      ...periodLeaves(['input', 'period']),
      { path: ['input', 'status'], kind: 'enum', optional: true, mayPass: ['missing'] },
      { path: ['input', 'groups'], kind: 'list', optional: true },
      { path: ['input', 'groups', 0, 'name'], kind: 'string', optional: true, mayPass: ['empty', 'blank'] },
      { path: ['input', 'groups', 0, 'docentIds'], kind: 'ids', optional: true, mayPass: ['empty list', 'duplicates'] },
      { path: ['input', 'groups', 0, 'docentIds', 0], kind: 'id', others: (f) => [f.members[0].user.id] },
      { path: ['input', 'groups', 0, 'meetings'], kind: 'list', optional: true, mayPass: ['empty list'] },
      ...meetingLeaves(['input', 'groups', 0, 'meetings', 0]),
    ],
  },
  {
    name: 'discardCohortProposal',
    document: DISCARD,
    variables: (f) => ({ id: f.proposalId }),
    leaves: [{ path: ['id'], kind: 'id', others: (f) => [f.cohortId] }],
  },
  {
    name: 'createCohort',
    document: CREATE_COHORT,
    variables: (f) => ({
      input: {
        trackId: core,
        name: uniqueId('Vijandig '),
        period: PERIOD,
        mode: 'OPEN',
        organisationId: null,
        status: 'PLANNED',
        docentIds: [f.docent.user.id],
        studentIds: [f.free[0].user.id],
      },
    }),
    leaves: [
      { path: ['input', 'trackId'], kind: 'id', others: (f) => [f.cohortId] },
      { path: ['input', 'name'], kind: 'string' },
      ...periodLeaves(['input', 'period']),
      { path: ['input', 'mode'], kind: 'enum', optional: true, mayPass: ['missing'] },
      { path: ['input', 'organisationId'], kind: 'id', optional: true },
      { path: ['input', 'status'], kind: 'enum', optional: true, mayPass: ['missing'] },
      { path: ['input', 'docentIds'], kind: 'ids', optional: true, mayPass: ['empty list', 'duplicates'] },
      { path: ['input', 'docentIds', 0], kind: 'id', others: (f) => [f.members[0].user.id] },
      { path: ['input', 'studentIds'], kind: 'ids', optional: true, mayPass: ['empty list', 'duplicates'] },
      { path: ['input', 'studentIds', 0], kind: 'id', others: (f) => [f.members[0].user.id, f.docent.user.id] },
    ],
  },
  {
    name: 'updateCohort',
    document: UPDATE_COHORT,
    variables: (f) => ({ input: { id: f.cohortId, name: uniqueId('Vijandig '), period: PERIOD, status: 'ACTIVE' } }),
    leaves: [
      { path: ['input', 'id'], kind: 'id', others: (f) => [f.proposalId, f.meetingId] },
      { path: ['input', 'name'], kind: 'string', optional: true },
      ...periodLeaves(['input', 'period'], true),
      { path: ['input', 'mode'], kind: 'enum', optional: true },
      { path: ['input', 'organisationId'], kind: 'id', optional: true },
      { path: ['input', 'status'], kind: 'enum', optional: true },
    ],
  },
  {
    name: 'addCohortDocent',
    document: ADD_DOCENT,
    variables: (f) => ({ input: { cohortId: f.cohortId, userId: f.otherDocent.user.id } }),
    leaves: [
      { path: ['input', 'cohortId'], kind: 'id', others: (f) => [f.proposalId, f.meetingId] },
      { path: ['input', 'userId'], kind: 'id', others: (f) => [f.members[0].user.id, f.cohortId] },
    ],
  },
  {
    name: 'removeCohortDocent',
    document: REMOVE_DOCENT,
    variables: (f) => ({ input: { cohortId: f.cohortId, userId: f.docent.user.id } }),
    leaves: [
      { path: ['input', 'cohortId'], kind: 'id', others: (f) => [f.proposalId] },
      // Removing someone who does not teach the cohort changes nothing: it is answered, not refused.
      {
        path: ['input', 'userId'],
        kind: 'id',
        mayPass: ['unknown id', 'other 0', 'other 1'],
        others: (f) => [f.cohortId, f.otherDocent.user.id],
      },
    ],
  },
  {
    name: 'addCohortStudent',
    document: ADD_STUDENT,
    variables: (f) => ({ input: { cohortId: f.cohortId, userId: f.free[0].user.id } }),
    leaves: [
      { path: ['input', 'cohortId'], kind: 'id', others: (f) => [f.proposalId] },
      { path: ['input', 'userId'], kind: 'id', others: (f) => [f.docent.user.id, f.cohortId] },
    ],
  },
  {
    name: 'removeCohortStudent',
    document: REMOVE_STUDENT,
    variables: (f) => ({ input: { cohortId: f.cohortId, userId: f.members[0].user.id } }),
    leaves: [
      { path: ['input', 'cohortId'], kind: 'id', others: (f) => [f.proposalId] },
      { path: ['input', 'userId'], kind: 'id', mayPass: ['unknown id', 'other 0'], others: (f) => [f.free[0].user.id] },
    ],
  },
  {
    name: 'addCohortMeeting',
    document: ADD_MEETING,
    variables: (f) => ({ input: { cohortId: f.cohortId, ...MEETING } }),
    leaves: [
      { path: ['input', 'cohortId'], kind: 'id', others: (f) => [f.proposalId, f.meetingId] },
      ...meetingLeaves(['input']),
    ],
  },
  {
    name: 'updateCohortMeeting',
    document: UPDATE_MEETING,
    variables: (f) => ({ input: { id: f.meetingId, ...MEETING } }),
    leaves: [{ path: ['input', 'id'], kind: 'id', others: (f) => [f.cohortId] }, ...meetingLeaves(['input'], true)],
  },
  {
    name: 'removeCohortMeeting',
    document: REMOVE_MEETING,
    variables: (f) => ({ id: f.meetingId }),
    leaves: [{ path: ['id'], kind: 'id', others: (f) => [f.cohortId] }],
  },
  // Queries with arguments: the same inputs, nothing to write.
  {
    name: 'cohort',
    document: COHORT,
    variables: (f) => ({ id: f.cohortId }),
    leaves: [{ path: ['id'], kind: 'id', others: (f) => [f.proposalId, f.meetingId] }],
  },
  {
    name: 'cohortProposal',
    document: PROPOSAL,
    variables: (f) => ({ id: f.proposalId }),
    leaves: [{ path: ['id'], kind: 'id', others: (f) => [f.cohortId] }],
  },
  {
    name: 'cohortPool',
    document: POOL,
    variables: () => ({ trackId: core, organisationId: null }),
    leaves: [
      { path: ['trackId'], kind: 'id', others: (f) => [f.cohortId] },
      // An unknown organisation has no students: an empty pool, not an error.
      {
        path: ['organisationId'],
        kind: 'id',
        optional: true,
        mayPass: ['unknown id', 'other 0'],
        others: (f) => [f.cohortId],
      },
    ],
  },
  {
    name: 'cohorts',
    document: COHORTS,
    variables: () => ({ filter: { trackId: core, status: 'PLANNED' }, page: { offset: 0, limit: 5 } }),
    leaves: [
      { path: ['filter'], kind: 'object', optional: true, mayPass: ['empty object'] },
      // A filter that matches nothing answers an empty page.
      {
        path: ['filter', 'trackId'],
        kind: 'id',
        optional: true,
        mayPass: ['unknown id', 'other 0'],
        others: (f) => [f.cohortId],
      },
      { path: ['filter', 'status'], kind: 'enum', optional: true },
      { path: ['page'], kind: 'object', optional: true, mayPass: ['empty object'] },
      // Page bounds are clamped, not refused.
      { path: ['page', 'offset'], kind: 'int', optional: true, mayPass: ['zero', 'largest'] },
      { path: ['page', 'limit'], kind: 'int', optional: true, mayPass: ['zero', 'largest'] },
    ],
  },
];

interface Variant {
  name: string;
  value: unknown;
}

function variants(leaf: Leaf, f: Fixture, base: unknown): Variant[] {
  const list: Variant[] = [
    { name: 'null', value: null },
    { name: 'wrong type', value: leaf.kind === 'object' || leaf.kind === 'list' ? 'text' : { nested: ['x'] } },
  ];
  if (typeof leaf.path.at(-1) === 'string') list.push({ name: 'missing', value: OMIT });
  const text = (extra: Variant[] = []) => [
    { name: 'empty', value: '' },
    { name: '10 kB', value: KB10 },
    { name: '1 MB', value: MB1 },
    { name: 'NUL', value: `${String(base)}\u0000` },
    ...extra,
  ];
  switch (leaf.kind) {
    case 'id':
      list.push(
        ...text([
          { name: 'not an id', value: 'not-an-id' },
          { name: 'injection', value: "x' OR '1'='1" },
          { name: 'unknown id', value: randomUUID() },
          ...(leaf.others?.(f) ?? []).map((value, i) => ({ name: `other ${i}`, value })),
        ]),
      );
      break;
    case 'string':
      list.push(...text([{ name: 'blank', value: '   ' }]));
      break;
    case 'ids':
      list.push(
        { name: 'empty list', value: [] },
        { name: 'null item', value: [null] },
        { name: 'not ids', value: ['not-an-id'] },
        { name: '10 kB item', value: [KB10] },
        { name: 'NUL item', value: ['\u0000'] },
        { name: 'duplicates', value: [...(base as string[]), ...(base as string[])] },
        { name: 'too many', value: Array.from({ length: 10_001 }, () => randomUUID()) },
      );
      break;
    case 'int':
      list.push(
        { name: 'negative', value: -1 },
        { name: 'zero', value: 0 },
        { name: 'largest', value: 2_147_483_647 },
        { name: 'overflow', value: 2_147_483_648 },
        { name: 'fraction', value: 1.5 },
        { name: 'numeric text', value: '1' },
      );
      break;
    case 'date':
      list.push(
        ...text([
          { name: 'not a date', value: 'tomorrow' },
          { name: 'year −271821', value: '-271821-04-20T00:00:00.000Z' },
          { name: 'year 275760', value: '+275760-09-13T00:00:00.000Z' },
          { name: 'year 1999', value: '1999-12-31T12:00:00.000Z' },
        ]),
      );
      break;
    case 'day':
      list.push(
        ...text([
          { name: 'not a day', value: '1-3-2027' },
          { name: 'no such day', value: '2027-02-30' },
          { name: 'year 0', value: '0000-01-01' },
          { name: 'year 9999', value: '9999-12-31' },
          { name: 'with a time', value: '2027-03-01T00:00:00Z' },
        ]),
      );
      break;
    case 'enum':
      list.push(
        { name: 'unknown value', value: 'NOPE' },
        { name: 'empty', value: '' },
        { name: 'lower case', value: 'planned' },
      );
      break;
    case 'list':
      list.push(
        { name: 'empty list', value: [] },
        { name: 'null item', value: [null] },
        { name: 'empty item', value: [{}] },
        { name: 'too many', value: Array.from({ length: 2_001 }, () => (base as unknown[])[0]) },
      );
      break;
    case 'object':
      list.push({ name: 'empty object', value: {} });
      break;
  }
  return list;
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], root);
}

function withValue(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1)!;
  if (value === OMIT) delete parent[key];
  else parent[key] = value;
  return copy;
}

interface Answer {
  status: number;
  /** The operation's field came back with data and no error. */
  passed: boolean;
  summary: string;
}

/**
 * Sends one request and checks what may never happen: a 5xx, a code outside DESIGN.md's set,
 * SQL or a stack frame in the answer (the client itself fails on stack traces).
 */
async function send(
  client: GqlClient,
  document: string,
  variables: Record<string, unknown>,
  label: string,
): Promise<Answer> {
  const res = await client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await res.text();
  expect(res.status, `${label}: HTTP ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, label).not.toMatch(LEAKS);
  let body: { data?: AnyData | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // A body the API refused before GraphQL (too large): a 4xx is an answer.
    expect(res.status, `${label}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    return { status: res.status, passed: false, summary: `HTTP ${res.status}` };
  }
  for (const error of body.errors ?? []) {
    expect(CODES, `${label}: ${JSON.stringify(error).slice(0, 300)}`).toContain(error.extensions?.code);
  }
  const passed = !body.errors?.length && !!body.data && Object.values(body.data).every((v) => v !== null);
  const first = body.errors?.[0];
  return { status: res.status, passed, summary: first ? `${first.extensions?.code} ${first.message}` : 'answered' };
}

describe('hostile input to every cohorts operation', () => {
  it.each(OPERATIONS.map((op) => [op.name, op] as const))(
    '%s: each argument null, missing, empty, over-long, of the wrong type, out of range, with NUL or another id',
    async (_name, op) => {
      let f = await fixture();
      const refusedCount = { refused: 0, passed: 0 };
      for (const leaf of op.leaves) {
        for (const variant of variants(leaf, f, valueAt(op.variables(f), leaf.path))) {
          const label = `${op.name} ${leaf.path.join('.')} = ${variant.name}`;
          const mayPass =
            leaf.mayPass?.includes(variant.name) || (leaf.optional && ['null', 'missing'].includes(variant.name));
          const before = await written(f);
          const answer = await send(admin, op.document, withValue(op.variables(f), leaf.path, variant.value), label);
          if (!answer.passed) {
            refusedCount.refused++;
            expect(await written(f), `${label} (${answer.summary}) wrote something`).toEqual(before);
            continue;
          }
          refusedCount.passed++;
          expect(mayPass, `${label} was accepted`).toBe(true);
          // It changed something: the next case starts from a fresh cohort and proposal.
          f = await fixture();
        }
      }
      expect(refusedCount.refused).toBeGreaterThan(refusedCount.passed);
    },
    120_000,
  );
});

describe('other people’s objects', () => {
  it('a docent of the cohort, a student in it and someone signed out change nothing with any cohorts mutation', async () => {
    const f = await fixture();
    const docent = await signedIn(f.docent);
    const student = await signedIn(f.members[0]);
    const outsider = await signedIn(await createUser({ roles: [] }));
    const signedOut = app.client();
    const writes = OPERATIONS.filter((op) => op.document.trimStart().startsWith('mutation'));
    expect(writes).toHaveLength(13);
    for (const op of writes) {
      for (const [who, client, code] of [
        ['docent', docent, 'FORBIDDEN'],
        ['student', student, 'FORBIDDEN'],
        ['user without roles', outsider, 'FORBIDDEN'],
        ['signed out', signedOut, 'UNAUTHENTICATED'],
      ] as const) {
        const before = await written(f);
        const res = await client.gql(op.document, op.variables(f));
        expect(
          res.errors?.map((e) => e.extensions?.code),
          `${op.name} as ${who}`,
        ).toEqual([code]);
        expect(await written(f), `${op.name} as ${who}`).toEqual(before);
      }
    }
  });
});

describe('concurrent duplicates', () => {
  const all = <T>(count: number, run: () => Promise<T>) => Promise.all(Array.from({ length: count }, run));
  const codes = (results: { errors?: { extensions?: { code?: string } }[] }[]) =>
    results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();

  it('committing one proposal four times at once makes its cohorts once', async () => {
    const f = await fixture();
    const commit = () => admin.gql(COMMIT, { input: { proposalId: f.proposalId, period: PERIOD } });
    expect(codes(await all(4, commit))).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const [row] = await sql<{ cohorts: number; members: number }>(
      `SELECT (SELECT count(*) FROM cohort WHERE proposal_id = $1)::int AS cohorts,
              (SELECT count(*) FROM cohort_member WHERE student_id = ANY($2::uuid[]))::int AS members`,
      [f.proposalId, ids(f.free)],
    );
    expect(row).toEqual({ cohorts: 2, members: 4 });
  });

  it('committing and discarding at once: one wins, and what it says is what happened', async () => {
    const f = await fixture();
    const [commit, discard] = await Promise.all([
      admin.gql(COMMIT, { input: { proposalId: f.proposalId, period: PERIOD } }),
      admin.gql(DISCARD, { id: f.proposalId }),
    ]);
    expect(codes([commit, discard])).toEqual(['CONFLICT', 'OK']);
    const [row] = await sql<{ status: string; cohorts: number }>(
      `SELECT status, (SELECT count(*) FROM cohort WHERE proposal_id = $1)::int AS cohorts FROM cohort_proposal WHERE id = $1`,
      [f.proposalId],
    );
    expect(row).toEqual(commit.errors ? { status: 'DISCARDED', cohorts: 0 } : { status: 'COMMITTED', cohorts: 2 });
  });

  it('one student added to two cohorts of a track, five times each at once, ends up in exactly one', async () => {
    const f = await fixture();
    const second = await insertCohort(core, { name: uniqueId('Vijandig ') });
    const student = f.free[0].user.id;
    const add = (cohortId: string) => () => admin.gql(ADD_STUDENT, { input: { cohortId, userId: student } });
    const results = [...(await all(5, add(f.cohortId))), ...(await all(5, add(second)))];
    for (const code of codes(results)) expect(['OK', 'CONFLICT']).toContain(code);
    const rows = await sql<{ cohort_id: string }>('SELECT cohort_id FROM cohort_member WHERE student_id = $1', [
      student,
    ]);
    expect(rows).toHaveLength(1);
    const [{ audits }] = await sql<{ audits: number }>(
      `SELECT count(*)::int AS audits FROM audit_event WHERE action = 'cohort.student_added' AND data->>'studentId' = $1`,
      [student],
    );
    expect(audits).toBe(1);
  });

  it('one docent added five times at once is added, and recorded, once', async () => {
    const f = await fixture();
    const add = () => admin.gql(ADD_DOCENT, { input: { cohortId: f.cohortId, userId: f.otherDocent.user.id } });
    expect(codes(await all(5, add))).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
    const [row] = await sql<{ docents: number; audits: number }>(
      `SELECT (SELECT count(*) FROM cohort_docent WHERE cohort_id = $1 AND docent_id = $2)::int AS docents,
              (SELECT count(*) FROM audit_event WHERE subject_id = $1 AND action = 'cohort.docent_added')::int AS audits`,
      [f.cohortId, f.otherDocent.user.id],
    );
    expect(row).toEqual({ docents: 1, audits: 1 });
  });

  it('four cohorts made at once with the same student: one has them, the others are refused whole', async () => {
    const f = await fixture();
    const student = f.free[1].user.id;
    const name = uniqueId('Vijandig ');
    const create = () =>
      admin.gql(CREATE_COHORT, { input: { trackId: core, name, period: PERIOD, studentIds: [student] } });
    const results = await all(4, create);
    expect(codes(results).filter((c) => c === 'OK')).toHaveLength(1);
    for (const code of codes(results)) expect(['OK', 'CONFLICT', 'BAD_USER_INPUT']).toContain(code);
    const [row] = await sql<{ cohorts: number; members: number }>(
      `SELECT (SELECT count(*) FROM cohort WHERE name = $1)::int AS cohorts,
              (SELECT count(*) FROM cohort_member WHERE student_id = $2)::int AS members`,
      [name, student],
    );
    expect(row).toEqual({ cohorts: 1, members: 1 });
  });

  it('moving students back and forth at once keeps every student in exactly one group', async () => {
    const f = await fixture();
    const move = (student: PoolStudent, to: number) => () =>
      admin.gql(MOVE, { input: { proposalId: f.proposalId, studentId: student.user.id, toGroupIndex: to } });
    const results = await Promise.all(f.free.flatMap((s, i) => [move(s, i % 2)(), move(s, (i + 1) % 2)()]));
    expect(codes(results).every((c) => c === 'OK')).toBe(true);
    const [{ groups }] = await sql<{ groups: string[][] }>('SELECT groups FROM cohort_proposal WHERE id = $1', [
      f.proposalId,
    ]);
    expect(groups.flat().sort()).toEqual(ids(f.free).sort());
  });
});
