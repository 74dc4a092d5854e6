import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@imh/common';
import { CONFIDANT_INBOX_PATH, ConfidentialDeadlines, ConfidentialReminders, deadlineKey } from '@imh/confidential';
import { Clock, ReminderScan } from '@imh/notifications';
import { QueueName } from '@imh/queue';
import { SCAN_REMINDERS } from '../../../apps/worker/src/reminders/reminders.processor';
import { fileDatabaseUrl, sql } from '../support/database';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  INBOX,
  NOTE,
  readyConfidant,
  REPLY,
  signedIn,
  START,
  STATUS,
  THREAD,
  WORKSPACE,
  type Person,
} from './confidential-support';

// Distinctive words that must never appear outside an encrypted column.
const SECRETS = {
  subject: 'Onderwerp-zeer-geheim-4471',
  body: 'Bericht-zeer-geheim-4471',
  answer: 'Antwoord-zeer-geheim-4471',
  note: 'Notitie-zeer-geheim-4471',
  anonymous: 'Anoniem-zeer-geheim-4471',
  fileName: 'Bijlagenaam-zeer-geheim-4471',
  fileContent: 'Bijlage-inhoud-zeer-geheim-4471',
};

function upload(client: GqlClient, threadId: string, name: string, content: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  return client.fetch(`/confidential-files/threads/${threadId}/attachments`, {
    method: 'POST',
    headers: { 'x-imh-csrf': '1' },
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

let app: TestApp;
let writer: Person;
let confidant: Person;
const output: string[] = [];
const restore: (() => void)[] = [];

beforeAll(async () => {
  // Capture everything the API and the worker print, at the most talkative level.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      output.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = write));
  }
  app = await startTestApp({ worker: true, env: { LOG_LEVEL: 'verbose' } });
  // Only this file's own scans, at the times its tests name: the worker's scheduled reminder scan
  // runs at the real time, and in the first minutes of a real hour it would announce a thread
  // before the test's scan "later in the hour" looks for no announcement.
  await app.worker!.get<Queue>(getQueueToken(QueueName.REMINDERS)).removeJobScheduler(SCAN_REMINDERS);
  [writer, confidant] = await Promise.all([signedIn(app, [Role.STUDENT]), readyConfidant(app, 'Vera Vertrouwd')]);
});
afterAll(async () => {
  restore.forEach((r) => r());
  await app?.close();
});

describe('nothing confidential leaves the encrypted columns', () => {
  it('is absent from a full pg_dump, the environment, the logs, the queue payloads in Redis and the e-mails', async () => {
    const started = await writer.client.gql(START, {
      input: { subject: SECRETS.subject, body: SECRETS.body, anonymous: false, confidantIds: [confidant.user.id] },
    });
    const id = started.data!.startConfidentialThread.thread.id as string;
    await confidant.client.gql(THREAD, { id });
    await confidant.client.gql(REPLY, { input: { threadId: id, body: SECRETS.answer } });
    await confidant.client.gql(NOTE, { input: { threadId: id, body: SECRETS.note } });
    const attached = await upload(writer.client, id, `${SECRETS.fileName}.txt`, SECRETS.fileContent);
    expect(attached.status).toBe(201);
    expect(
      (
        await confidant.client.fetch(
          `/confidential-files/attachments/${((await attached.json()) as { id: string }).id}`,
        )
      ).status,
    ).toBe(200);
    await writer.client.gql(START, {
      input: {
        subject: SECRETS.anonymous,
        body: SECRETS.anonymous,
        anonymous: true,
        confidantIds: [confidant.user.id],
      },
    });
    // The reminders and announcements of the reminder scan, and the retention scan, for good measure.
    await sql(`UPDATE confidential_thread SET awaiting_answer_since = now() - interval '8 days'`);
    await app.worker!.get(ReminderScan).scan(new Date());
    await app.worker!.get(ConfidentialDeadlines).scan();
    await app.drainQueues();
    expect((await confidant.client.gql(INBOX)).data!.confidentialInbox.items.length).toBeGreaterThanOrEqual(2);

    const dump = execFileSync('pg_dump', ['--no-owner', await fileDatabaseUrl()], {
      maxBuffer: 512 * 1024 * 1024,
    }).toString();
    const environment = JSON.stringify(process.env) + JSON.stringify(app.config);
    const redis = new Redis(app.config.REDIS_URL);
    let payloads = '';
    try {
      for (const key of await redis.keys(`${app.config.QUEUE_PREFIX}*`)) {
        const type = await redis.type(key);
        if (type === 'hash') payloads += JSON.stringify(await redis.hgetall(key));
        else if (type === 'list') payloads += JSON.stringify(await redis.lrange(key, 0, -1));
        else if (type === 'string') payloads += (await redis.get(key)) ?? '';
        else if (type === 'zset') payloads += JSON.stringify(await redis.zrange(key, 0, -1));
        else if (type === 'stream') payloads += JSON.stringify(await redis.xrange(key, '-', '+'));
      }
    } finally {
      redis.disconnect();
    }
    const mails = JSON.stringify(app.mail.messages);
    expect(app.mail.messages.length).toBeGreaterThan(0);
    // The jobs carry delivery keys only (the e-mail is read from the ledger when it is sent).
    expect(payloads).toContain('CONFIDENTIAL_MESSAGE/');
    expect(dump).toContain('confidential_thread');

    const stored = filesUnder(resolve(app.config.FILE_STORAGE_DIR)).map((f) => f + readFileSync(f).toString('latin1'));
    expect(stored.length).toBeGreaterThan(0);
    const files = stored.join('');
    for (const [where, text] of Object.entries({ dump, environment, logs: output.join(''), payloads, mails, files })) {
      for (const secret of Object.values(SECRETS)) expect(text.includes(secret), `${secret} in ${where}`).toBe(false);
    }
    // What reaches the confidant by e-mail does not name the writer either.
    const toConfidant = JSON.stringify(app.mail.to(confidant.email));
    expect(toConfidant).toContain('vertrouwelijk');
    expect(toConfidant.includes(writer.user.name)).toBe(false);
    // The session tokens that unwrap the keys are only in the cookies, never in the database.
    for (const token of [writer.client.sessionCookie!, confidant.client.sessionCookie!]) {
      expect(dump.includes(token)).toBe(false);
    }
  });
});

/** Today at hh:mm UTC: midday scans, never in quiet hours (22:00–07:00 Amsterdam) whenever the suite runs. */
const todayAt = (hours: number, minutes = 0) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hours, minutes));
};

