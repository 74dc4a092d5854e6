import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  BY_RECEIPT,
  CONFIDANTS,
  DELETE,
  INBOX,
  MINE,
  NOTE,
  readyConfidant,
  REPLY,
  REPLY_BY_RECEIPT,
  signedIn,
  START,
  STATUS,
  THREAD,
  type Person,
} from './confidential-support';

let app: TestApp;
let writer: Person;
let confidant: Person;
let otherConfidant: Person;

beforeAll(async () => {
  app = await startTestApp();
  [writer, confidant, otherConfidant] = await Promise.all([
    signedIn(app, [Role.STUDENT]),
    readyConfidant(app, 'Marja Rensen'),
    readyConfidant(app, 'Karel Smit'),
  ]);
});
afterAll(async () => {
  await app?.close();
});

const start = (person: Person, input: Record<string, unknown>) =>
  person.client.gql(START, { input: { anonymous: false, ...input } });

describe('a confidential thread between a writer and the confidant', () => {
  it('is written, read, answered and read back, with "read" on both sides', async () => {
    const started = await start(writer, {
      subject: 'Zorgen over mijn begeleider',
      body: 'Ik wil iets bespreken dat niemand anders mag lezen.',
      confidantIds: [confidant.user.id],
    });
    expect(started.errors).toBeUndefined();
    const thread = started.data!.startConfidentialThread.thread;
    expect(thread).toMatchObject({ subject: 'Zorgen over mijn begeleider', status: 'OPEN', anonymous: false });
    expect(thread.readers).toEqual([{ id: confidant.user.id, name: 'Marja Rensen' }]);
    expect(thread.notes).toBeNull();
    expect(thread.messages[0]).toMatchObject({ author: 'WRITER', mine: true, readAt: null });

    const inbox = await confidant.client.gql(INBOX);
    expect(inbox.data!.confidentialInbox.items).toContainEqual(
      expect.objectContaining({ id: thread.id, subject: 'Zorgen over mijn begeleider', unread: true }),
    );

    const opened = await confidant.client.gql(THREAD, { id: thread.id });
    expect(opened.data!.confidentialThread).toMatchObject({
      writerKind: 'STUDENT',
      writerName: writer.user.name,
      canHandle: true,
      canDelete: false,
    });
    expect(opened.data!.confidentialThread.accessLog).toHaveLength(1);

    const answered = await confidant.client.gql(REPLY, {
      input: { threadId: thread.id, body: 'Dank je. Wanneer kun je bellen?' },
    });
    expect(answered.errors).toBeUndefined();

    const seen = await writer.client.gql(THREAD, { id: thread.id });
    const messages = seen.data!.confidentialThread.messages;
    expect(messages.map((m: { body: string }) => m.body)).toEqual([
      'Ik wil iets bespreken dat niemand anders mag lezen.',
      'Dank je. Wanneer kun je bellen?',
    ]);
    expect(messages[0].readAt).not.toBeNull(); // the confidant read it: "gelezen"
    expect(messages[1]).toMatchObject({ author: 'CONFIDANT', authorName: 'Marja Rensen' });
    expect(seen.data!.confidentialThread).toMatchObject({ status: 'IN_PROGRESS', accessLog: null, writerName: null });

    const mine = await writer.client.gql(MINE);
    expect(mine.data!.myConfidentialThreads.items).toContainEqual(
      expect.objectContaining({ id: thread.id, subject: 'Zorgen over mijn begeleider' }),
    );
  });

  it('stores no subject or body in the clear', async () => {
    const started = await start(writer, {
      subject: 'Geheim-onderwerp-7731',
      body: 'Geheime-inhoud-7731',
      confidantIds: [confidant.user.id],
    });
    const id = started.data!.startConfidentialThread.thread.id;
    const rows = await sql<{ dump: string }>(
      `SELECT row_to_json(t)::text || (SELECT string_agg(row_to_json(m)::text, '') FROM confidential_message m WHERE m.thread_id = t.id) AS dump
         FROM confidential_thread t WHERE t.id = $1`,
      [id],
    );
    expect(rows[0].dump).not.toContain('7731');
    expect(rows[0].dump).not.toContain(Buffer.from('Geheim').toString('hex'));
  });
});

