// Hostile uploads and downloads, sent as raw HTTP: missing, lying and absurd Content-Lengths,
// broken multipart bodies, NUL bytes and path traversal in names, over-long names, hostile
// purposes and ids, and many uploads at once. Every answer is a 2xx or 4xx with an error code
// from DESIGN.md, never a 500 or a stack trace, and a refused upload leaves nothing behind:
// no row, no object, not even a partial one.
import { request } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countRows, sql } from '../support/database';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { filesUnder, PDF } from '../catalogue/upload-helpers';

const LIMIT = 64 * 1024;
const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];
const STACK_TRACE = /"stacktrace"|\n\s+at [^\n]*?:\d+:\d+|node_modules|\.ts:\d+/;
const BOUNDARY = '----imh-hostile-boundary';

let app: TestApp;
let root: string;
let storageDir: string;
let admin: GqlClient;
let student: GqlClient;

beforeAll(async () => {
  // The storage folder sits inside a folder of its own, so a file written beside it would show.
  root = await mkdtemp(join(tmpdir(), 'imh-hostile-'));
  storageDir = join(root, 'storage');
  app = await startTestApp({ env: { FILE_STORAGE_DIR: storageDir, MAX_UPLOAD_BYTES: String(LIMIT) } });
  admin = await signedIn(await createAdmin());
  student = await signedIn(await createUser());
});
afterAll(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

interface Answer {
  status: number;
  body: string;
  json: { id?: string; originalName?: string; error?: { code?: string; reason?: string } } | null;
}

interface Part {
  name?: string;
  /** Written into the part header as is (quotes and all), so hostile names reach the server. */
  disposition?: string;
  filename?: string;
  content: Buffer;
}

/** A multipart/form-data body, built by hand so nothing is cleaned on the way. */
function multipart(parts: Part[], options: { boundary?: string; close?: boolean } = {}): Buffer {
  const boundary = options.boundary ?? BOUNDARY;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      part.disposition ??
      `form-data; name="${part.name ?? 'file'}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n`));
    if (part.filename !== undefined || part.disposition) chunks.push(Buffer.from('Content-Type: application/pdf\r\n'));
    chunks.push(Buffer.from('\r\n'), part.content, Buffer.from('\r\n'));
  }
  if (options.close !== false) chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const pdfPart = (filename: string, content = PDF): Part => ({ filename, content });

/**
 * Sends a request exactly as given: the headers as written (none added, so a missing
 * Content-Length means chunked), the body in pieces, and optionally cuts the connection after
 * writing. Resolves with the answer, or with status 0 when the server (rightly) said nothing.
 */
function send(
  client: GqlClient | null,
  path: string,
  headers: Record<string, string>,
  body: Buffer | Buffer[] = [],
  options: { cut?: boolean } = {},
): Promise<Answer> {
  const url = new URL(path, app.url);
  const pieces = Array.isArray(body) ? body : [body];
  return new Promise((resolve, reject) => {
    const req = request({
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: url.pathname + url.search,
      headers: { ...(client?.cookies.size ? { cookie: client.cookieHeader() } : {}), ...headers },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ status: 0, body: '', json: null });
    }, 10_000);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        clearTimeout(timer);
        let json: Answer['json'] = null;
        try {
          json = JSON.parse(text) as Answer['json'];
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, body: text, json });
        req.destroy();
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (['EPIPE', 'ECONNRESET', 'ECONNREFUSED'].includes(error.code ?? '') || options.cut) {
        resolve({ status: 0, body: '', json: null });
      } else reject(error);
    });
    for (const piece of pieces) req.write(piece);
    if (options.cut) setTimeout(() => req.destroy(), 200);
    else req.end();
  });
}

const uploadHeaders = (extra: Record<string, string> = {}) => ({
  'x-imh-csrf': '1',
  'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
  ...extra,
});

const withLength = (body: Buffer, extra: Record<string, string> = {}) =>
  uploadHeaders({ 'content-length': String(body.length), ...extra });

/** A 4xx (or the given status) with a code from DESIGN.md, no stack trace, no SQL. */
function expectRefused(answer: Answer, reason?: string, status?: number) {
  expect(answer.status, answer.body).toBeGreaterThanOrEqual(400);
  expect(answer.status, answer.body).toBeLessThan(500);
  if (status) expect(answer.status).toBe(status);
  expect(answer.body).not.toMatch(STACK_TRACE);
  expect(answer.body).not.toMatch(/SELECT|INSERT|stored_file|QueryFailed/i);
  if (answer.json?.error) expect(CODES).toContain(answer.json.error.code);
  if (reason) expect(answer.json?.error?.reason).toBe(reason);
}

