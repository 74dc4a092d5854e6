import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  ATTACH_FILE,
  CREATE_LESSON,
  CREATE_MODULE,
  createModule,
  enrol,
  LEARNING_MODULE,
  LESSON,
  MY_LEARNING,
  PUBLISH_MODULE,
  resetTrack,
  UPDATE_MODULE,
} from './catalogue-fixtures';
import { PDF, upload } from './upload-helpers';

let app: TestApp;
let storageDir: string;
let admin: GqlClient;
let adminUser: CreatedUser;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-authoring-'));
  app = await startTestApp({ env: { FILE_STORAGE_DIR: storageDir } });
  adminUser = await createAdmin();
  admin = await signedIn(adminUser);
});
afterAll(async () => {
  await app?.close();
  await rm(storageDir, { recursive: true, force: true });
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

async function ok(client: GqlClient, query: string, variables?: Record<string, unknown>) {
  const res = await client.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const MODULE_INPUT = {
  title: 'Overmatig huilen en regulatie',
  summary: 'Wat huilen met ouder en kind doet.',
  studyHours: 6.5,
  accreditationPoints: 4,
  learningGoals: ['Je herkent regulatieproblemen', '  '],
};

describe('authoring', () => {
  it('an admin creates a module with two lessons and an attachment, publishes it, and a student sees it', async () => {
    const core = await resetTrack('CORE');
    const student = await createUser();
    await enrol(student.user.id, core);
    const studentClient = await signedIn(student);

    const { createModule: module } = await ok(admin, CREATE_MODULE, { input: { trackId: core, ...MODULE_INPUT } });
    expect(module).toMatchObject({
      status: 'DRAFT',
      position: 0,
      studyHours: 6.5,
      accreditationPoints: 4,
      learningGoals: ['Je herkent regulatieproblemen'],
    });
    const { createLesson: first } = await ok(admin, CREATE_LESSON, {
      input: { moduleId: module.id, title: 'Huilen in de eerste maanden', body: '# Huilen\n\nElk kind huilt.' },
    });
    const { createLesson: second } = await ok(admin, CREATE_LESSON, {
      input: {
        moduleId: module.id,
        title: 'Co-regulatie',
        body: 'Samen rustig worden.',
        videoUrl: 'https://video.imh.test/1',
      },
    });
    expect([first.position, second.position]).toEqual([0, 1]);
    const uploaded = await upload(admin, 'Huildagboek.pdf', PDF);
    expect(uploaded.status).toBe(201);
    const attached = await ok(admin, ATTACH_FILE, { lessonId: first.id, fileId: uploaded.body.id });
    expect(attached.attachFileToLesson.attachments).toEqual([
      { id: uploaded.body.id, originalName: 'Huildagboek.pdf' },
    ]);

    // Not visible to the student while it is a draft.
    expect((await ok(studentClient, MY_LEARNING)).myLearning.enrollments[0].modules).toEqual([]);
    expectError(await studentClient.gql(LESSON, { id: first.id }), 'NOT_FOUND');
    expect((await studentClient.fetch(`/files/${uploaded.body.id}`)).status).toBe(404);

    // The admin previews the student view before publishing.
    const preview = await ok(admin, LEARNING_MODULE, { id: module.id });
    expect(preview.learningModule).toMatchObject({ preview: true, locked: false, lessonCount: 2 });

    expect((await ok(admin, PUBLISH_MODULE, { id: module.id })).publishModule.status).toBe('PUBLISHED');

    const dashboard = (await ok(studentClient, MY_LEARNING)).myLearning;
    expect(dashboard.enrollments[0].modules).toMatchObject([
      { id: module.id, title: MODULE_INPUT.title, lessonCount: 2, locked: false, nextLessonId: first.id },
    ]);
    const lesson = (await ok(studentClient, LESSON, { id: first.id })).lesson;
    expect(lesson.bodyHtml).toContain('<h1>Huilen</h1>');
    expect(lesson.attachments).toMatchObject([
      { id: uploaded.body.id, originalName: 'Huildagboek.pdf', downloadPath: `/files/${uploaded.body.id}` },
    ]);
    const download = await studentClient.fetch(lesson.attachments[0].downloadPath);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    const learning = (await ok(studentClient, LEARNING_MODULE, { id: module.id })).learningModule;
    expect(learning).toMatchObject({ preview: false, lessons: [{ locked: false }, { locked: true }] });
  });

  it('markdown is stored as written and rendered inert', async () => {
    const core = await resetTrack('CORE');
    const module = await createModule(core, { lessons: 0, status: 'DRAFT' });
    const body =
      'Hallo <script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n\n[klik](javascript:alert(1)) en <a href="javascript:alert(2)">a</a>';
    const { createLesson } = await ok(admin, CREATE_LESSON, { input: { moduleId: module.id, title: 'XSS', body } });
    expect(createLesson.body).toBe(body);
    const [stored] = await sql<{ body: string }>('SELECT body FROM lesson WHERE id = $1', [createLesson.id]);
    expect(stored.body).toBe(body);
    const html: string = createLesson.bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[a-z]+\b[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<a\b[^>]*href\s*=\s*"?\s*javascript:/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses a javascript: video link, an empty module and invalid input, writing nothing', async () => {
    const core = await resetTrack('CORE');
    const module = await createModule(core, { lessons: 0, status: 'DRAFT' });
    const before = await countRows('SELECT count(*) FROM lesson');
    const bad = await admin.gql(CREATE_LESSON, {
      input: { moduleId: module.id, title: 'Video', body: '', videoUrl: 'javascript:alert(1)' },
    });
    expect(expectError(bad, 'BAD_USER_INPUT').extensions?.fields).toHaveProperty('videoUrl');
    expectError(
      await admin.gql(CREATE_LESSON, { input: { moduleId: module.id, title: '  ', body: '' } }),
      'BAD_USER_INPUT',
    );
    expect(await countRows('SELECT count(*) FROM lesson')).toBe(before);
    expectError(await admin.gql(PUBLISH_MODULE, { id: module.id }), 'BAD_USER_INPUT', 'NO_LESSONS');
    expectError(
      await admin.gql(CREATE_MODULE, { input: { trackId: core, ...MODULE_INPUT, studyHours: -1 } }),
      'BAD_USER_INPUT',
    );
    expectError(await admin.gql(PUBLISH_MODULE, { id: 'nope' }), 'BAD_USER_INPUT', 'INVALID_ID');
  });

  it('refuses a prerequisite cycle, naming the modules in it', async () => {
    const core = await resetTrack('CORE');
    const a = await createModule(core, { title: 'Hechting', status: 'DRAFT' });
    const b = await createModule(core, { title: 'Observeren', status: 'DRAFT', prerequisiteIds: [a.id] });
    const c = await createModule(core, { title: 'Regulatie', status: 'DRAFT', prerequisiteIds: [b.id] });

    const cycle = await admin.gql(UPDATE_MODULE, { input: { id: a.id, prerequisiteIds: [c.id] } });
    const error = expectError(cycle, 'BAD_USER_INPUT', 'PREREQUISITE_CYCLE');
    expect(error.message).toContain('Hechting → Regulatie → Observeren → Hechting');
    expectError(
      await admin.gql(UPDATE_MODULE, { input: { id: a.id, prerequisiteIds: [a.id] } }),
      'BAD_USER_INPUT',
      'PREREQUISITE_CYCLE',
    );
    expect(await countRows('SELECT count(*) FROM module_prerequisite WHERE module_id = $1', [a.id])).toBe(0);

    const fine = await ok(admin, UPDATE_MODULE, { input: { id: c.id, prerequisiteIds: [a.id, b.id] } });
    expect(fine.updateModule.prerequisites.map((m: { title: string }) => m.title).sort()).toEqual([
      'Hechting',
      'Observeren',
    ]);
  });

  it('reorders modules and lessons only with a complete permutation', async () => {
    const core = await resetTrack('CORE');
    const a = await createModule(core, { title: 'A', lessons: 3 });
    const b = await createModule(core, { title: 'B' });
    const REORDER_MODULES = `mutation R($input: ReorderInput!) { reorderModules(input: $input) { id position } }`;
    const REORDER_LESSONS = `mutation R($input: ReorderInput!) { reorderLessons(input: $input) { id position } }`;

    expectError(
      await admin.gql(REORDER_MODULES, { input: { parentId: core, orderedIds: [b.id] } }),
      'BAD_USER_INPUT',
      'NOT_A_PERMUTATION',
    );
    expectError(
      await admin.gql(REORDER_MODULES, { input: { parentId: core, orderedIds: [b.id, a.id, a.lessonIds[0]] } }),
      'BAD_USER_INPUT',
      'NOT_A_PERMUTATION',
    );
    const moved = await ok(admin, REORDER_MODULES, { input: { parentId: core, orderedIds: [b.id, a.id] } });
    expect(moved.reorderModules).toEqual([
      { id: b.id, position: 0 },
      { id: a.id, position: 1 },
    ]);
    const [l1, l2, l3] = a.lessonIds;
    const lessons = await ok(admin, REORDER_LESSONS, { input: { parentId: a.id, orderedIds: [l3, l1, l2] } });
    expect(lessons.reorderLessons.map((l: { id: string }) => l.id)).toEqual([l3, l1, l2]);
  });
});

describe('only admins author', () => {
  it('students, docents and signed-out visitors are refused every authoring path, and nothing changes', async () => {
    const core = await resetTrack('CORE');
    const module = await createModule(core, { status: 'DRAFT' });
    const student = await createUser();
    await enrol(student.user.id, core);
    const clients = {
      student: await signedIn(student),
      docent: await signedIn(await createUser({ roles: [Role.DOCENT] })),
      confidant: await signedIn(await createUser({ roles: [Role.CONFIDANT] })),
      anonymous: app.client(),
    };
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_MODULE, { input: { trackId: core, ...MODULE_INPUT } }],
      [CREATE_LESSON, { input: { moduleId: module.id, title: 'x', body: 'y' } }],
      [PUBLISH_MODULE, { id: module.id }],
      [UPDATE_MODULE, { input: { id: module.id, prerequisiteIds: [] } }],
      [`mutation { createTrack(input: { code: SPECIALIST, title: "x" }) { id } }`, {}],
      [`mutation P($id: ID!) { publishTrack(id: $id) { id } }`, { id: core }],
      [`mutation D($id: ID!) { deleteModule(id: $id) }`, { id: module.id }],
      [`mutation D($id: ID!) { deleteLesson(id: $id) }`, { id: module.lessonIds[0] }],
    ];
    const before = await sql('SELECT id, status, title FROM module ORDER BY id');
    for (const [name, client] of Object.entries(clients)) {
      for (const [query, variables] of attempts) {
        const res = await client.gql(query, variables);
        expectError(res, name === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    }
    expect(await sql('SELECT id, status, title FROM module ORDER BY id')).toEqual(before);
    expect(await countRows('SELECT count(*) FROM lesson WHERE module_id = $1', [module.id])).toBe(2);

    // Reading the whole catalogue (drafts included) is for admins and docents.
    expectError(await clients.student.gql('{ tracks { id } }'), 'FORBIDDEN');
    expectError(
      await clients.student.gql('query M($id: ID!) { module(id: $id) { id } }', { id: module.id }),
      'FORBIDDEN',
    );
    expectError(await clients.anonymous.gql('{ tracks { id } }'), 'UNAUTHENTICATED');
    const docentView = await ok(clients.docent, '{ tracks { code modules { id lessons { id } } } }');
    expect(docentView.tracks.find((t: { code: string }) => t.code === 'CORE').modules).toHaveLength(1);
    const adminView = await ok(
      admin,
      '{ tracks { code modules { id status prerequisites { id } lessons { id bodyHtml } } } }',
    );
    expect(adminView.tracks.find((t: { code: string }) => t.code === 'CORE').modules[0]).toMatchObject({
      id: module.id,
      status: 'DRAFT',
    });
  });
});
