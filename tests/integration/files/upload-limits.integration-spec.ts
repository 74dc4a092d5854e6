// The upload limits the server enforces, as the API tells them (uploadLimits) and as its
// refusals name them (params maxBytes and allowed).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileAccessRegistry } from '@imh/files';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { PDF, PNG, upload } from '../catalogue/upload-helpers';

const LIMIT = 40 * 1024;
const LIMITS = `query Limits($purpose: String) { uploadLimits { maxBytes allowedTypes(purpose: $purpose) } }`;
const EVERY_TYPE = ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpg', 'jpeg', 'mp4', 'txt', 'csv'];

let app: TestApp;
let storageDir: string;
let admin: GqlClient;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'imh-limits-'));
  app = await startTestApp({ env: { FILE_STORAGE_DIR: storageDir, MAX_UPLOAD_BYTES: String(LIMIT) } });
  admin = await signedIn(await createAdmin());
  // A purpose that takes images only, registered the way a context registers its own rule.
  app.api.get(FileAccessRegistry).register({
    purpose: 'TEST_IMAGES',
    allowedExtensions: ['png', 'jpg', 'jpeg'],
    canUpload: () => true,
    canRead: () => Promise.resolve(false),
  });
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

describe('uploadLimits', () => {
  it('tells a signed-in user the configured size limit and the types per purpose', async () => {
    const student = await signedIn(await createUser());
    const res = await student.gql(LIMITS, { purpose: 'SUBMISSION_FILE' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.uploadLimits).toEqual({ maxBytes: LIMIT, allowedTypes: EVERY_TYPE });
    const lessons = await admin.gql(LIMITS, { purpose: 'LESSON_ATTACHMENT' });
    expect(lessons.data!.uploadLimits.allowedTypes).toEqual(EVERY_TYPE);
    expect((await admin.gql(LIMITS, { purpose: 'TEST_IMAGES' })).data!.uploadLimits.allowedTypes).toEqual([
      'png',
      'jpg',
      'jpeg',
    ]);
    expect((await admin.gql(LIMITS)).data!.uploadLimits.allowedTypes).toEqual(EVERY_TYPE);
  });

  it('refuses signed-out callers and names an unknown purpose', async () => {
    expectError(await app.client().gql(LIMITS, { purpose: 'LESSON_ATTACHMENT' }), 'UNAUTHENTICATED');
    const unknown = await admin.gql(LIMITS, { purpose: 'NO_SUCH_PURPOSE' });
    expect(unknown.errors).toHaveLength(1);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PURPOSE' });
    expect(unknown.errors![0].extensions!.params).toMatchObject({
      known: expect.arrayContaining(['LESSON_ATTACHMENT', 'SUBMISSION_FILE']),
    });
  });
});

describe('refusals name the limits', () => {
  it('a file over the limit is refused with maxBytes', async () => {
    const res = await upload(admin, 'groot.pdf', Buffer.concat([PDF, Buffer.alloc(LIMIT, 'a')]));
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TOO_LARGE',
      params: { maxBytes: LIMIT },
    });
  });

  it('a type the purpose does not take is refused with the allowed types', async () => {
    const exe = await upload(admin, 'programma.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.status).toBe(400);
    expect(exe.body.error).toMatchObject({ reason: 'FILE_TYPE_NOT_ALLOWED', params: { allowed: EVERY_TYPE } });

    const pdf = await upload(admin, 'handout.pdf', PDF, { purpose: 'TEST_IMAGES' });
    expect(pdf.body.error).toMatchObject({
      reason: 'FILE_TYPE_NOT_ALLOWED',
      params: { allowed: ['png', 'jpg', 'jpeg'] },
    });
    expect((await upload(admin, 'foto.png', PNG, { purpose: 'TEST_IMAGES' })).status).toBe(201);
  });

  it('content that does not match the extension names the extension', async () => {
    const res = await upload(admin, 'nep.pdf', Buffer.from('geen pdf'));
    expect(res.body.error).toMatchObject({ reason: 'FILE_CONTENT_MISMATCH', params: { extension: 'pdf' } });
  });
});