function expectStored(answer: Answer): string {
  expect(answer.status, answer.body).toBe(201);
  return answer.json!.id!;
}

let filesBefore = 0;
beforeEach(async () => {
  filesBefore = await countRows('SELECT count(*) FROM stored_file');
});

/** Every object in storage has its row (nothing partial, nothing orphaned), and nothing lies outside it. */
async function expectStorageConsistent() {
  const keys = new Set((await sql<{ key: string }>('SELECT key FROM stored_file')).map((r) => r.key));
  const onDisk = await filesUnder(storageDir);
  expect(onDisk.filter((path) => !keys.has(path.split('/').at(-1)!))).toEqual([]);
  expect((await readdir(root)).sort()).toEqual(['storage']);
}

async function expectNothingStored() {
  expect(await countRows('SELECT count(*) FROM stored_file')).toBe(filesBefore);
  await expectStorageConsistent();
}

async function storedName(id: string): Promise<string> {
  const [row] = await sql<{ original_name: string }>('SELECT original_name FROM stored_file WHERE id = $1', [id]);
  return row.original_name;
}

describe('Content-Length', () => {
  it('without one (chunked), a file within the limit is stored', async () => {
    const body = multipart([pdfPart('zonder-lengte.pdf')]);
    const pieces = [body.subarray(0, 100), body.subarray(100, 1500), body.subarray(1500)];
    const id = expectStored(await send(admin, '/files', uploadHeaders(), pieces));
    expect(await storedName(id)).toBe('zonder-lengte.pdf');
    await expectStorageConsistent();
  });

  it('without one (chunked), a body past the limit is cut off and nothing is kept', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(LIMIT * 3, 'a')]);
    const body = multipart([pdfPart('groot.pdf', big)]);
    const pieces = Array.from({ length: Math.ceil(body.length / 8192) }, (_, i) =>
      body.subarray(i * 8192, (i + 1) * 8192),
    );
    expectRefused(await send(admin, '/files', uploadHeaders(), pieces), 'FILE_TOO_LARGE', 413);
    await expectNothingStored();
  });

  it.each([
    ['a huge number', '999999999999999999'],
    ['past the limit', String(LIMIT * 10)],
  ])('declared as %s is refused before the body is read', async (_label, length) => {
    expectRefused(await send(admin, '/files', uploadHeaders({ 'content-length': length })), 'FILE_TOO_LARGE', 413);
    await expectNothingStored();
  });

  it.each([
    ['negative', '-1'],
    ['not a number', 'abc'],
    ['a fraction', '1.5'],
    ['twice, differently', '10, 20'],
  ])('%s is refused as a bad request', async (_label, length) => {
    const answer = await send(
      admin,
      '/files',
      uploadHeaders({ 'content-length': length }),
      multipart([pdfPart('a.pdf')]),
    );
    expectRefused(answer, undefined, 400);
    await expectNothingStored();
  });

  it('shorter than the body: the truncated body is refused', async () => {
    const body = multipart([pdfPart('kort.pdf')]);
    const answer = await send(admin, '/files', uploadHeaders({ 'content-length': '300' }), body);
    // Whatever the server makes of 300 bytes, it is not a file to keep.
    if (answer.status !== 0) expectRefused(answer);
    await expectNothingStored();
  });

  it('longer than what was sent, then the connection is cut mid-file: nothing is kept', async () => {
    const body = multipart([pdfPart('afgebroken.pdf')]);
    await send(admin, '/files', withLength(body), body.subarray(0, Math.floor(body.length / 2)), { cut: true });
    // The server learns of the cut asynchronously; give it the moment it needs.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expectNothingStored();
  });

  it('signed out, even a huge declared body is refused unread', async () => {
    expectRefused(
      await send(null, '/files', uploadHeaders({ 'content-length': String(LIMIT * 1000) })),
      undefined,
      401,
    );
  });
});

