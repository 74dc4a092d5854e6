import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { sql } from '../support/database';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  BY_RECEIPT,
  DELETE,
  readyConfidant,
  signedIn,
  START,
  STATUS,
  THREAD,
  type Person,
} from './confidential-support';

let app: TestApp;
let writer: Person;
let confidant: Person;
let threadId: string;

const SECRET_NAME = 'verslag-geheim-5520.txt';
const SECRET_TEXT = 'Inhoud van het bestand, geheim-5520';

function upload(client: GqlClient, thread: string, name: string, content: string | Uint8Array, csrf = true) {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : Buffer.from(content)]), name);
  return client.fetch(`/confidential-files/threads/${thread}/attachments`, {
    method: 'POST',
    headers: csrf ? { 'x-imh-csrf': '1' } : {},
    body: form,
  });
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
  } catch {
    return [];
  }
}

beforeAll(async () => {
  app = await startTestApp();
  [writer, confidant] = await Promise.all([signedIn(app, [Role.STUDENT]), readyConfidant(app)]);
  const res = await writer.client.gql(START, {
    input: { subject: 'Met bijlage', body: 'Zie bijlage', anonymous: false, confidantIds: [confidant.user.id] },
  });
  threadId = res.data!.startConfidentialThread.thread.id;
});
afterAll(async () => {
  await app?.close();
});

