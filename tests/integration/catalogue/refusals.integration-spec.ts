// The catalogue's refusals name what they are about in structured params (titles, lists of
// titles), so the portal can say it in the reader's language; module completion names its
// missing requirements as data, not as a Dutch sentence built on the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createAssignment, createWorld, signIn } from '../assignments/assignment-fixtures';
import {
  ENROLL_IN_TRACK,
  ENROLL_STUDENT,
  createModule,
  enrol,
  ensureTrack,
  PUBLISH_MODULE,
  resetTrack,
  UPDATE_MODULE,
} from './catalogue-fixtures';

let app: TestApp;
let admin: GqlClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await signIn(app, await createAdmin());
});
afterAll(() => app?.close());

const DELETE_MODULE = `mutation D($id: ID!) { deleteModule(id: $id) }`;
const UPDATE_TRACK = `mutation T($input: UpdateTrackInput!) { updateTrack(input: $input) { id } }`;
const LEARNING_MODULE = `query L($id: ID!) {
  learningModule(id: $id) { id completed unmetRequirements { kind subjectId title } }
}`;

describe('catalogue refusals name what they are about', () => {
  it('publishing with draft prerequisites names them; so does requiring a draft from a published module', async () => {
    const core = await resetTrack('CORE');
    const draftA = await createModule(core, { title: 'Spel', status: 'DRAFT' });
    const draftB = await createModule(core, { title: 'Observeren', status: 'DRAFT' });
    const module = await createModule(core, {
      title: 'Meespelen',
      status: 'DRAFT',
      prerequisiteIds: [draftA.id, draftB.id],
    });
    const refused = expectError(
      await admin.gql(PUBLISH_MODULE, { id: module.id }),
      'BAD_USER_INPUT',
      'DRAFT_PREREQUISITES',
    );
    expect(refused.extensions?.params).toEqual({ module: 'Meespelen', modules: ['Observeren', 'Spel'] });

    const published = await createModule(core, { title: 'Hechting' });
    const onField = expectError(
      await admin.gql(UPDATE_MODULE, { input: { id: published.id, prerequisiteIds: [draftA.id] } }),
      'BAD_USER_INPUT',
      'DRAFT_PREREQUISITES',
    );
    expect(onField.extensions?.params).toEqual({ module: 'Hechting', modules: ['Spel'] });
    expect(Object.keys(onField.extensions?.fields ?? {})).toEqual(['prerequisiteIds']);
  });

  it('a prerequisite cycle is a list of the modules in it, in order', async () => {
    const core = await resetTrack('CORE');
    const a = await createModule(core, { title: 'Hechting', status: 'DRAFT' });
    const b = await createModule(core, { title: 'Observeren', status: 'DRAFT', prerequisiteIds: [a.id] });
    const c = await createModule(core, { title: 'Regulatie', status: 'DRAFT', prerequisiteIds: [b.id] });
    const cycle = expectError(
      await admin.gql(UPDATE_MODULE, { input: { id: a.id, prerequisiteIds: [c.id] } }),
      'BAD_USER_INPUT',
      'PREREQUISITE_CYCLE',
    );
    expect(cycle.extensions?.params).toEqual({ cycle: ['Hechting', 'Regulatie', 'Observeren'] });
    const self = expectError(
      await admin.gql(UPDATE_MODULE, { input: { id: a.id, prerequisiteIds: [a.id] } }),
      'BAD_USER_INPUT',
      'PREREQUISITE_CYCLE',
    );
    expect(self.extensions?.params).toEqual({ cycle: ['Hechting'] });
    const unknown = expectError(
      await admin.gql(UPDATE_MODULE, {
        input: { id: a.id, prerequisiteIds: ['00000000-0000-4000-8000-000000000000'] },
      }),
      'BAD_USER_INPUT',
      'UNKNOWN_PREREQUISITE',
    );
    expect(Object.keys(unknown.extensions?.fields ?? {})).toEqual(['prerequisiteIds']);
  });

  it('deleting a module others require names them; deleting a published one names it', async () => {
    const core = await resetTrack('CORE');
    const base = await createModule(core, { title: 'Basis', status: 'DRAFT' });
    await createModule(core, { title: 'Vervolg B', status: 'DRAFT', prerequisiteIds: [base.id] });
    await createModule(core, { title: 'Vervolg A', status: 'DRAFT', prerequisiteIds: [base.id] });
    const required = expectError(await admin.gql(DELETE_MODULE, { id: base.id }), 'CONFLICT', 'REQUIRED_BY_MODULE');
    expect(required.extensions?.params).toEqual({ module: 'Basis', modules: ['Vervolg A', 'Vervolg B'] });
    const published = await createModule(core, { title: 'Gepubliceerd' });
    const refused = expectError(await admin.gql(DELETE_MODULE, { id: published.id }), 'CONFLICT', 'MODULE_PUBLISHED');
    expect(refused.extensions?.params).toEqual({ module: 'Gepubliceerd' });
  });

  it('a track requirement cycle is a list of the tracks in it', async () => {
    const core = await ensureTrack('CORE');
    const generalist = await ensureTrack('GENERALIST');
    const refused = expectError(
      await admin.gql(UPDATE_TRACK, { input: { id: core, requiresTrackId: generalist } }),
      'BAD_USER_INPUT',
      'TRACK_REQUIREMENT_CYCLE',
    );
    expect(refused.extensions?.params).toEqual({ cycle: ['IMH-kerncursus', 'Route IMH generalist'] });
    const [track] = await sql<{ requires_track_id: string | null }>(
      'SELECT requires_track_id FROM track WHERE id = $1',
      [core],
    );
    expect(track.requires_track_id).toBeNull();
  });

  it('enrolment refusals name the tracks', async () => {
    const core = await ensureTrack('CORE');
    const generalist = await ensureTrack('GENERALIST');
    const studentUser = await createUser();
    const student = await signIn(app, studentUser);
    const early = expectError(
      await student.gql(ENROLL_IN_TRACK, { trackId: generalist }),
      'CONFLICT',
      'REQUIRED_TRACK_NOT_COMPLETED',
    );
    expect(early.extensions?.params).toEqual({ track: 'Route IMH generalist', requiredTrack: 'IMH-kerncursus' });
    await enrol(studentUser.user.id, core);
    const twice = expectError(
      await admin.gql(ENROLL_STUDENT, { input: { trackId: core, userId: studentUser.user.id } }),
      'CONFLICT',
      'ALREADY_ENROLLED',
    );
    expect(twice.extensions?.params).toEqual({ track: 'IMH-kerncursus' });
  });

  it('module completion names a missing assignment by kind, id and title', async () => {
    const world = await createWorld(app, { students: 1 });
    const assignment = await createAssignment(world, { submissionKind: 'TEXT', allowedFileTypes: [] });
    const [student] = world.students;
    const { data } = await student.client.gql(LEARNING_MODULE, { id: world.moduleId });
    expect(data!.learningModule.unmetRequirements).toEqual([
      { kind: 'ASSIGNMENT_PASSED', subjectId: assignment.id, title: assignment.title },
    ]);
  });
});