describe('malformed multipart', () => {
  const cases: [string, Record<string, string>, Buffer, string][] = [
    [
      'no boundary in the Content-Type',
      { 'content-type': 'multipart/form-data' },
      multipart([pdfPart('a.pdf')]),
      'MALFORMED_MULTIPART',
    ],
    [
      'a boundary the body never uses',
      { 'content-type': 'multipart/form-data; boundary=other' },
      multipart([pdfPart('a.pdf')]),
      'MALFORMED_MULTIPART',
    ],
    ['no closing boundary', {}, multipart([pdfPart('a.pdf')], { close: false }), 'MALFORMED_MULTIPART'],
    ['garbage', {}, Buffer.from('\u0000\u0001garbage\r\n\r\n--'.repeat(50)), 'MALFORMED_MULTIPART'],
    ['an empty body', {}, Buffer.alloc(0), 'MALFORMED_MULTIPART'],
    ['only a text field', {}, multipart([{ name: 'note', content: Buffer.from('hallo') }]), 'NO_FILE'],
    ['plain text instead of multipart', { 'content-type': 'text/plain' }, PDF, 'NOT_MULTIPART'],
    ['no Content-Type at all', { 'content-type': '' }, PDF, 'NOT_MULTIPART'],
    [
      'a part without a Content-Disposition',
      {},
      Buffer.from(`--${BOUNDARY}\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${BOUNDARY}--\r\n`),
      'NO_FILE',
    ],
  ];

  it.each(cases)('%s is refused and nothing is kept', async (_label, headers, body, reason) => {
    const all = { ...withLength(body), ...headers };
    if (all['content-type'] === '') delete (all as Record<string, string>)['content-type'];
    const answer = await send(admin, '/files', all, body);
    expectRefused(answer, reason);
    await expectNothingStored();
  });

  it('of two file parts only the first is kept', async () => {
    const body = multipart([pdfPart('eerste.pdf'), pdfPart('tweede.pdf')]);
    const id = expectStored(await send(admin, '/files', withLength(body), body));
    expect(await storedName(id)).toBe('eerste.pdf');
    expect(await countRows('SELECT count(*) FROM stored_file')).toBe(filesBefore + 1);
  });

  it('many fields and parts beyond the limits are refused or ignored, never a server error', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, content: Buffer.alloc(2000, 'x') }));
    const body = multipart([...fields, pdfPart('na-velden.pdf')]);
    const answer = await send(admin, '/files', withLength(body), body);
    if (answer.status !== 201) expectRefused(answer);
    await expectStorageConsistent();
  });
});

