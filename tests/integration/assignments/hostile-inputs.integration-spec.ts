// Every mutation of the assignments context (and the verdict query) called with each argument
// null, empty, over-long (10 kB and 1 MB), of the wrong type, out of range, with NUL bytes and
// with other people's ids; and the ones that can race, twice at once. Every answer is a GraphQL
// error with a code from DESIGN.md (or a 4xx for a body too large), never a server error, a
// stack trace or SQL, and a refused request changes nothing of the context's rows.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF, upload } from '../catalogue/upload-helpers';
import { sql } from '../support/database';
import { startTestApp, type AnyData, type GqlClient, type GqlResult, type TestApp } from '../support/test-app';
import {
  createAssignment,
  createWorld,
  observationReport,
  ok,
  REQUEST_REVISION,
  SAVE_DRAFT,
  SET_DUE_DATE,
  submitText,
  type World,
} from './assignment-fixtures';

let app: TestApp;
let storageDir: string;
beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-assignment-hostile-'));
  app = await startTestApp({ env: { FILE_STORAGE_DIR: storageDir } });
});
afterAll(async () => {
  await app?.close();
  await rm(storageDir, { recursive: true, force: true });
});

const ALLOWED_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];
/** What an answer may never carry: SQL, driver errors, internals. */
const LEAK =
  /\b(select|insert|update|delete)\b[^.]*\b(from|into|set|where)\b|violates|syntax error|relation "|column "|QueryFailedError|duplicate key|invalid input syntax|TypeError|undefined/i;

const KB10 = 'x'.repeat(10 * 1024);
const MB1 = 'y'.repeat(1024 * 1024);
const NUL = 'a\u0000b';
const INT_OVER = 2 ** 31;

/** What an argument is, enough to generate its hostile values. */
type Spec =
  | { path: string; kind: 'string'; max: number; emptyOk?: boolean; nullable?: boolean }
  | { path: string; kind: 'int'; min: number; max: number; nullable?: boolean }
  | { path: string; kind: 'bytes'; min: number; max: number }
  | { path: string; kind: 'bool' | 'enum' | 'date' }
  | { path: string; kind: 'id'; foreign?: string }
  | { path: string; kind: 'ids'; max: number; foreign?: string; emptyOk?: boolean }
  | { path: string; kind: 'list'; max: number; min?: number; sample: unknown };

interface Variant {
  label: string;
  value: unknown;
  /** A legitimate value after all (an empty optional text, a long one within its limit): it may be accepted. */
  mayPass?: boolean;
}

function variants(spec: Spec): Variant[] {
  const common: Variant[] = [{ label: 'null', value: null, mayPass: 'nullable' in spec && spec.nullable }];
  switch (spec.kind) {
    case 'string':
      return [
        ...common,
        { label: 'empty', value: '', mayPass: spec.emptyOk },
        { label: '10 kB', value: KB10, mayPass: spec.max >= KB10.length },
        { label: '1 MB', value: MB1 },
        { label: 'a number', value: 42 },
        { label: 'an object', value: { x: 1 } },
        { label: 'NUL bytes', value: NUL },
      ];
    case 'int':
      return [
        ...common,
        { label: 'text', value: 'zeven' },
        { label: 'a fraction', value: 1.5 },
        { label: 'below the minimum', value: spec.min - 1 },
        { label: 'above the maximum', value: spec.max + 1 },
        { label: 'beyond 32 bits', value: INT_OVER },
        { label: 'very negative', value: -INT_OVER - 1 },
        { label: 'NUL bytes', value: NUL },
      ];
    case 'bytes':
      return [
        ...common,
        { label: 'text', value: 'groot' },
        { label: 'a fraction', value: 1.5 },
        { label: 'below the minimum', value: spec.min - 1 },
        { label: 'above the maximum', value: spec.max + 1 },
        { label: 'huge', value: 1e308 },
      ];
    case 'bool':
      return [...common, { label: 'text', value: 'ja' }, { label: 'a number', value: 1 }, { label: 'NUL', value: NUL }];
    case 'enum':
      return [
        ...common,
        { label: 'unknown', value: 'NOPE' },
        { label: 'a number', value: 3 },
        { label: 'NUL', value: NUL },
      ];
    case 'date':
      return [
        ...common,
        { label: 'empty', value: '' },
        { label: 'not a date', value: 'morgen' },
        { label: 'the year -271821', value: '-271821-04-20T00:00:00.000Z' },
        { label: 'before 2000', value: '1999-12-31T12:00:00.000Z' },
        { label: 'after 2100', value: '2101-01-01T12:00:00.000Z' },
        { label: '10 kB', value: KB10 },
        { label: 'NUL bytes', value: NUL },
      ];
    case 'id':
      return [
        ...common,
        { label: 'empty', value: '' },
        { label: 'not a uuid', value: 'nope' },
        { label: '10 kB', value: KB10 },
        { label: 'NUL bytes', value: NUL },
        { label: 'an unknown uuid', value: randomUUID() },
        { label: 'a number', value: 7 },
        ...(spec.foreign ? [{ label: "someone else's", value: spec.foreign }] : []),
      ];
    case 'ids':
      return [
        ...common,
        { label: 'empty', value: [], mayPass: spec.emptyOk },
        { label: 'a list with null', value: [null] },
        { label: 'not uuids', value: ['nope'] },
        { label: 'an unknown uuid', value: [randomUUID()] },
        { label: 'too many', value: Array.from({ length: spec.max + 1 }, () => randomUUID()) },
        { label: 'NUL bytes', value: [NUL] },
        { label: '10 kB', value: [KB10] },
        ...(spec.foreign ? [{ label: "someone else's", value: [spec.foreign] }] : []),
      ];
    case 'list':
      return [
        ...common,
        ...(spec.min ? [{ label: 'empty', value: [] }] : []),
        { label: 'a list with null', value: [null] },
        { label: 'too many', value: Array.from({ length: spec.max + 1 }, () => spec.sample) },
        { label: 'of the wrong type', value: [42] },
      ];
  }
}