describe('who may do what', () => {
  let threadId: string;
  let people: Record<string, Person | null>;

  beforeAll(async () => {
    const started = await start(writer, {
      subject: 'Alleen voor Marja',
      body: 'Inhoud',
      confidantIds: [confidant.user.id],
    });
    threadId = started.data!.startConfidentialThread.thread.id;
    const [student, docent, admin, adminConfidant] = await Promise.all([
      signedIn(app, [Role.STUDENT]),
      signedIn(app, [Role.DOCENT]),
      signedIn(app, [Role.ADMIN]),
      signedIn(app, [Role.ADMIN, Role.CONFIDANT]),
    ]);
    people = { student, docent, admin, adminConfidant, otherConfidant };
  });

  it('only the writer and the addressed confidant read; everyone else gets NOT_FOUND', async () => {
    expect((await writer.client.gql(THREAD, { id: threadId })).errors).toBeUndefined();
    expect((await confidant.client.gql(THREAD, { id: threadId })).errors).toBeUndefined();
    for (const [role, person] of Object.entries(people)) {
      const res = await person!.client.gql(THREAD, { id: threadId });
      expect(res.errors?.[0]?.extensions?.code, role).toBe('NOT_FOUND');
      // Indistinguishable from a thread that does not exist.
      const missing = await person!.client.gql(THREAD, { id: '00000000-0000-4000-8000-000000000000' });
      expect(res.errors![0]).toEqual({ ...missing.errors![0], path: res.errors![0].path });
    }
    expectError(await app.client().gql(THREAD, { id: threadId }), 'UNAUTHENTICATED');
  });

  it('a confidant not addressed cannot list it, answer it, note on it or change it', async () => {
    const inbox = await otherConfidant.client.gql(INBOX);
    expect(inbox.data!.confidentialInbox.items.map((i: { id: string }) => i.id)).not.toContain(threadId);
    expectError(await otherConfidant.client.gql(REPLY, { input: { threadId, body: 'x' } }), 'NOT_FOUND');
    expectError(await otherConfidant.client.gql(NOTE, { input: { threadId, body: 'x' } }), 'NOT_FOUND');
    expectError(
      await otherConfidant.client.gql(STATUS, { input: { threadId, status: 'CLOSED', version: 1 } }),
      'NOT_FOUND',
    );
  });

  it('the writer cannot write notes or change the status; a confidant cannot delete it', async () => {
    expectError(await writer.client.gql(NOTE, { input: { threadId, body: 'x' } }), 'NOT_FOUND');
    expectError(await writer.client.gql(STATUS, { input: { threadId, status: 'CLOSED', version: 1 } }), 'NOT_FOUND');
    expectError(await confidant.client.gql(DELETE, { id: threadId }), 'NOT_FOUND');
    for (const person of Object.values(people)) {
      expectError(await person!.client.gql(DELETE, { id: threadId }), 'NOT_FOUND');
    }
  });

  it('internal notes are for confidants only', async () => {
    const noted = await confidant.client.gql(NOTE, { input: { threadId, body: 'Interne notitie' } });
    expect(noted.data!.addConfidentialNote.notes).toEqual([{ body: 'Interne notitie' }]);
    const asWriter = await writer.client.gql(THREAD, { id: threadId });
    expect(asWriter.data!.confidentialThread.notes).toBeNull();
    expect(JSON.stringify(asWriter.data)).not.toContain('Interne notitie');
  });

  it('admins and docents cannot write to the confidant as such, and only writers see the confidants list', async () => {
    expectError(
      await people.admin!.client.gql(START, { input: { subject: 's', body: 'b', anonymous: false } }),
      'FORBIDDEN',
      'NOT_A_WRITER',
    );
    expect((await people.docent!.client.gql(CONFIDANTS)).errors).toBeUndefined();
    expectError(await people.admin!.client.gql(CONFIDANTS), 'FORBIDDEN', 'NOT_A_WRITER');
  });

  it('the writer deletes their own thread; the audit keeps that, without content', async () => {
    const started = await start(writer, {
      subject: 'Weg ermee',
      body: 'Verwijder mij',
      confidantIds: [confidant.user.id],
    });
    const id = started.data!.startConfidentialThread.thread.id;
    expect((await writer.client.gql(DELETE, { id })).data).toEqual({ deleteConfidentialThread: true });
    expectError(await confidant.client.gql(THREAD, { id }), 'NOT_FOUND');
    expect(await sql('SELECT 1 FROM confidential_message WHERE thread_id = $1', [id])).toEqual([]);
    expect(await sql('SELECT 1 FROM confidential_reader WHERE thread_id = $1', [id])).toEqual([]);
    const audit = await sql<{ data: unknown }>(
      `SELECT data FROM audit_event WHERE subject_id = $1 AND action = 'confidential.thread_deleted'`,
      [id],
    );
    expect(audit).toEqual([{ data: { by: 'WRITER' } }]);
  });
});