describe('attachments in a confidential thread', () => {
  it('are encrypted before storage and readable only by the thread’s readers', async () => {
    const res = await upload(writer.client, threadId, SECRET_NAME, SECRET_TEXT);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };

    const view = await confidant.client.gql(THREAD, { id: threadId });
    expect(view.data!.confidentialThread.attachments).toEqual([
      expect.objectContaining({ id, name: SECRET_NAME, size: SECRET_TEXT.length, author: 'WRITER' }),
    ]);
    const download = await confidant.client.fetch(`/confidential-files/attachments/${id}`);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(SECRET_TEXT);
    expect(download.headers.get('content-disposition')).toContain(SECRET_NAME);

    for (const outsider of [
      await signedIn(app, [Role.ADMIN]),
      await signedIn(app, [Role.DOCENT]),
      await signedIn(app, [Role.STUDENT]),
      await readyConfidant(app),
    ]) {
      expect((await outsider.client.fetch(`/confidential-files/attachments/${id}`)).status).toBe(404);
      expect((await upload(outsider.client, threadId, 'x.txt', 'x')).status).toBe(404);
    }
    expect((await app.client().fetch(`/confidential-files/attachments/${id}`)).status).toBe(401);
    expect((await upload(app.client(), threadId, 'x.txt', 'x')).status).toBe(401);

    // Neither the stored object nor the database holds the name or the content in the clear.
    const stored = filesUnder(resolve(app.config.FILE_STORAGE_DIR));
    expect(stored.length).toBeGreaterThan(0);
    for (const file of stored) {
      const bytes = readFileSync(file).toString('latin1');
      expect(bytes.includes('geheim-5520')).toBe(false);
    }
    const [row] = await sql<{ dump: string }>(
      'SELECT row_to_json(a)::text AS dump FROM confidential_attachment a WHERE id = $1',
      [id],
    );
    expect(row.dump.includes('geheim-5520')).toBe(false);
  });

  it('refuses what /files refuses: no CSRF header, a wrong type, mismatched content, empty, too large', async () => {
    expect((await upload(writer.client, threadId, 'a.txt', 'x', false)).status).toBe(403);
    expect((await upload(writer.client, threadId, 'a.exe', 'MZ')).status).toBe(400);
    expect((await upload(writer.client, threadId, 'a.pdf', 'not a pdf')).status).toBe(400);
    expect((await upload(writer.client, threadId, 'a.txt', '')).status).toBe(400);
    const huge = await upload(writer.client, threadId, 'big.txt', new Uint8Array(11 * 1024 * 1024).fill(65));
    expect([400, 413]).toContain(huge.status);
    expect(((await huge.json()) as { error: { reason: string } }).error.reason).toBe('FILE_TOO_LARGE');
  });

  it('tell the portal what they accept and who may add one; the upload answers with the new entry', async () => {
    const view = (await writer.client.gql(THREAD, { id: threadId })).data!.confidentialThread;
    expect(view.attachmentLimits).toEqual({
      maxBytes: 10 * 1024 * 1024,
      maxFiles: 20,
      allowedTypes: expect.arrayContaining(['pdf', 'docx', 'txt', 'png']),
    });
    expect(view.canAttach).toBe(true);
    expect((await confidant.client.gql(THREAD, { id: threadId })).data!.confidentialThread.canAttach).toBe(true);

    const res = await upload(confidant.client, threadId, 'antwoord.txt', 'Een antwoord als bestand');
    expect(res.status).toBe(201);
    const added = (await res.json()) as Record<string, unknown>;
    expect(added).toEqual({
      id: expect.any(String),
      name: 'antwoord.txt',
      size: 24,
      author: 'CONFIDANT',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const listed = (await writer.client.gql(THREAD, { id: threadId })).data!.confidentialThread.attachments;
    expect(listed.at(-1)).toEqual({ ...added });

    // The content check names the extension it expected, for the portal's sentence.
    const mismatch = await upload(writer.client, threadId, 'a.pdf', 'not a pdf');
    expect(((await mismatch.json()) as { error: { params: unknown } }).error.params).toEqual({ extension: 'pdf' });

    // A receipt holder reads by the receipt, which holds no key pair to upload with.
    const anonymous = await writer.client.gql(START, {
      input: { subject: 'Anoniem', body: 'Anoniem', anonymous: true, confidantIds: [confidant.user.id] },
    });
    const byReceipt = await app.client().gql(BY_RECEIPT, { receipt: anonymous.data!.startConfidentialThread.receipt });
    expect(byReceipt.data!.confidentialThreadByReceipt.canAttach).toBe(false);
    expect(byReceipt.data!.confidentialThreadByReceipt.attachments).toEqual([]);

    // A closed thread takes no more files.
    const other = await writer.client.gql(START, {
      input: { subject: 'Dicht', body: 'Dicht', anonymous: false, confidantIds: [confidant.user.id] },
    });
    const closing = other.data!.startConfidentialThread.thread;
    await confidant.client.gql(STATUS, { input: { threadId: closing.id, status: 'CLOSED', version: closing.version } });
    expect((await writer.client.gql(THREAD, { id: closing.id })).data!.confidentialThread.canAttach).toBe(false);
    const refused = await upload(writer.client, closing.id, 'laat.txt', 'te laat');
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe('THREAD_CLOSED');
  });

  it('of an anonymous thread open for its receipt holder, signed out, with the receipt in the body only', async () => {
    const started = await writer.client.gql(START, {
      input: { subject: 'Anoniem', body: 'Anoniem', anonymous: true, confidantIds: [confidant.user.id] },
    });
    const receipt = started.data!.startConfidentialThread.receipt as string;
    const holder = app.client();
    const anonymousId = (await holder.gql(BY_RECEIPT, { receipt })).data!.confidentialThreadByReceipt.id;
    const sent = await upload(confidant.client, anonymousId, 'voor-jou.txt', 'Een bestand voor de schrijver');
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as { id: string };
    const listed = (await holder.gql(BY_RECEIPT, { receipt })).data!.confidentialThreadByReceipt.attachments;
    expect(listed).toEqual([expect.objectContaining({ id, name: 'voor-jou.txt', author: 'CONFIDANT' })]);

    const byReceipt = (client: GqlClient, attachmentId: string, body: unknown, csrf = true) =>
      client.fetch(`/confidential-files/attachments/${attachmentId}/by-receipt`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(csrf ? { 'x-imh-csrf': '1' } : {}) },
        body: JSON.stringify(body),
      });
    const file = await byReceipt(holder, id, { receipt: receipt.replace(/(\d{4})/g, '$1 ') });
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('Een bestand voor de schrijver');
    expect(file.headers.get('content-disposition')).toContain('voor-jou.txt');
    expect(file.headers.get('cache-control')).toBe('private, no-store');

    // A wrong, malformed or missing receipt, and the right receipt for another thread's file: one 404.
    const guesser = app.client();
    const otherThreadsFile = (await upload(writer.client, threadId, 'ander.txt', 'van een ander gesprek')).json();
    const answers = [
      await byReceipt(guesser, id, { receipt: '1234567812345678' }),
      await byReceipt(guesser, id, { receipt: 'geen bon' }),
      await byReceipt(guesser, id, {}),
      await byReceipt(holder, ((await otherThreadsFile) as { id: string }).id, { receipt }),
    ];
    const bodies = await Promise.all(answers.map((a) => a.json()));
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404]);
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect((await byReceipt(holder, id, { receipt }, false)).status).toBe(403);
  });

  it('go with their thread: rows and stored objects', async () => {
    const res = await writer.client.gql(START, {
      input: { subject: 'Tijdelijk', body: 'Weg', anonymous: false, confidantIds: [confidant.user.id] },
    });
    const id = res.data!.startConfidentialThread.thread.id;
    await upload(writer.client, id, 'weg.txt', 'weg');
    const [{ storage_key }] = await sql<{ storage_key: string }>(
      'SELECT storage_key FROM confidential_attachment WHERE thread_id = $1',
      [id],
    );
    const before = filesUnder(resolve(app.config.FILE_STORAGE_DIR)).filter((f) => f.includes(storage_key));
    expect(before).toHaveLength(1);
    await writer.client.gql(DELETE, { id });
    expect(await sql('SELECT 1 FROM confidential_attachment WHERE thread_id = $1', [id])).toEqual([]);
    expect(filesUnder(resolve(app.config.FILE_STORAGE_DIR)).filter((f) => f.includes(storage_key))).toEqual([]);
  });
});