/** A copy of `base` with the value at a dotted path (numeric segments index lists) replaced. */
function withValue(base: AnyData, path: string, value: unknown): AnyData {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let target: AnyData = copy;
  for (const key of keys.slice(0, -1)) target = target[key];
  target[keys.at(-1)!] = value;
  return copy;
}

/**
 * Everything the context keeps about the worlds, as one fingerprint: any write, however small,
 * changes it. Updated timestamps count too, so an UPDATE that "changes nothing" is seen.
 */
async function fingerprint(moduleIds: string[]): Promise<string> {
  const [row] = await sql<{ print: string }>(
    `WITH a AS (SELECT * FROM assignment WHERE module_id = ANY($1::uuid[])),
          s AS (SELECT * FROM submission WHERE assignment_id IN (SELECT id FROM a))
     SELECT md5(concat_ws('|',
       (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM a t),
       (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM rubric_criterion t WHERE assignment_id IN (SELECT id FROM a)),
       (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM assignment_due_date t WHERE assignment_id IN (SELECT id FROM a)),
       (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM assignment_extension t WHERE assignment_id IN (SELECT id FROM a)),
       (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM s t),
       (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM submission_file t WHERE submission_id IN (SELECT id FROM s)),
       (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM grade t WHERE submission_id IN (SELECT id FROM s)),
       (SELECT string_agg(t::text, ',' ORDER BY t::text) FROM audit_event t
         WHERE subject_id IN (SELECT id FROM a) OR subject_id IN (SELECT id FROM grade WHERE submission_id IN (SELECT id FROM s)))
     )) AS print`,
    [moduleIds],
  );
  return row.print;
}

/** Checks one answer; returns whether it was a refusal. */
function judge(res: GqlResult, label: string, mayPass: boolean | undefined): boolean {
  expect(res.status, `${label}: HTTP ${res.status}`).toBeLessThan(500);
  if (res.status >= 400 && !res.errors) return true; // e.g. 413 for a body over the limit
  const text = JSON.stringify(res.errors ?? []);
  expect(text, `${label}: leaks internals`).not.toMatch(LEAK);
  if (!res.errors?.length) {
    expect(mayPass, `${label}: a hostile value was accepted: ${JSON.stringify(res.data).slice(0, 300)}`).toBe(true);
    return false;
  }
  for (const error of res.errors) {
    expect(ALLOWED_CODES, `${label}: ${JSON.stringify(error).slice(0, 300)}`).toContain(error.extensions?.code);
  }
  return true;
}

interface Operation {
  name: string;
  client: () => GqlClient;
  document: string;
  /** The variables of a valid call (never sent as such). */
  base: () => AnyData;
  specs: Spec[];
}

let world: World;
let other: World;
let moduleIds: string[];
const ops: Operation[] = [];