describe('file names', () => {
  it.each([
    ['a NUL byte', 'ver\u0000slag.pdf', 'MALFORMED_MULTIPART'],
    ['control characters', 'a\u0001b\u001f.pdf', 'MALFORMED_MULTIPART'],
    // The name ends at the line break, so the part is no file at all.
    ['a line break (header injection)', 'a.pdf\r\nContent-Type: text/html', 'NO_FILE'],
  ])('with %s in the raw part header is refused, nothing kept', async (_label, filename, reason) => {
    const body = multipart([pdfPart(filename)]);
    expectRefused(await send(admin, '/files', withLength(body), body), reason);
    await expectNothingStored();
  });

  it.each([
    ['NUL bytes and control characters, encoded', "UTF-8''ver%00sl%01ag%1F.pdf", 'verslag.pdf'],
    ['quotes and markup, encoded', "UTF-8''%22%3Cb%3E%7C%22d%22.pdf", 'bd.pdf'],
  ])('with %s (RFC 5987) is stored under a clean name', async (_label, encoded, expected) => {
    const body = multipart([{ disposition: `form-data; name="file"; filename*=${encoded}`, content: PDF }]);
    const id = expectStored(await send(admin, '/files', withLength(body), body));
    expect(await storedName(id)).toBe(expected);
  });

  it.each([
    ['a Unix path traversal', '../../../../etc/passwd.pdf', 'passwd.pdf'],
    ['a Windows path traversal', '..\\..\\..\\Windows\\win.pdf', 'win.pdf'],
    ['an absolute path', '/var/lib/imh/handout.pdf', 'handout.pdf'],
    ['a drive letter', 'C:\\Users\\x\\verslag.pdf', 'verslag.pdf'],
    ['percent-encoded traversal, kept as text', '%2e%2e%2f%2e%2e%2fx.pdf', '%2e%2e%2f%2e%2e%2fx.pdf'],
  ])('with %s is stored under a clean name and a random key', async (_label, filename, expected) => {
    const body = multipart([pdfPart(filename)]);
    const id = expectStored(await send(admin, '/files', withLength(body), body));
    expect(await storedName(id)).toBe(expected);
    await expectStorageConsistent();
  });

  it('an RFC 5987 name with traversal is cleaned too', async () => {
    const body = multipart([
      { disposition: `form-data; name="file"; filename*=UTF-8''..%2F..%2F%C3%A9vil%00.pdf`, content: PDF },
    ]);
    const id = expectStored(await send(admin, '/files', withLength(body), body));
    expect(await storedName(id)).toBe('évil.pdf');
  });

  it('a name of only dots, slashes or control characters is refused', async () => {
    for (const filename of ['..', '../', '.pdf', '...pdf/..', 'pdf', '   ']) {
      const body = multipart([pdfPart(filename)]);
      expectRefused(await send(admin, '/files', withLength(body), body), 'FILE_TYPE_NOT_ALLOWED');
    }
    await expectNothingStored();
  });

  it('a 10 kB name is shortened to 200 characters, keeping its extension', async () => {
    const body = multipart([pdfPart(`${'n'.repeat(10_000)}.pdf`)]);
    const name = await storedName(expectStored(await send(admin, '/files', withLength(body), body)));
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('a 1 MB name is refused or shortened, never stored as sent', async () => {
    const body = multipart([pdfPart(`${'n'.repeat(1024 * 1024)}.pdf`)]);
    const answer = await send(admin, '/files', withLength(body), body);
    if (answer.status === 201) expect((await storedName(answer.json!.id!)).length).toBeLessThanOrEqual(200);
    else expectRefused(answer);
    await expectStorageConsistent();
  });
});

describe('purpose', () => {
  it.each([
    ['empty', ''],
    ['unknown', 'PROFILE_PHOTO'],
    ['10 kB', 'P'.repeat(10_000)],
    ['with a NUL byte', 'LESSON_ATTACHMENT%00'],
    ['lower case', 'lesson_attachment'],
    ['given twice', 'LESSON_ATTACHMENT&purpose=SUBMISSION_FILE'],
  ])('%s is refused before the body is read', async (_label, purpose) => {
    const body = multipart([pdfPart('a.pdf')]);
    expectRefused(await send(admin, `/files?purpose=${purpose}`, withLength(body), body), 'UNKNOWN_PURPOSE', 400);
    await expectNothingStored();
  });

  it("a purpose the caller may not upload for is FORBIDDEN with the purpose's name", async () => {
    const body = multipart([pdfPart('a.pdf')]);
    const answer = await send(student, '/files?purpose=LESSON_ATTACHMENT', withLength(body), body);
    expectRefused(answer, 'UPLOAD_NOT_ALLOWED', 403);
    expect(answer.json?.error).toMatchObject({ params: { purpose: 'LESSON_ATTACHMENT' } });
    await expectNothingStored();
  });
});

describe('at once', () => {
  it('ten uploads at the same moment are ten files with ten keys', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => {
        const body = multipart([pdfPart(`tegelijk-${i}.pdf`)]);
        return send(admin, '/files', withLength(body), body);
      }),
    );
    const ids = answers.map(expectStored);
    expect(new Set(ids).size).toBe(10);
    const rows = await sql<{ key: string; size: string }>(
      'SELECT key, size FROM stored_file WHERE id = ANY($1::uuid[])',
      [ids],
    );
    expect(new Set(rows.map((r) => r.key)).size).toBe(10);
    expect(rows.every((r) => Number(r.size) === PDF.length)).toBe(true);
    await expectStorageConsistent();
  });

  it('refused and accepted uploads mixed: only the accepted ones remain, none partial', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(LIMIT * 2, 'a')]);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => {
        const body = multipart([pdfPart(`gemengd-${i}.pdf`, i % 2 ? big : PDF)]);
        // The big ones without a length, so they are refused while streaming.
        return send(admin, '/files', i % 2 ? uploadHeaders() : withLength(body), body);
      }),
    );
    answers.forEach((answer, i) => (i % 2 ? expectRefused(answer, 'FILE_TOO_LARGE', 413) : expectStored(answer)));
    expect(await countRows('SELECT count(*) FROM stored_file')).toBe(filesBefore + 4);
    await expectStorageConsistent();
  });
});

describe('downloads', () => {
  it.each([
    ['not a uuid', '/files/not-a-uuid', 400],
    ['a traversal', '/files/..%2F..%2Fetc%2Fpasswd', 400],
    ['a NUL byte', '/files/%00', 400],
    ['a 10 kB id', `/files/${'a'.repeat(10_000)}`, 400],
    ['an unknown uuid', '/files/3f0c2a9e-1b7d-4c1e-9a55-0d2f4b6c8e10', 404],
  ])('with %s is refused', async (_label, path, status) => {
    const res = await admin.fetch(path);
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(text).not.toMatch(STACK_TRACE);
  });

  it("someone else's unattached upload is not found, whoever asks", async () => {
    const body = multipart([pdfPart('privé.pdf')]);
    const id = expectStored(await send(admin, '/files', withLength(body), body));
    expect((await student.fetch(`/files/${id}`)).status).toBe(404);
    expect((await app.client().fetch(`/files/${id}`)).status).toBe(401);
    expect((await admin.fetch(`/files/${id}`)).status).toBe(200);
  });
});
