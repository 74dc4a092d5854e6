// CatalogueAccess: one rule for who may read, study and download what, asked in one batch by
// the catalogue's services, its file rule and other contexts alike.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueAccess, CataloguePermission } from '@imh/catalogue';
import { Role, type Actor } from '@imh/common';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { ATTACH_FILE, createModule, enrol, markDone, resetTrack, type ModuleFixture } from './catalogue-fixtures';
import { PDF, upload } from './upload-helpers';

let app: TestApp;
let storageDir: string;
let admin: GqlClient;
let access: CatalogueAccess;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-access-'));
  app = await startTestApp({ env: { FILE_STORAGE_DIR: storageDir } });
  admin = await signedIn(await createAdmin());
  access = app.api.get(CatalogueAccess);
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

const asActor = (user: CreatedUser): Actor => ({ userId: user.user.id, roles: user.user.roles });

/** Attaches a freshly uploaded PDF to the lesson and returns the file id. */
async function attachPdf(lessonId: string): Promise<string> {
  const stored = await upload(admin, 'schema.pdf', PDF);
  const res = await admin.gql(ATTACH_FILE, { lessonId, fileId: stored.body.id });
  expect(res.errors).toBeUndefined();
  return stored.body.id!;
}

async function download(client: GqlClient, fileId: string): Promise<number> {
  const res = await client.fetch(`/files/${fileId}`);
  await res.arrayBuffer();
  return res.status;
}

describe('lesson attachments follow the lesson', () => {
  it('a student downloads an attachment only once its module and lesson are open to them', async () => {
    const core = await resetTrack('CORE');
    const first = await createModule(core, { title: 'Hechting', lessons: 1 });
    const second = await createModule(core, { title: 'Observeren', lessons: 2, prerequisiteIds: [first.id] });
    const inLockedModule = await attachPdf(second.lessonIds[0]);
    const inLaterLesson = await attachPdf(second.lessonIds[1]);
    const studentUser = await createUser();
    await enrol(studentUser.user.id, core);
    const student = await signedIn(studentUser);
    const docent = await signedIn(await createUser({ roles: [Role.DOCENT] }));

    // The module is locked: neither file, as if it did not exist.
    expect(await download(student, inLockedModule)).toBe(404);
    expect(await download(student, inLaterLesson)).toBe(404);
    expect(await download(docent, inLockedModule)).toBe(200);

    // The prerequisite done: the first lesson's file opens, the second lesson's not yet.
    await markDone(studentUser.user.id, first.lessonIds);
    expect(await download(student, inLockedModule)).toBe(200);
    expect(await download(student, inLaterLesson)).toBe(404);
    await markDone(studentUser.user.id, [second.lessonIds[0]]);
    expect(await download(student, inLaterLesson)).toBe(200);

    // An archived lesson keeps its files from students.
    const archived = await admin.gql(`mutation A($id: ID!) { archiveLesson(id: $id) { id } }`, {
      id: second.lessonIds[1],
    });
    expect(archived.errors).toBeUndefined();
    expect(await download(student, inLaterLesson)).toBe(404);
  });
});

describe('other contexts ask CatalogueAccess', () => {
  it('MODULE_STUDY answers for many modules in the same number of statements as for one', async () => {
    const core = await resetTrack('CORE');
    const base = await createModule(core, { title: 'Basis', lessons: 1 });
    const others: ModuleFixture[] = [];
    for (let i = 0; i < 12; i++)
      others.push(await createModule(core, { title: `Vervolg ${i}`, prerequisiteIds: [base.id] }));
    const studentUser = await createUser();
    await enrol(studentUser.user.id, core);
    const actor = asActor(studentUser);

    const one = await app.sql.count(() =>
      access.check({ actor, permission: CataloguePermission.MODULE_STUDY, ids: [others[0].id] }),
    );
    const many = await app.sql.count(() =>
      access.check({ actor, permission: CataloguePermission.MODULE_STUDY, ids: [base.id, ...others.map((m) => m.id)] }),
    );
    expect([...many.result]).toEqual([base.id]);
    expect(one.result.size).toBe(0);
    expect(many.count).toBe(one.count);
  });

  it('require() names the locked module and what opens it, the track of a module not followed', async () => {
    const core = await resetTrack('CORE');
    const base = await createModule(core, { title: 'Hechting en de ouder-kindrelatie', lessons: 1 });
    const locked = await createModule(core, { title: 'Observeren', prerequisiteIds: [base.id] });
    const studentUser = await createUser();
    const actor = asActor(studentUser);

    await expect(
      access.require({ actor, permission: CataloguePermission.MODULE_STUDY, ids: [locked.id] }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      options: { reason: 'NOT_ENROLLED', params: { track: 'IMH-kerncursus' } },
    });
    await enrol(studentUser.user.id, core);
    await expect(
      access.require({ actor, permission: CataloguePermission.MODULE_STUDY, ids: [base.id, locked.id] }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      options: {
        reason: 'MODULE_LOCKED',
        params: { module: 'Observeren', modules: ['Hechting en de ouder-kindrelatie'] },
      },
    });
    // Reading it is allowed (it says what opens it); studying it is not, until the base is done.
    await expect(
      access.require({ actor, permission: CataloguePermission.MODULE_READ, ids: [locked.id] }),
    ).resolves.toBeUndefined();
    await markDone(studentUser.user.id, base.lessonIds);
    await expect(
      access.require({ actor, permission: CataloguePermission.MODULE_STUDY, ids: [base.id, locked.id] }),
    ).resolves.toBeUndefined();
    // Signed out is refused before anything is asked.
    await expect(
      access.require({ actor: null, permission: CataloguePermission.MODULE_STUDY, ids: [base.id] }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('a lesson refused for a lesson lock names the lessons to do first', async () => {
    const core = await resetTrack('CORE');
    const module = await createModule(core, { title: 'Regulatie', lessons: 3 });
    const studentUser = await createUser();
    await enrol(studentUser.user.id, core);
    const student = await signedIn(studentUser);
    const res = await student.gql(`query L($id: ID!) { lesson(id: $id) { id } }`, { id: module.lessonIds[2] });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'LESSON_LOCKED',
      params: { lesson: 'Regulatie – les 3', module: 'Regulatie', lessons: ['Regulatie – les 1', 'Regulatie – les 2'] },
    });
  });
});