beforeAll(async () => {
  world = await createWorld(app, { students: 4 });
  other = await createWorld(app, { students: 1 });
  moduleIds = [world.moduleId, other.moduleId];
  const [graded, revised, drafting, submitting] = world.students;
  const docent = world.docents[0].client;
  const assignment = await createAssignment(world);
  const textOnly = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
  const toUpdate = await createAssignment(world, { title: 'Te wijzigen' });
  const toDelete = await createAssignment(world, { title: 'Te verwijderen' });
  const elsewhere = await createAssignment(other, { submissionKind: 'TEXT', allowedFileTypes: [] });
  const elsewhereToo = await createAssignment(other, { submissionKind: 'TEXT', allowedFileTypes: [] });
  await ok(
    world.admin.gql(SET_DUE_DATE, {
      input: { assignmentId: textOnly.id, cohortId: world.cohortId, dueAt: new Date(Date.now() + 86400_000) },
    }),
  );
  const toGrade = await submitText(graded.client, textOnly.id, 'Te beoordelen');
  const toRevise = await submitText(revised.client, textOnly.id, 'Te herzien');
  const othersAttempt = await submitText(other.students[0].client, elsewhere.id, 'Van een ander');
  const draft = (await ok(submitting.client.gql(SAVE_DRAFT, { input: { assignmentId: textOnly.id, text: 'Klaar' } })))
    .saveSubmissionDraft;
  const othersDraft = (
    await ok(
      other.students[0].client.gql(SAVE_DRAFT, { input: { assignmentId: elsewhereToo.id, text: 'Van een ander' } }),
    )
  ).saveSubmissionDraft;
  const othersFile = (await upload(other.students[0].client, 'ander.pdf', PDF, { purpose: 'SUBMISSION_FILE' })).body
    .id!;
  const ownFile = (await upload(drafting.client, 'eigen.pdf', PDF, { purpose: 'SUBMISSION_FILE' })).body.id!;
  const criteria = assignment.rubric.criteria;
  const [firstCriterion] = textOnly.rubric.criteria;
  const elsewhereCriterion = elsewhere.rubric.criteria[0].id;

  const fields = (overrides: AnyData = {}) => {
    const input: AnyData = observationReport(world.moduleId, overrides);
    delete input.moduleId;
    return input;
  };
  const fieldSpecs: Spec[] = [
    { path: 'input.title', kind: 'string', max: 200 },
    { path: 'input.instructions', kind: 'string', max: 20000, emptyOk: true },
    { path: 'input.submissionKind', kind: 'enum' },
    { path: 'input.allowedFileTypes', kind: 'list', max: 20, sample: 'pdf' },
    { path: 'input.allowedFileTypes.0', kind: 'string', max: 10 },
    { path: 'input.maxFileBytes', kind: 'bytes', min: 1, max: app.config.MAX_UPLOAD_BYTES },
    { path: 'input.passRule', kind: 'enum' },
    { path: 'input.passMinPoints', kind: 'int', min: 0, max: 7 },
    { path: 'input.maxAttempts', kind: 'int', min: 1, max: 10 },
    { path: 'input.anonymousGrading', kind: 'bool' },
    { path: 'input.doubleMarking', kind: 'bool' },
    { path: 'input.doubleMarkingThreshold', kind: 'int', min: 0, max: INT_OVER - 1 },
    { path: 'input.criteria', kind: 'list', max: 30, min: 1, sample: { title: 'Nog een', kind: 'PASS_FAIL' } },
    { path: 'input.criteria.0.title', kind: 'string', max: 200 },
    { path: 'input.criteria.0.description', kind: 'string', max: 5000, emptyOk: true },
    { path: 'input.criteria.0.kind', kind: 'enum' },
    { path: 'input.criteria.0.levels', kind: 'list', max: 10, min: 1, sample: { label: 'Niveau', points: 9 } },
    { path: 'input.criteria.0.levels.0.label', kind: 'string', max: 120 },
    { path: 'input.criteria.0.levels.0.points', kind: 'int', min: 0, max: 1000 },
  ];

  ops.push(
    {
      name: 'createAssignment',
      client: () => world.admin,
      document: 'mutation M($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }',
      base: () => ({ input: observationReport(world.moduleId) }),
      specs: [{ path: 'input.moduleId', kind: 'id' }, ...fieldSpecs],
    },
    {
      name: 'updateAssignment',
      client: () => world.admin,
      document: 'mutation M($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id } }',
      base: () => ({ input: { id: toUpdate.id, ...fields({ title: 'Te wijzigen' }) } }),
      specs: [{ path: 'input.id', kind: 'id' }, ...fieldSpecs],
    },
    {
      name: 'deleteAssignment',
      client: () => world.admin,
      document: 'mutation M($id: ID!) { deleteAssignment(id: $id) }',
      base: () => ({ id: toDelete.id }),
      specs: [{ path: 'id', kind: 'id' }],
    },
    {
      name: 'setAssignmentDueDate',
      client: () => docent,
      document: 'mutation M($input: SetAssignmentDueDateInput!) { setAssignmentDueDate(input: $input) { dueAt } }',
      base: () => ({
        input: { assignmentId: assignment.id, cohortId: world.cohortId, dueAt: new Date(Date.now() + 9 * 86400_000) },
      }),
      specs: [
        { path: 'input.assignmentId', kind: 'id' },
        { path: 'input.cohortId', kind: 'id', foreign: other.cohortId },
        { path: 'input.dueAt', kind: 'date' },
      ],
    },
    {
      name: 'grantExtension',
      client: () => docent,
      document: 'mutation M($input: GrantExtensionInput!) { grantExtension(input: $input) { dueAt } }',
      base: () => ({
        input: {
          assignmentId: textOnly.id,
          studentId: graded.user.user.id,
          dueAt: new Date(Date.now() + 5 * 86400_000),
          reason: 'Ziek',
        },
      }),
      specs: [
        { path: 'input.assignmentId', kind: 'id' },
        { path: 'input.studentId', kind: 'id', foreign: other.students[0].user.user.id },
        { path: 'input.dueAt', kind: 'date' },
        { path: 'input.reason', kind: 'string', max: 500, emptyOk: true },
      ],
    },
    {
      name: 'revokeExtension',
      client: () => docent,
      document: 'mutation M($input: RevokeExtensionInput!) { revokeExtension(input: $input) }',
      base: () => ({ input: { assignmentId: textOnly.id, studentId: graded.user.user.id } }),
      specs: [
        { path: 'input.assignmentId', kind: 'id' },
        { path: 'input.studentId', kind: 'id', foreign: other.students[0].user.user.id },
      ],
    },
    {
      name: 'saveSubmissionDraft',
      client: () => drafting.client,
      document: 'mutation M($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id } }',
      base: () => ({ input: { assignmentId: assignment.id, text: 'Concept', fileIds: [ownFile], version: null } }),
      specs: [
        { path: 'input.assignmentId', kind: 'id' },
        { path: 'input.text', kind: 'string', max: 100_000, emptyOk: true },
        { path: 'input.fileIds', kind: 'ids', max: 10, foreign: othersFile, emptyOk: true },
        { path: 'input.version', kind: 'int', min: 1, max: INT_OVER - 1, nullable: true },
      ],
    },
    {
      name: 'submitSubmission',
      client: () => submitting.client,
      document: 'mutation M($input: SubmitSubmissionInput!) { submitSubmission(input: $input) { id } }',
      base: () => ({ input: { submissionId: draft.id, version: draft.version } }),
      specs: [
        { path: 'input.submissionId', kind: 'id', foreign: othersDraft.id },
        // Any version but the one read is stale; out of range is refused before that.
        { path: 'input.version', kind: 'int', min: 1, max: INT_OVER - 1 },
      ],
    },
    {
      name: 'saveGrade',
      client: () => docent,
      document: 'mutation M($input: SaveGradeInput!) { saveGrade(input: $input) { id } }',
      base: () => ({
        input: {
          submissionId: toGrade.id,
          version: null,
          scores: [{ criterionId: firstCriterion.id, points: 1 }],
          feedback: 'Goed',
          final: false,
          release: false,
          reason: null,
        },
      }),
      specs: [
        { path: 'input.submissionId', kind: 'id', foreign: othersAttempt.id },
        { path: 'input.version', kind: 'int', min: 1, max: INT_OVER - 1, nullable: true },
        { path: 'input.scores', kind: 'list', max: 30, sample: { criterionId: firstCriterion.id, points: 1 } },
        { path: 'input.scores.0.criterionId', kind: 'id', foreign: elsewhereCriterion },
        { path: 'input.scores.0.points', kind: 'int', min: 0, max: 4 },
        { path: 'input.feedback', kind: 'string', max: 20000, emptyOk: true },
        { path: 'input.final', kind: 'bool' },
        { path: 'input.release', kind: 'bool' },
        { path: 'input.reason', kind: 'string', max: 1000, emptyOk: true, nullable: true },
      ],
    },
    {
      name: 'releaseGrades',
      client: () => docent,
      document: 'mutation M($ids: [ID!]!) { releaseGrades(submissionIds: $ids) { id } }',
      base: () => ({ ids: [toGrade.id] }),
      specs: [{ path: 'ids', kind: 'ids', max: 200, foreign: othersAttempt.id }],
    },
    {
      name: 'requestRevision',
      client: () => docent,
      document: 'mutation M($input: RequestRevisionInput!) { requestRevision(input: $input) { id } }',
      base: () => ({ input: { submissionId: toRevise.id, comment: 'Concreter graag.' } }),
      specs: [
        { path: 'input.submissionId', kind: 'id', foreign: othersAttempt.id },
        { path: 'input.comment', kind: 'string', max: 20000 },
      ],
    },
    {
      name: 'rubricVerdict',
      client: () => docent,
      document: 'query Q($input: RubricVerdictInput!) { rubricVerdict(input: $input) { totalPoints passed } }',
      base: () => ({ input: { assignmentId: assignment.id, scores: [{ criterionId: criteria[0].id, points: 1 }] } }),
      specs: [
        { path: 'input.assignmentId', kind: 'id' },
        { path: 'input.scores', kind: 'list', max: 30, sample: { criterionId: criteria[0].id, points: 1 } },
        { path: 'input.scores.0.criterionId', kind: 'id', foreign: elsewhereCriterion },
        { path: 'input.scores.0.points', kind: 'int', min: 0, max: 4 },
      ],
    },
  );
});

