import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { countRows, sql } from '../support/database';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { createModule, enrol, resetTrack } from './catalogue-fixtures';
import { filesUnder, PDF, PNG, rawRequest, upload } from './upload-helpers';

const LIMIT = 64 * 1024;
let app: TestApp;
let storageDir: string;
let admin: GqlClient;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-files-'));
  app = await startTestApp({ env: { FILE_STORAGE_DIR: storageDir, MAX_UPLOAD_BYTES: String(LIMIT) } });
  admin = await signedIn(await createAdmin());
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

let filesBefore = 0;
beforeEach(async () => {
  filesBefore = await countRows('SELECT count(*) FROM stored_file');
});

/** Nothing was kept: no new row, and no file (not even a partial one) on disk. */
async function expectNothingStored() {
  expect(await countRows('SELECT count(*) FROM stored_file')).toBe(filesBefore);
  const keys = (await sql<{ key: string }>('SELECT key FROM stored_file')).map((r) => r.key);
  const onDisk = await filesUnder(storageDir);
  expect(onDisk.filter((f) => !keys.some((k) => f.endsWith(k)))).toEqual([]);
}

describe('uploading', () => {
  it('an admin uploads a PDF: it is stored under a random key, never under the given name', async () => {
    const res = await upload(admin, '../../etc/Handout hechting.pdf', PDF);
    expect(res.status).toBe(201);
    const [row] = await sql<{ key: string; original_name: string; mime_type: string; size: string; purpose: string }>(
      'SELECT key, original_name, mime_type, size, purpose FROM stored_file WHERE id = $1',
      [res.body.id],
    );
    expect(row).toMatchObject({
      original_name: 'Handout hechting.pdf',
      mime_type: 'application/pdf',
      size: String(PDF.length),
      purpose: 'LESSON_ATTACHMENT',
    });
    expect(row.key).toMatch(/^[0-9a-f]{48}$/);
    const [path] = (await filesUnder(storageDir)).filter((f) => f.endsWith(row.key));
    expect(path.startsWith(storageDir)).toBe(true);
    expect(await readFile(path)).toEqual(PDF);
  });

  it('a declared Content-Length of 2 GB is refused before any of the body is read', async () => {
    const res = await rawRequest(app.url, {
      method: 'POST',
      path: '/files',
      headers: {
        cookie: admin.cookieHeader(),
        'x-imh-csrf': '1',
        'content-type': 'multipart/form-data; boundary=xyz',
        'content-length': String(2 * 1024 ** 3),
      },
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    await expectNothingStored();
  });

  it('a body that grows past the limit without saying so is cut off and nothing is kept', async () => {
    const boundary = 'imhboundary';
    const res = await rawRequest(
      app.url,
      {
        method: 'POST',
        path: '/files',
        headers: {
          cookie: admin.cookieHeader(),
          'x-imh-csrf': '1',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'transfer-encoding': 'chunked',
        },
      },
      async (write) => {
        write(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="film.pdf"\r\n` +
              'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n',
          ),
        );
        // Up to four times the limit, in small pieces, unless the server stops us first.
        for (let sent = 0; sent < 4 * LIMIT; sent += 8192) {
          write(Buffer.alloc(8192, 'x'));
          await new Promise((resolve) => setImmediate(resolve));
        }
      },
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.reason).toBe('FILE_TOO_LARGE');
    await expectNothingStored();
  });

  it('refuses types outside the allow-list and content that does not match its extension', async () => {
    for (const [name, content, reason] of [
      ['virus.exe', Buffer.from('MZ\x90\x00'), 'FILE_TYPE_NOT_ALLOWED'],
      ['page.html', Buffer.from('<html><script>alert(1)</script></html>'), 'FILE_TYPE_NOT_ALLOWED'],
      ['noextension', PDF, 'FILE_TYPE_NOT_ALLOWED'],
      ['fake.pdf', Buffer.from('<html><script>alert(1)</script></html>'), 'FILE_CONTENT_MISMATCH'],
      ['fake.png', PDF, 'FILE_CONTENT_MISMATCH'],
      ['notes.txt', Buffer.from('<!doctype html><script>alert(1)</script>'), 'FILE_CONTENT_MISMATCH'],
      ['empty.pdf', Buffer.alloc(0), 'FILE_EMPTY'],
    ] as const) {
      const res = await upload(admin, name, Buffer.from(content));
      expect(res.status, name).toBe(400);
      expect(res.body.error, name).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    await expectNothingStored();
    expect((await upload(admin, 'foto.PNG', PNG)).status).toBe(201);
  });

  it('needs a session, the CSRF header and the right to upload for the purpose', async () => {
    expect((await upload(app.client(), 'a.pdf', PDF)).status).toBe(401);
    const noCsrf = await upload(admin, 'a.pdf', PDF, { csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error?.reason).toBe('CSRF_HEADER_MISSING');
    const student = await signedIn(await createUser());
    expect((await upload(student, 'a.pdf', PDF)).status).toBe(403);
    const docent = await signedIn(await createUser({ roles: [Role.DOCENT] }));
    expect((await upload(docent, 'a.pdf', PDF)).status).toBe(403);
    expect((await upload(admin, 'a.pdf', PDF, { purpose: 'SOMETHING_ELSE' })).status).toBe(400);
    await expectNothingStored();
  });
  it('refuses a body that is not multipart or holds no file', async () => {
    const json = await admin.fetch('/files', {
      method: 'POST',
      headers: { 'x-imh-csrf': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ file: 'x' }),
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: { reason: string } }).error.reason).toBe('NOT_MULTIPART');
    const form = new FormData();
    form.append('note', 'geen bestand');
    const empty = await admin.fetch('/files', { method: 'POST', headers: { 'x-imh-csrf': '1' }, body: form });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { reason: string } }).error.reason).toBe('NO_FILE');
    await expectNothingStored();
  });
});

describe('downloading', () => {
  it('a student downloads an attachment of a published module in their track; others get 404', async () => {
    const core = await resetTrack('CORE');
    const specialist = await resetTrack('SPECIALIST');
    const published = await createModule(core);
    const draft = await createModule(core, { status: 'DRAFT' });
    const elsewhere = await createModule(specialist);
    const ids: string[] = [];
    for (const lessonId of [published.lessonIds[0], draft.lessonIds[0], elsewhere.lessonIds[0]]) {
      const { body } = await upload(admin, 'Werkblad observatie.pdf', PDF);
      await sql('INSERT INTO lesson_attachment (lesson_id, file_id) VALUES ($1, $2)', [lessonId, body.id]);
      ids.push(body.id!);
    }
    const [ok, inDraft, inOtherTrack] = ids;
    const student = await createUser();
    await enrol(student.user.id, core);
    const client = await signedIn(student);

    const res = await client.fetch(`/files/${ok}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Werkblad observatie.pdf"; filename*=UTF-8''Werkblad%20observatie.pdf`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');

    expect((await client.fetch(`/files/${inDraft}`)).status).toBe(404);
    expect((await client.fetch(`/files/${inOtherTrack}`)).status).toBe(404);
    expect((await client.fetch('/files/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await client.fetch('/files/not-a-uuid')).status).toBe(400);
    expect((await app.client().fetch(`/files/${ok}`)).status).toBe(401);
    // Admins and docents read every attachment.
    expect((await admin.fetch(`/files/${inDraft}`)).status).toBe(200);
    const docent = await signedIn(await createUser({ roles: [Role.DOCENT] }));
    expect((await docent.fetch(`/files/${inOtherTrack}`)).status).toBe(200);
  });
});
