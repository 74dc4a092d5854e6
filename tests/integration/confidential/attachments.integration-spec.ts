import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { sql } from '../support/database';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { DELETE, readyConfidant, signedIn, START, THREAD, type Person } from './confidential-support';

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
      await readyConfidant(app),
    ]) {
      expect((await outsider.client.fetch(`/confidential-files/attachments/${id}`)).status).toBe(404);
      expect((await upload(outsider.client, threadId, 'x.txt', 'x')).status).toBe(404);
    }
    expect((await app.client().fetch(`/confidential-files/attachments/${id}`)).status).toBe(401);

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