describe('hostile arguments', () => {
  // One test per operation, every argument and variant inside it, so a failure names all three.
  const names = [
    'createAssignment',
    'updateAssignment',
    'deleteAssignment',
    'setAssignmentDueDate',
    'grantExtension',
    'revokeExtension',
    'saveSubmissionDraft',
    'submitSubmission',
    'saveGrade',
    'releaseGrades',
    'requestRevision',
    'rubricVerdict',
  ];
  for (const name of names) {
    it(`${name}: every bad argument is refused with a known code, and writes nothing`, async () => {
      const op = ops.find((o) => o.name === name)!;
      let before = await fingerprint(moduleIds);
      let cases = 0;
      for (const spec of op.specs) {
        for (const variant of variants(spec)) {
          const label = `${name} ${spec.path} = ${variant.label}`;
          const res = await op.client().gql(op.document, withValue(op.base(), spec.path, variant.value));
          const refused = judge(res, label, variant.mayPass);
          const after = await fingerprint(moduleIds);
          if (refused) expect(after, `${label}: refused but wrote`).toBe(before);
          before = after;
          cases += 1;
        }
      }
      expect(cases).toBeGreaterThanOrEqual(op.specs.length * 4);
    }, 120_000);
  }

  it('signed out, every operation is UNAUTHENTICATED and writes nothing', async () => {
    const anonymous = app.client();
    const before = await fingerprint(moduleIds);
    for (const op of ops) {
      const res = await anonymous.gql(op.document, op.base());
      expect(res.errors?.[0]?.extensions?.code, op.name).toBe('UNAUTHENTICATED');
    }
    expect(await fingerprint(moduleIds)).toBe(before);
  });

  it('students may not author, schedule or grade; docents may not author or hand in', async () => {
    const student = world.students[0].client;
    const docent = world.docents[0].client;
    const before = await fingerprint(moduleIds);
    const refusedFor: [GqlClient, string[]][] = [
      [
        student,
        [
          'createAssignment',
          'updateAssignment',
          'deleteAssignment',
          'setAssignmentDueDate',
          'grantExtension',
          'revokeExtension',
          'saveGrade',
          'releaseGrades',
          'requestRevision',
        ],
      ],
      [docent, ['createAssignment', 'updateAssignment', 'deleteAssignment', 'saveSubmissionDraft']],
    ];
    for (const [client, names] of refusedFor) {
      for (const name of names) {
        const op = ops.find((o) => o.name === name)!;
        const res = await client.gql(op.document, op.base());
        expect(['FORBIDDEN', 'NOT_FOUND'], `${name}: ${JSON.stringify(res.errors)}`).toContain(
          res.errors?.[0]?.extensions?.code,
        );
      }
    }
    expect(await fingerprint(moduleIds)).toBe(before);
  });
});

