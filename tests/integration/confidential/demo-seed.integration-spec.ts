import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { createTestDatabase, dataSourceOptions, seedDemo, type TestDatabase } from '@imh/database';
import { DEMO_CONFIDENTIAL_THREAD_ID } from '../../../libs/database/src/seed/demo-confidential';
import { loadMigrationsWithSwc } from '../support/load-migrations';
import { startTestApp, type TestApp } from '../support/test-app';
import { CHANGE_PASSWORD, CREATE_RECOVERY, INBOX, MINE, REPLY, THREAD, WORKSPACE } from './confidential-support';

// The demo seed gets a database of its own, and an API on it, so the demo users sign in for real.
const PASSWORD = 'demo-password-123';
let database: TestDatabase;
let dataSource: DataSource;
let app: TestApp;

const seed = () => seedDemo(dataSource, { demoPassword: PASSWORD });

beforeAll(async () => {
  loadMigrationsWithSwc();
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(database.url, { migrations: [] })).initialize();
  await seed();
  app = await startTestApp({ env: { DATABASE_URL: database.url } });
}, 90_000);
afterAll(async () => {
  await app?.close();
  await dataSource?.destroy();
  await database?.drop();
});

async function signIn(email: string, password = PASSWORD) {
  const client = app.client();
  await client.login(email, password);
  return client;
}

const counts = async () =>
  (
    await dataSource.query(`SELECT (SELECT count(*) FROM confidential_thread)::int AS threads,
      (SELECT count(*) FROM confidential_message)::int AS messages, (SELECT count(*) FROM confidential_key)::int AS keys`)
  )[0];

describe('the demo confidential thread', () => {
  it('is readable by the demo student and the demo vertrouwenspersoon at their first sign-in, and nobody else', async () => {
    const student = await signIn('student@imh.test');
    const mine = await student.gql(MINE);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myConfidentialThreads.items).toEqual([
      {
        id: DEMO_CONFIDENTIAL_THREAD_ID,
        subject: 'Een opmerking in mijn lesgroep die me bezighoudt',
        status: 'IN_PROGRESS',
        unread: true,
      },
    ]);
    const thread = await student.gql(THREAD, { id: DEMO_CONFIDENTIAL_THREAD_ID });
    expect(thread.errors).toBeUndefined();
    const messages = thread.data!.confidentialThread.messages;
    expect(messages.map((m: { author: string; mine: boolean }) => [m.author, m.mine])).toEqual([
      ['WRITER', true],
      ['CONFIDANT', false],
    ]);
    expect(messages[0].readAt).not.toBeNull();
    expect(messages[0].body).toContain('Kunnen we hier een keer over praten?');
    expect(messages[1]).toMatchObject({ authorName: 'Marja Rensen' });

    // The sole confidant is asked for a recovery key first; then the inbox holds the thread.
    const confidant = await signIn('vertrouwenspersoon@imh.test');
    const workspace = await confidant.gql(WORKSPACE);
    expect(workspace.data!.confidantWorkspace).toMatchObject({ recoveryKeyRequired: true, hasRecoveryKey: false });
    expect((await confidant.gql(CREATE_RECOVERY)).errors).toBeUndefined();
    const inbox = await confidant.gql(INBOX);
    expect(inbox.data!.confidentialInbox.items).toEqual([
      expect.objectContaining({ id: DEMO_CONFIDENTIAL_THREAD_ID, status: 'IN_PROGRESS', anonymous: false }),
    ]);
    const opened = await confidant.gql(THREAD, { id: DEMO_CONFIDENTIAL_THREAD_ID });
    expect(opened.data!.confidentialThread).toMatchObject({ writerName: 'Sanne Bakker', writerKind: 'STUDENT' });

    const admin = await signIn('admin@imh.test');
    const refused = await admin.gql(THREAD, { id: DEMO_CONFIDENTIAL_THREAD_ID });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('is seeded once: a second run keeps the thread and what was written in it since', async () => {
    const student = await signIn('student@imh.test');
    const reply = await student.gql(REPLY, {
      input: { threadId: DEMO_CONFIDENTIAL_THREAD_ID, body: 'Donderdag komt mij goed uit.' },
    });
    expect(reply.errors).toBeUndefined();
    const before = await counts();
    await seed();
    expect(await counts()).toEqual(before);
    const thread = await student.gql(THREAD, { id: DEMO_CONFIDENTIAL_THREAD_ID });
    expect(thread.data!.confidentialThread.messages.at(-1).body).toBe('Donderdag komt mij goed uit.');
  });

  it('comes back readable after a demo user changed their password: the seed puts the demo password back', async () => {
    const student = await signIn('student@imh.test');
    const changed = await student.gql(CHANGE_PASSWORD, {
      input: { currentPassword: PASSWORD, newPassword: 'another-password-456' },
    });
    expect(changed.errors).toBeUndefined();

    await seed();
    const again = await signIn('student@imh.test');
    const thread = await again.gql(THREAD, { id: DEMO_CONFIDENTIAL_THREAD_ID });
    expect(thread.errors).toBeUndefined();
    expect(thread.data!.confidentialThread.messages).toHaveLength(2);
    const confidant = await signIn('vertrouwenspersoon@imh.test');
    const inbox = await confidant.gql(INBOX);
    expect(inbox.data!.confidentialInbox.totalCount).toBe(1);
    expect((await counts()).threads).toBe(1);
  });
});
