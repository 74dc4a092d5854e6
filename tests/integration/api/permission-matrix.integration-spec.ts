// Every Query and Mutation field of the booted app's schema, called as each caller (signed out,
// student, docent, confidant, admin) with minimal valid arguments; the outcome must be the one
// permission-matrix.table.ts declares. A field without a row fails, so does a row for a field
// the schema lacks. Every answer is data or an error with a code from DESIGN.md: never
// INTERNAL_SERVER_ERROR, never a stack trace (GqlClient checks every body).
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isCompositeType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { submitText } from '../assignments/assignment-fixtures';
import { createModule, enrol, ensureTrack } from '../catalogue/catalogue-fixtures';
import { PDF, upload } from '../catalogue/upload-helpers';
import { createPool, ids, insertCohort, PROPOSE } from '../cohorts/cohort-fixtures';
import { randomBytes } from 'node:crypto';
import { sql } from '../support/database';
import {
  createAdmin,
  createDiscipline,
  createOrganisation,
  createUser,
  uniqueEmail,
  uniqueId,
  type CreatedUser,
} from '../support/factories';
import { sha256 } from '../support/mail';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  CALLERS,
  MATRIX,
  OUTCOMES,
  textAssignment,
  type Caller,
  type MatrixWorld,
  type Variables,
} from './permission-matrix.table';

let app: TestApp;
let schema: GraphQLSchema;
let world: MatrixWorld;
let clients: Record<Caller, GqlClient>;
let users: Record<Exclude<Caller, 'signedOut'>, CreatedUser>;

beforeAll(async () => {
  // Every caller shares one address: room for the receipt rows' failed guesses (rate limits have their own tests).
  app = await startTestApp({ env: { LOGIN_MAX_ATTEMPTS: '100' } });
  schema = app.api.get(GraphQLSchemaHost).schema;
  users = {
    student: await createUser({ roles: [Role.STUDENT] }),
    docent: await createUser({ roles: [Role.DOCENT] }),
    confidant: await createUser({ roles: [Role.CONFIDANT] }),
    admin: await createAdmin(),
  };
  clients = { signedOut: app.client() } as Record<Caller, GqlClient>;
  for (const caller of ['student', 'docent', 'confidant', 'admin'] as const) {
    clients[caller] = await signIn(users[caller]);
  }
  world = await buildWorld();
}, 60_000);
afterAll(async () => {
  await app?.close();
});

async function signIn(user: { email: string; password: string }): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