describe('concurrent duplicates', () => {
  const codes = (results: GqlResult[]) => results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();

  it('handing in one draft twice at once: one hands it in, the other is CONFLICT', async () => {
    const w = await createWorld(app, { students: 1 });
    const [student] = w.students;
    const assignment = await createAssignment(w, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const draft = (await ok(student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'Eén' } })))
      .saveSubmissionDraft;
    const submit = () =>
      student.client.gql('mutation M($input: SubmitSubmissionInput!) { submitSubmission(input: $input) { id } }', {
        input: { submissionId: draft.id, version: draft.version },
      });
    expect(codes(await Promise.all([submit(), submit()]))).toEqual(['CONFLICT', 'OK']);
    const rows = await sql<{ status: string }>('SELECT status FROM submission WHERE assignment_id = $1', [
      assignment.id,
    ]);
    expect(rows).toEqual([{ status: 'SUBMITTED' }]);
  });

  it('a first draft saved twice at once: one draft, the other is CONFLICT', async () => {
    const w = await createWorld(app, { students: 1 });
    const [student] = w.students;
    const assignment = await createAssignment(w, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const save = (text: string) => student.client.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text } });
    const results = await Promise.all([save('Eén'), save('Twee')]);
    expect(codes(results)).toEqual(['CONFLICT', 'OK']);
    expect(await sql('SELECT id FROM submission WHERE assignment_id = $1', [assignment.id])).toHaveLength(1);
  });

  it('releasing, requesting a revision and saving with release at once: one decides, the others are CONFLICT', async () => {
    const w = await createWorld(app, { students: 1, docents: 2 });
    const [a, b] = w.docents.map((d) => d.client);
    const assignment = await createAssignment(w, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const attempt = await submitText(w.students[0].client, assignment.id, 'Verslag');
    const full = assignment.rubric.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints }));
    const grade = (
      await ok(
        a.gql('mutation M($input: SaveGradeInput!) { saveGrade(input: $input) { version } }', {
          input: { submissionId: attempt.id, scores: full },
        }),
      )
    ).saveGrade;
    const results = await Promise.all([
      a.gql('mutation M($ids: [ID!]!) { releaseGrades(submissionIds: $ids) { id } }', { ids: [attempt.id] }),
      b.gql('mutation M($ids: [ID!]!) { releaseGrades(submissionIds: $ids) { id } }', { ids: [attempt.id] }),
      b.gql(REQUEST_REVISION, { input: { submissionId: attempt.id, comment: 'Nog eens' } }),
      a.gql('mutation M($input: SaveGradeInput!) { saveGrade(input: $input) { id } }', {
        input: { submissionId: attempt.id, version: grade.version, scores: full, release: true },
      }),
    ]);
    const answered = codes(results);
    expect(answered.filter((c) => c === 'OK')).toHaveLength(1);
    // The losers are told the attempt moved on (or, saving over a released grade, that it needs a reason).
    expect(answered.filter((c) => c !== 'OK').every((c) => c === 'CONFLICT' || c === 'BAD_USER_INPUT')).toBe(true);
    const [row] = await sql<{ status: string; released: number }>(
      `SELECT s.status, (SELECT count(*) FROM audit_event e JOIN grade g ON g.id = e.subject_id
                          WHERE g.submission_id = s.id AND e.action = 'grade.released')::int AS released
         FROM submission s WHERE s.id = $1`,
      [attempt.id],
    );
    expect(['GRADED', 'REVISION_REQUESTED']).toContain(row.status);
    expect(row.released).toBe(row.status === 'GRADED' ? 1 : 0);
  });

  it('deleting an assignment twice at once: one deletes it, the other is NOT_FOUND', async () => {
    const w = await createWorld(app, { students: 0 });
    const assignment = await createAssignment(w, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const remove = () => w.admin.gql('mutation M($id: ID!) { deleteAssignment(id: $id) }', { id: assignment.id });
    expect(codes(await Promise.all([remove(), remove()]))).toEqual(['NOT_FOUND', 'OK']);
  });

  it('granting one extension twice at once: one extension row, both answered', async () => {
    const w = await createWorld(app, { students: 1 });
    const assignment = await createAssignment(w, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const grant = (days: number) =>
      w.docents[0].client.gql('mutation M($input: GrantExtensionInput!) { grantExtension(input: $input) { dueAt } }', {
        input: {
          assignmentId: assignment.id,
          studentId: w.students[0].user.user.id,
          dueAt: new Date(Date.now() + days * 86400_000),
        },
      });
    const results = await Promise.all([grant(3), grant(4)]);
    for (const res of results) judge(res, 'grantExtension twice', true);
    expect(await sql('SELECT 1 FROM assignment_extension WHERE assignment_id = $1', [assignment.id])).toHaveLength(1);
  });
});