/** Runs the reminder scan at `at`, with the worker's clock there too (the send checks the time). */
async function scanAt(at: Date, times = 1) {
  const clock = vi.spyOn(app.worker!.get(Clock), 'now').mockImplementation(() => at);
  try {
    for (let i = 0; i < times; i++) await app.worker!.get(ReminderScan).scan(at);
    await app.drainQueues();
  } finally {
    clock.mockRestore();
  }
}

describe('deadlines and retention', () => {
  it('reminds at 48 hours and again when overdue at 7 days, once each, through the ledger and without content', async () => {
    const started = await writer.client.gql(START, {
      input: { subject: 'Deadline', body: 'Wacht op antwoord', anonymous: false, confidantIds: [confidant.user.id] },
    });
    const id = started.data!.startConfidentialThread.thread.id as string;
    const noon = todayAt(11);
    await app.drainQueues();
    // Other files share the database: look only at this thread's deadline e-mails (the key is the Message-ID).
    const about = () =>
      app.mail.to(confidant.email).filter((m) => m.messageId.startsWith(`<CONFIDENTIAL_MESSAGE/${id}/`));
    const deadlines = () => about().filter((m) => /\/(reminder|overdue)\//.test(m.messageId));
    // Starting it told the confidant once, at once ("nieuw vertrouwelijk bericht"); no reminder yet.
    expect(about()).toHaveLength(1);
    await sql(
      `UPDATE confidential_thread SET awaiting_answer_since = $2::timestamptz - interval '47 hours' WHERE id = $1`,
      [id, noon],
    );
    await scanAt(noon);
    expect(deadlines()).toHaveLength(0);

    await sql(
      `UPDATE confidential_thread SET awaiting_answer_since = $2::timestamptz - interval '49 hours' WHERE id = $1`,
      [id, noon],
    );
    await scanAt(noon, 2);
    expect(deadlines()).toHaveLength(1);
    const [reminder] = deadlines();
    expect(reminder.text).toContain('48 uur');
    for (const content of ['Deadline', 'Wacht op antwoord', writer.user.name, id]) {
      expect(reminder.text + reminder.html + reminder.subject).not.toContain(content);
    }
    expect(reminder.text).toContain(`http://portal.imh.test${CONFIDANT_INBOX_PATH}`);
    // Through the ledger: one delivery, sent, whose params are the occasion and the inbox link only.
    const ledger = await sql<{ key: string; status: string; params: Record<string, unknown> }>(
      `SELECT key, status, params FROM delivery WHERE key LIKE $1 AND key ~ '/(reminder|overdue)/' ORDER BY created_at`,
      [`CONFIDENTIAL_MESSAGE/${id}/%`],
    );
    expect(ledger).toEqual([
      {
        key: expect.stringMatching(new RegExp(`^CONFIDENTIAL_MESSAGE/${id}/reminder/.+/${confidant.user.id}$`)),
        status: 'SENT',
        params: {
          occasion: 'reminder',
          link: `http://portal.imh.test${CONFIDANT_INBOX_PATH}`,
          name: confidant.user.name,
        },
      },
    ]);

    await sql(
      `UPDATE confidential_thread SET awaiting_answer_since = $2::timestamptz - interval '8 days' WHERE id = $1`,
      [id, noon],
    );
    await scanAt(noon, 2);
    expect(deadlines()).toHaveLength(2);
    expect(deadlines()[1].text).toContain('7 dagen');
    const inbox = await confidant.client.gql(INBOX);
    expect(inbox.data!.confidentialInbox.items.find((i: { id: string }) => i.id === id)).toMatchObject({
      overdue: true,
    });

    // An answer stops the clock, and a reminder planned before it is skipped at send time.
    await sql(
      `UPDATE confidential_thread SET awaiting_answer_since = $2::timestamptz - interval '50 hours' WHERE id = $1`,
      [id, noon],
    );
    const [{ waitFrom }] = await sql<{ waitFrom: number }>(
      `SELECT min(position) AS "waitFrom" FROM confidential_message WHERE thread_id = $1 AND author = 'WRITER'`,
      [id],
    );
    await confidant.client.gql(REPLY, { input: { threadId: id, body: 'Antwoord' } });
    const [row] = await sql<{ awaiting_answer_since: Date | null }>(
      'SELECT awaiting_answer_since FROM confidential_thread WHERE id = $1',
      [id],
    );
    expect(row.awaiting_answer_since).toBeNull();
    const stale = await app.worker!.get(ConfidentialReminders).applies({
      key: deadlineKey(id, 'reminder', waitFrom, confidant.user.id),
    });
    expect(stale).toBe(false);
    await scanAt(noon);
    expect(deadlines()).toHaveLength(2);
  });

  it('an anonymous message is announced at the first scan after its hour, once, to the inbox', async () => {
    const anonymousThreads = async () =>
      (
        await sql<{ id: string }>(
          `SELECT t.id FROM confidential_thread t JOIN confidential_reader r ON r.thread_id = t.id AND r.user_id = $1
            WHERE t.writer_kind = 'ANONYMOUS'`,
          [confidant.user.id],
        )
      ).map((r) => r.id);
    const before = new Set(await anonymousThreads());
    const started = await writer.client.gql(START, {
      input: { subject: 'Anoniem', body: 'Niemand weet wie', anonymous: true, confidantIds: [confidant.user.id] },
    });
    expect(started.errors).toBeUndefined();
    // An anonymous writer gets a receipt, not the thread (and its times are kept to the day).
    const [id] = (await anonymousThreads()).filter((t) => !before.has(t));
    const announced = () =>
      app.mail.to(confidant.email).filter((m) => m.messageId.startsWith(`<CONFIDENTIAL_MESSAGE/${id}/announce/`));
    // Not at a scan later in the hour…
    await app.drainQueues();
    await scanAt(todayAt(11, 30));
    expect(announced()).toHaveLength(0);

    // …but by the first scan of the next hour, once.
    await scanAt(todayAt(12, 1), 2);
    expect(announced()).toHaveLength(1);
    expect(announced()[0].messageId).toMatch(new RegExp(`/announce/m1/${confidant.user.id}@`));
    expect(announced()[0].text).toContain('Er is een nieuw vertrouwelijk bericht voor je.');
    expect(announced()[0].text).toContain(`http://portal.imh.test${CONFIDANT_INBOX_PATH}`);
    expect(announced()[0].text).not.toContain(id);
  });

  it('tells the confidants 14 days ahead, then deletes a closed thread after its retention, audited', async () => {
    const started = await writer.client.gql(START, {
      input: { subject: 'Bewaartermijn', body: 'Inhoud', anonymous: false, confidantIds: [confidant.user.id] },
    });
    const thread = started.data!.startConfidentialThread.thread;
    expect((await upload(writer.client, thread.id, 'bewaard.txt', 'tot de termijn om is')).status).toBe(201);
    const [{ storage_key }] = await sql<{ storage_key: string }>(
      'SELECT storage_key FROM confidential_attachment WHERE thread_id = $1',
      [thread.id],
    );
    const storedObject = () =>
      filesUnder(resolve(app.config.FILE_STORAGE_DIR)).filter((f) => f.includes(storage_key.trim()));
    expect(storedObject()).toHaveLength(1);
    const closed = await confidant.client.gql(STATUS, {
      input: { threadId: thread.id, status: 'CLOSED', version: thread.version },
    });
    const deleteAfter = new Date(closed.data!.setConfidentialThreadStatus.deleteAfter);
    expect(deleteAfter.getTime() - Date.now()).toBeGreaterThan(364 * 24 * 3600_000);

    await sql(`UPDATE confidential_thread SET delete_after = now() + interval '10 days' WHERE id = $1`, [thread.id]);
    const workspace = await confidant.client.gql(WORKSPACE);
    expect(workspace.data!.confidantWorkspace.deletionNotices).toContainEqual(
      expect.objectContaining({ threadId: thread.id, subject: 'Bewaartermijn' }),
    );

    await sql(`UPDATE confidential_thread SET delete_after = now() - interval '1 minute' WHERE id = $1`, [thread.id]);
    expect((await app.worker!.get(ConfidentialDeadlines).scan()).deleted).toBeGreaterThanOrEqual(1);
    expect(await sql('SELECT 1 FROM confidential_thread WHERE id = $1', [thread.id])).toEqual([]);
    expect(await sql('SELECT 1 FROM confidential_message WHERE thread_id = $1', [thread.id])).toEqual([]);
    expect(await sql('SELECT 1 FROM confidential_reader WHERE thread_id = $1', [thread.id])).toEqual([]);
    expect(await sql('SELECT 1 FROM confidential_attachment WHERE thread_id = $1', [thread.id])).toEqual([]);
    expect(storedObject()).toEqual([]);
    const audit = await sql<{ data: unknown; actor_id: string | null }>(
      `SELECT data, actor_id FROM audit_event WHERE subject_id = $1 AND action = 'confidential.thread_deleted'`,
      [thread.id],
    );
    expect(audit).toEqual([{ data: { by: 'RETENTION' }, actor_id: null }]);
  });
});