describe('anonymous threads by receipt', () => {
  it('keep no link to the account, and open with the receipt signed out', async () => {
    const started = await start(writer, {
      subject: 'Anoniem onderwerp',
      body: 'Ik wil anoniem blijven.',
      anonymous: true,
      confidantIds: [confidant.user.id],
    });
    expect(started.errors).toBeUndefined();
    const { receipt, thread } = started.data!.startConfidentialThread;
    expect(thread).toBeNull();
    expect(receipt).toMatch(/^\d{16}$/);

    // Find it by its receipt (other files' anonymous threads share the day and the database).
    const stranger = app.client();
    const read = await stranger.gql(BY_RECEIPT, { receipt: receipt.replace(/(\d{4})/g, '$1 ').trim() });
    expect(read.errors).toBeUndefined();
    expect(read.data!.confidentialThreadByReceipt).toMatchObject({
      subject: 'Anoniem onderwerp',
      anonymous: true,
      canDelete: false,
    });
    const [row] = await sql<{ id: string; writer_id: string | null; created_at: Date }>(
      `SELECT t.id, t.writer_id, t.created_at FROM confidential_thread t WHERE t.id = $1`,
      [read.data!.confidentialThreadByReceipt.id],
    );
    expect(row.writer_id).toBeNull();
    expect(new Date(row.created_at).getUTCHours()).toBe(0); // the day only
    expect(
      await sql('SELECT 1 FROM confidential_reader WHERE thread_id = $1 AND user_id = $2', [row.id, writer.user.id]),
    ).toEqual([]);

    const opened = await confidant.client.gql(THREAD, { id: row.id });
    const view = opened.data!.confidentialThread;
    expect(view).toMatchObject({ anonymous: true, writerKind: 'ANONYMOUS', writerName: null });
    const text = JSON.stringify(view);
    for (const identifying of [writer.user.id, writer.user.name, writer.email]) expect(text).not.toContain(identifying);

    await confidant.client.gql(REPLY, { input: { threadId: row.id, body: 'Ik lees je.' } });
    const replied = await stranger.gql(REPLY_BY_RECEIPT, { input: { receipt, body: 'Dank je wel.' } });
    expect(replied.data!.replyByReceipt.messages.map((m: { body: string }) => m.body)).toEqual([
      'Ik wil anoniem blijven.',
      'Ik lees je.',
      'Dank je wel.',
    ]);
    // What the confidant learns of the receipt holder's visits is kept to the day, like their messages.
    const seen = (await confidant.client.gql(THREAD, { id: row.id })).data!.confidentialThread.messages;
    const answer = seen.find((m: { body: string }) => m.body === 'Ik lees je.');
    expect(answer.readAt).not.toBeNull();
    expect(new Date(answer.readAt).toISOString()).toMatch(/T00:00:00\.000Z$/);
    for (const m of seen.filter((m: { author: string }) => m.author === 'WRITER'))
      expect(new Date(m.createdAt).toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('answer wrong, malformed and unknown receipts alike, and rate-limit the guessing', async () => {
    const guesser = app.client();
    const answers = [];
    for (const guess of ['1234567812345678', 'not-a-receipt', '1'.repeat(200)]) {
      const res = await guesser.gql(BY_RECEIPT, { receipt: guess });
      answers.push(expectError(res, 'NOT_FOUND'));
    }
    expect(new Set(answers.map((a) => a.message)).size).toBe(1);
    let limited = false;
    for (let i = 0; i < 10 && !limited; i++) {
      const res = await guesser.gql(BY_RECEIPT, { receipt: '9999999999999999' });
      limited = res.errors?.[0]?.extensions?.code === 'RATE_LIMITED';
    }
    expect(limited).toBe(true);
  });
});

describe('bad input', () => {
  it('refuses an empty message and a 1 MB message naming the limit, writing nothing', async () => {
    const before = await sql<{ n: number }>('SELECT count(*)::int AS n FROM confidential_thread');
    expectError(
      await start(writer, { subject: 'Leeg', body: '   ', confidantIds: [confidant.user.id] }),
      'BAD_USER_INPUT',
      'MESSAGE_EMPTY',
    );
    const huge = await start(writer, {
      subject: 'Groot',
      body: 'x'.repeat(1024 * 1024),
      confidantIds: [confidant.user.id],
    });
    const error = expectError(huge, 'BAD_USER_INPUT', 'MESSAGE_TOO_LONG');
    expect(error.extensions?.params).toEqual({ max: 20000 });
    expect(await sql<{ n: number }>('SELECT count(*)::int AS n FROM confidential_thread')).toEqual(before);
  });

  it('refuses to address someone who is not a confidant', async () => {
    const docent = await signedIn(app, [Role.DOCENT]);
    const res = await start(writer, { subject: 'Aan een docent', body: 'Hallo', confidantIds: [docent.user.id] });
    const error = expectError(res, 'BAD_USER_INPUT', 'NOT_AN_ADDRESSABLE_CONFIDANT');
    expect(Object.keys(error.extensions?.fields ?? {})).toEqual(['input.confidantIds.0']);
  });

  it('asks a session without key material to sign in again, without a server error', async () => {
    const started = await start(writer, { subject: 'Sessie', body: 'Hallo', confidantIds: [confidant.user.id] });
    const id = started.data!.startConfidentialThread.thread.id;
    const session = writer.client.sessionCookie!;
    await sql(`UPDATE confidential_session_key SET wrapped = '\\x00'::bytea WHERE user_id = $1`, [writer.user.id]);
    expectError(await writer.client.gql(THREAD, { id }), 'UNAUTHENTICATED', 'SESSION_KEYS_MISSING');
    await sql(`DELETE FROM confidential_session_key WHERE user_id = $1`, [writer.user.id]);
    expectError(await writer.client.gql(MINE), 'UNAUTHENTICATED', 'SESSION_KEYS_MISSING');
    expect(writer.client.sessionCookie).toBe(session);
    await writer.client.login(writer.email, writer.password);
    expect((await writer.client.gql(THREAD, { id })).errors).toBeUndefined();
  });

  it('refuses a stale status change', async () => {
    const started = await start(writer, { subject: 'Status', body: 'Hallo', confidantIds: [confidant.user.id] });
    const thread = started.data!.startConfidentialThread.thread;
    const first = await confidant.client.gql(STATUS, {
      input: { threadId: thread.id, status: 'IN_PROGRESS', version: thread.version },
    });
    expect(first.errors).toBeUndefined();
    expectError(
      await confidant.client.gql(STATUS, { input: { threadId: thread.id, status: 'CLOSED', version: thread.version } }),
      'CONFLICT',
      'STALE_THREAD',
    );
  });
});
