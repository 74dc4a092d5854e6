// Housekeeping removes uploads nothing refers to, a day after they were made, with the real
// worker processing the real maintenance job; it never touches a file anything refers to.
import { getQueueToken } from '@nestjs/bullmq';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileHousekeeping, LocalDiskStorage } from '@imh/files';
import { QueueName } from '@imh/queue';
import { PURGE_UNATTACHED_FILES } from '../../../apps/worker/src/maintenance/maintenance.processor';
import { createAssignment, createWorld, ok, SAVE_DRAFT, type World } from '../assignments/assignment-fixtures';
import { PDF, upload } from '../catalogue/upload-helpers';
import { sql } from '../support/database';
import type { GqlClient, TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

const ATTACH = `mutation Attach($lessonId: ID!, $fileId: ID!) { attachFileToLesson(lessonId: $lessonId, fileId: $fileId) { id } }`;
const DETACH = `mutation Detach($lessonId: ID!, $fileId: ID!) { detachFileFromLesson(lessonId: $lessonId, fileId: $fileId) { id } }`;

let app: TestApp;
let storageDir: string;
let world: World;
let maintenance: Queue;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-housekeeping-'));
  app = await startTestApp({ worker: true, env: { FILE_STORAGE_DIR: storageDir } });
  world = await createWorld(app, { students: 1 });
  maintenance = app.worker!.get<Queue>(getQueueToken(QueueName.MAINTENANCE));
});
afterAll(async () => {
  await app?.close();
  await rm(storageDir, { recursive: true, force: true });
});

async function uploaded(client: GqlClient, name: string, purpose = 'LESSON_ATTACHMENT'): Promise<string> {
  const res = await upload(client, name, PDF, { purpose });
  expect(res.status).toBe(201);
  return res.body.id!;
}

/** Pretends the file was uploaded 25 hours ago. */
const age = (ids: string[]) =>
  sql(`UPDATE stored_file SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [ids]);

const keyOf = async (id: string) =>
  (await sql<{ key: string }>('SELECT key FROM stored_file WHERE id = $1', [id]))[0]?.key;

async function onDisk(key: string): Promise<boolean> {
  const path = new LocalDiskStorage(storageDir).pathFor(key);
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Runs the maintenance job through the worker, as its scheduler would. */
async function runHousekeeping(): Promise<{ files: number }> {
  const job = await maintenance.add(PURGE_UNATTACHED_FILES, {});
  await app.drainQueues();
  return (await maintenance.getJob(job.id!))!.returnvalue as { files: number };
}

describe('housekeeping of uploads', () => {
  it('knows every reference to a stored file from the database itself', async () => {
    const references = await app.worker!.get(FileHousekeeping).references();
    expect(references).toEqual(
      expect.arrayContaining([
        { table: 'lesson_attachment', column: 'file_id' },
        { table: 'submission_file', column: 'file_id' },
      ]),
    );
  });

  it('removes a day-old upload nothing refers to (row and bytes), and keeps everything referenced or new', async () => {
    const [lessonId] = world.lessonIds;
    const student = world.students[0].client;
    const assignment = await createAssignment(world, { allowedFileTypes: ['pdf'], maxFileBytes: 100_000 });

    const forgotten = await uploaded(world.admin, 'vergeten.pdf');
    const fresh = await uploaded(world.admin, 'net-geupload.pdf');
    const attached = await uploaded(world.admin, 'bijlage.pdf');
    await ok(world.admin.gql(ATTACH, { lessonId, fileId: attached }));
    const detached = await uploaded(world.admin, 'losgemaakt.pdf');
    await ok(world.admin.gql(ATTACH, { lessonId, fileId: detached }));
    await ok(world.admin.gql(DETACH, { lessonId, fileId: detached }));
    const handedIn = await uploaded(student, 'verslag.pdf', 'SUBMISSION_FILE');
    await ok(student.gql(SAVE_DRAFT, { input: { assignmentId: assignment.id, text: 'Concept', fileIds: [handedIn] } }));
    const abandoned = await uploaded(student, 'nooit-bijgevoegd.pdf', 'SUBMISSION_FILE');
    await age([forgotten, attached, detached, handedIn, abandoned]);

    const keys = Object.fromEntries(
      await Promise.all(
        [forgotten, fresh, attached, detached, handedIn, abandoned].map(async (id) => [id, await keyOf(id)]),
      ),
    ) as Record<string, string>;
    for (const key of Object.values(keys)) expect(await onDisk(key)).toBe(true);

    const result = await runHousekeeping();
    expect(result.files).toBeGreaterThanOrEqual(3);

    const left = (
      await sql<{ id: string }>('SELECT id FROM stored_file WHERE id = ANY($1::uuid[])', [Object.keys(keys)])
    ).map((r) => r.id);
    expect(left.sort()).toEqual([fresh, attached, handedIn].sort());
    for (const id of [forgotten, detached, abandoned]) expect(await onDisk(keys[id])).toBe(false);
    for (const id of [fresh, attached, handedIn]) expect(await onDisk(keys[id])).toBe(true);
    // The attachment and the draft still have their files.
    expect(await sql('SELECT 1 FROM lesson_attachment WHERE file_id = $1', [attached])).toHaveLength(1);
    expect(await sql('SELECT 1 FROM submission_file WHERE file_id = $1', [handedIn])).toHaveLength(1);

    // A second run finds nothing more to do.
    expect((await runHousekeeping()).files).toBe(0);
  });

  it('skips a file whose row is locked by an attachment being written, and removes it once it is not', async () => {
    const file = await uploaded(world.admin, 'bezig.pdf');
    await age([file]);
    const db = app.dataSource;
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // What the foreign key check of an insert into lesson_attachment takes on the file's row.
      await runner.query('SELECT 1 FROM stored_file WHERE id = $1 FOR KEY SHARE', [file]);
      expect(await app.worker!.get(FileHousekeeping).removeUnattached()).toBe(0);
      expect(await keyOf(file)).toBeDefined();
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await app.worker!.get(FileHousekeeping).removeUnattached()).toBe(1);
    expect(await keyOf(file)).toBeUndefined();
  });
});