/** Fails loudly when a fixture call through the API does not succeed. */
async function data(client: GqlClient, query: string, variables: Variables) {
  const res = await client.gql(query, variables);
  if (res.errors?.length || !res.data) throw new Error(`Fixture failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const CREATE_ASSIGNMENT = 'mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id } }';
const SAVE_DRAFT = 'mutation ($input: SaveSubmissionDraftInput!) { saveSubmissionDraft(input: $input) { id version } }';

async function buildWorld(): Promise<MatrixWorld> {
  const trackId = await ensureTrack('CORE');
  const otherTrackId = await ensureTrack('GENERALIST');
  const module = await createModule(trackId, { title: uniqueId('Matrix '), lessons: 2 });
  const student = users.student.user.id;
  const docent = users.docent.user.id;
  const enrollmentId = await enrol(student, trackId);
  const cohortId = await insertCohort(trackId, { studentIds: [student], docentIds: [docent], meetings: 1 });
  const [{ id: meetingId }] = await sql<{ id: string }>('SELECT id FROM cohort_meeting WHERE cohort_id = $1', [
    cohortId,
  ]);
  const newAssignment = async () =>
    (await data(clients.admin, CREATE_ASSIGNMENT, { input: textAssignment(module.id) })).createAssignment.id as string;
  const assignmentId = await newAssignment();
  const submissionId = (await submitText(clients.student, assignmentId, 'Mijn observatie.')).id;
  // The confidant can read (a recovery key settles the sole-confidant case) and the student wrote to them.
  await data(clients.confidant, 'mutation { createConfidentialRecoveryKey }', {});
  const confidentialThreadId = (
    await data(
      clients.student,
      'mutation S($input: StartConfidentialThreadInput!) { startConfidentialThread(input: $input) { thread { id } } }',
      { input: { subject: 'Matrix', body: 'Een bericht', anonymous: false, confidantIds: [users.confidant.user.id] } },
    )
  ).startConfidentialThread.thread.id as string;
  const discipline = await createDiscipline();
  const organisation = await createOrganisation();

  const newStudent = async ({ enrolled = true } = {}) => {
    const { user } = await createUser({ roles: [Role.STUDENT] });
    if (enrolled) await enrol(user.id, trackId);
    return user.id;
  };
  const newProposal = async () => {
    const pool = await createPool(trackId, { students: 2, disciplines: 1, organisations: 0 });
    const proposal = (await data(clients.admin, PROPOSE, { input: { trackId, studentIds: ids(pool), groupCount: 1 } }))
      .proposeCohorts;
    return { id: proposal.id as string, studentId: pool[0].user.id };
  };
  const proposal = await newProposal();
  const pool = await createPool(trackId, { students: 2, disciplines: 1, organisations: 0 });
  const [{ id: intakeRequestId }] = await sql<{ id: string }>(
    `INSERT INTO intake_request (name, email, discipline, organisation, locale)
     VALUES ('Matrix Aanmelder', $1, 'Logopedie', 'Praktijk', 'nl') RETURNING id`,
    [uniqueEmail('intake')],
  );
  const newModule = async (status: 'DRAFT' | 'PUBLISHED' = 'DRAFT') => {
    const made = await createModule(trackId, { title: uniqueId('Matrix '), lessons: 2, status });
    return { id: made.id, lessonIds: made.lessonIds };
  };
  const newUpload = async () => {
    const { status, body } = await upload(clients.admin, 'hand-out.pdf', PDF, { purpose: 'LESSON_ATTACHMENT' });
    if (status !== 201 && status !== 200) throw new Error(`Upload failed: ${status} ${JSON.stringify(body)}`);
    return body.id!;
  };

  return {
    trackId,
    otherTrackId,
    moduleId: module.id,
    lessonIds: module.lessonIds,
    assignmentId,
    submissionId,
    cohortId,
    meetingId,
    enrollmentId,
    proposalId: proposal.id,
    poolStudentIds: ids(pool),
    intakeRequestId,
    confidentialThreadId,
    organisationId: organisation.id,
    disciplineId: discipline.id,
    ids: {
      signedOut: null,
      student,
      docent,
      confidant: users.confidant.user.id,
      admin: users.admin.user.id,
    },
    moduleOrder: async () =>
      (await sql<{ id: string }>('SELECT id FROM module WHERE track_id = $1 ORDER BY position', [trackId])).map(
        (m) => m.id,
      ),
    fresh: {
      email: () => uniqueEmail('matrix'),
      student: newStudent,
      invitedUser: async () => (await createUser({ password: null })).user.id,
      module: newModule,
      assignment: newAssignment,
      cohort: async (options = {}) =>
        insertCohort(trackId, {
          studentIds: options.studentIds ?? [],
          docentIds: options.docentIds ?? [docent],
          meetings: options.meetings,
        }),
      meeting: async () => {
        const id = await insertCohort(trackId, { docentIds: [docent], meetings: 1 });
        const [row] = await sql<{ id: string }>('SELECT id FROM cohort_meeting WHERE cohort_id = $1', [id]);
        return row.id;
      },
      enrollment: async () => enrol((await createUser({ roles: [Role.STUDENT] })).user.id, trackId),
      proposal: newProposal,
      submission: async () => {
        const author = await createUser({ roles: [Role.STUDENT] });
        await enrol(author.user.id, trackId);
        await sql('INSERT INTO cohort_member (cohort_id, student_id, track_id) VALUES ($1, $2, $3)', [
          cohortId,
          author.user.id,
          trackId,
        ]);
        return (await submitText(await signIn(author), assignmentId, 'Een uitwerking.')).id;
      },
      studentDraft: async () => {
        const draft = (
          await data(clients.student, SAVE_DRAFT, { input: { assignmentId: await newAssignment(), text: 'Concept' } })
        ).saveSubmissionDraft;
        return { submissionId: draft.id as string, version: draft.version as number };
      },
      upload: newUpload,
      attachment: async () => {
        const { lessonIds } = await newModule('DRAFT');
        const fileId = await newUpload();
        await data(
          clients.admin,
          'mutation ($lessonId: ID!, $fileId: ID!) { attachFileToLesson(lessonId: $lessonId, fileId: $fileId) { id } }',
          { lessonId: lessonIds[0], fileId },
        );
        return { lessonId: lessonIds[0], fileId };
      },
      linkToken: async (purpose) => {
        const user = await createUser(purpose === 'INVITATION' ? { password: null } : {});
        const token = randomBytes(32).toString('base64url');
        await sql(
          `INSERT INTO user_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`,
          [user.user.id, purpose, sha256(token)],
        );
        return token;
      },
      credentials: async () => {
        const { email, password } = await createUser();
        return { email, password };
      },
    },
  };
}

/** `query ($id: ID!) { cohort(id: $id) { __typename } }`: the field with the given arguments, from the schema. */
function documentFor(key: string, variables: Variables): string {
  const [root, name] = key.split('.');
  const type = (root === 'Query' ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType;
  const field = type.getFields()[name];
  const given = field.args.filter((arg) => arg.name in variables);
  const definitions = given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${root === 'Query' ? 'query' : 'mutation'}${definitions ? ` (${definitions})` : ''} { ${name}${args ? `(${args})` : ''}${selection} }`;
}

function schemaFields(): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    Object.keys(type!.getFields()).map((name) => `${type!.name}.${name}`),
  );
}

describe('the permission matrix', () => {
  it('has a row for every Query and Mutation field of the schema, and none for a field it lacks', () => {
    const fields = schemaFields();
    expect(
      fields.filter((field) => !(field in MATRIX)),
      'fields without a row',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((key) => !fields.includes(key)),
      'rows without a field',
    ).toEqual([]);
  });

  it('declares one known outcome per caller in every row', () => {
    const bad = Object.entries(MATRIX).filter(([, { expect: outcomes }]) => {
      const words = outcomes.split(' ');
      return words.length !== CALLERS.length || words.some((word) => !OUTCOMES.includes(word));
    });
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it.each(Object.keys(MATRIX))('%s', async (key) => {
    const row = MATRIX[key];
    const outcomes: string[] = [];
    const details: string[] = [];
    for (const caller of CALLERS) {
      const variables = (await row.args?.(world, caller)) ?? {};
      let client = clients[caller];
      if (row.ownSession) client = caller === 'signedOut' ? app.client() : await signIn(users[caller]);
      const res = await client.gql(documentFor(key, variables), variables);
      const error = res.errors?.[0];
      const outcome = error ? String(error.extensions?.code) : 'ok';
      outcomes.push(outcome);
      if (error) details.push(`${caller}: ${outcome} ${error.extensions?.reason ?? ''} ${error.message}`);
      expect(OUTCOMES, `${caller} got ${outcome}: ${error?.message}`).toContain(outcome);
    }
    expect(outcomes.join(' '), details.join('\n')).toBe(row.expect);
  });
});
