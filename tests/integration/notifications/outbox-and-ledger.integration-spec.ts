import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import {
  DeliverySender,
  Outbox,
  OutboxHandlers,
  OutboxRelay,
  type DeliveryPlan,
  NotificationKind,
} from '@imh/notifications';
import { QueueName, redisConnection } from '@imh/queue';
import { DigestService } from '../../../apps/worker/src/notifications/digest.service';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createUser, type CreatedUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const POKED = 'test.poked';
const NOTIFICATIONS = `query { unreadNotificationCount myNotifications { totalCount items { id kind link readAt params { name value } } } }`;
const MARK = `mutation M($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const SET_PREF = `mutation P($kind: NotificationKind!, $email: EmailMode!) { setNotificationPreference(kind: $kind, email: $email) { preferences { kind email } } }`;
const UNSUBSCRIBE = `mutation U($token: String!) { unsubscribe(token: $token) }`;

let app: TestApp;
let relay: OutboxRelay;
let sequence = 0;

/** A fact of a test type: "poke this user about this thing"; one delivery, keyed by both. */
function poke(recipientId: string, subject = `s${++sequence}`) {
  return { type: POKED, payload: { recipientId, subject } };
}

async function record(...facts: ReturnType<typeof poke>[]) {
  await app.dataSource.transaction((manager) => app.api.get(Outbox).record(manager, facts));
}

async function signedIn(user: CreatedUser): Promise<GqlClient> {
  const client = app.client();
  await client.login(user.email, user.password);
  return client;
}

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  relay = app.worker!.get(OutboxRelay);
  app.worker!.get(OutboxHandlers).register({
    type: POKED,
    plan: (_manager, payload): Promise<DeliveryPlan[]> => {
      const { recipientId, subject } = payload as { recipientId: string; subject: string };
      if (subject === 'explode') throw new Error('handler failed on purpose');
      return Promise.resolve([
        {
          key: `GRADE_RELEASED/${subject}/${recipientId}`,
          recipientId,
          kind: NotificationKind.GRADE_RELEASED,
          email: {
            template: 'grade-released',
            params: {
              assignmentTitle: `Opdracht ${subject}`,
              moduleTitle: 'Hechting',
              link: `http://portal.imh.test/a/${subject}`,
            },
          },
          notification: { params: { assignment: `Opdracht ${subject}` }, link: `/assignments/${subject}` },
        },
      ]);
    },
  });
});
afterAll(async () => {
  await app?.close();
});

const mailsTo = (user: CreatedUser) => app.mail.to(user.email);

describe('the outbox and the delivery ledger', () => {
  it('turn a recorded fact into one e-mail and one in-app notification', async () => {
    const student = await createUser({ roles: [Role.STUDENT] });
    await record(poke(student.user.id, 'one'));
    const result = await relay.drain();
    expect(result).toMatchObject({ deliveries: 1, notifications: 1, failed: 0 });
    await app.drainQueues();
    const [mail] = mailsTo(student);
    expect(mail.subject).toContain('Opdracht one');
    expect(mail.messageId).toBe(`<GRADE_RELEASED/one/${student.user.id}@imh-academy>`);
    expect(mail.text).toMatch(/Afmelden: http:\/\/portal\.imh\.test\/unsubscribe\?token=/);

    const client = await signedIn(student);
    const res = await client.gql(NOTIFICATIONS);
    expect(res.data!.unreadNotificationCount).toBe(1);
    const [item] = res.data!.myNotifications.items;
    expect(item).toMatchObject({
      kind: 'GRADE_RELEASED',
      link: '/assignments/one',
      params: [{ name: 'assignment', value: 'Opdracht one' }],
    });
    expect((await client.gql(MARK, { id: item.id })).data!.markNotificationRead.readAt).not.toBeNull();
    expect((await client.gql(NOTIFICATIONS)).data!.unreadNotificationCount).toBe(0);
  });

  it('send nothing twice: a duplicate fact, a second relay, a second send, a second worker', async () => {
    const student = await createUser();
    await record(poke(student.user.id, 'dup'), poke(student.user.id, 'dup'));
    await Promise.all([relay.drain(), relay.drain()]);
    await relay.drain();
    await app.drainQueues();
    const sender = app.worker!.get(DeliverySender);
    const key = `GRADE_RELEASED/dup/${student.user.id}`;
    expect(await sender.send(key, () => Promise.reject(new Error('must not send')))).toBe('already-sent');
    // A lost job re-queued under the same key changes nothing either.
    const queue = new Queue(QueueName.EMAIL, {
      connection: redisConnection(app.config.REDIS_URL),
      prefix: app.config.QUEUE_PREFIX,
    });
    await queue.add('delivery', { deliveryKey: key }, { jobId: `${key}-again` });
    await queue.close();
    await app.drainQueues();
    expect(mailsTo(student)).toHaveLength(1);
    expect(await sql('SELECT count(*)::int AS n FROM notification WHERE key = $1', [key])).toEqual([{ n: 1 }]);
  });

  it('resends with the same Message-ID when a worker died between sending and recording', async () => {
    const student = await createUser();
    await record(poke(student.user.id, 'crash'));
    await relay.drain();
    await app.drainQueues();
    const key = `GRADE_RELEASED/crash/${student.user.id}`;
    // As if the SMTP server had accepted it and the worker was killed before marking it sent.
    await sql(
      `UPDATE delivery SET status = 'SENDING', claimed_at = now() - interval '6 minutes', sent_at = NULL WHERE key = $1`,
      [key],
    );
    expect(await relay.requeue(0)).toBeGreaterThanOrEqual(1);
    await app.drainQueues();
    const mails = mailsTo(student);
    expect(mails).toHaveLength(2);
    expect(mails[1].messageId).toBe(mails[0].messageId);
    expect(await sql('SELECT status FROM delivery WHERE key = $1', [key])).toEqual([{ status: 'SENT' }]);
  });

  it('keep a delivery whose job never reached Redis, and queue it later', async () => {
    const student = await createUser();
    await sql(
      `INSERT INTO delivery (key, recipient_id, kind, template, params, status, not_before, created_at)
       VALUES ($1, $2, 'GRADE_RELEASED', 'grade-released', $3, 'PENDING', now(), now() - interval '2 minutes')`,
      [
        `GRADE_RELEASED/lost/${student.user.id}`,
        student.user.id,
        { name: 'X', assignmentTitle: 'Verloren', moduleTitle: 'M', link: 'http://x' },
      ],
    );
    await relay.requeue();
    await app.drainQueues();
    expect(mailsTo(student).map((m) => m.subject)).toEqual([expect.stringContaining('Verloren')]);
  });

  it('hold e-mail in the quiet hours until 07:00, while the notification arrives at once', async () => {
    const student = await createUser();
    await record(poke(student.user.id, 'night'));
    await relay.drain(new Date('2026-12-01T22:30:00Z')); // 23:30 in Amsterdam
    const [row] = await sql<{ not_before: Date; status: string }>(
      'SELECT not_before, status FROM delivery WHERE key = $1',
      [`GRADE_RELEASED/night/${student.user.id}`],
    );
    expect(new Date(row.not_before).toISOString()).toBe('2026-12-02T06:00:00.000Z');
    const sender = app.worker!.get(DeliverySender);
    const early = await sender.send(
      `GRADE_RELEASED/night/${student.user.id}`,
      () => Promise.reject(new Error('too early')),
      new Date('2026-12-02T05:59:00Z'),
    );
    expect(early).toEqual({ notBefore: new Date('2026-12-02T06:00:00.000Z') });
    expect(await sql('SELECT count(*)::int AS n FROM notification WHERE user_id = $1', [student.user.id])).toEqual([
      { n: 1 },
    ]);
  });

  it('follow each user’s choice: off, or the daily digest at their hour', async () => {
    const student = await createUser();
    const client = await signedIn(student);
    await client.gql(SET_PREF, { kind: 'GRADE_RELEASED', email: 'DIGEST' });
    await record(poke(student.user.id, 'digest-a'), poke(student.user.id, 'digest-b'));
    await relay.drain();
    await app.drainQueues();
    expect(mailsTo(student)).toHaveLength(0);
    const digests = app.worker!.get(DigestService);
    expect(await digests.sendDue(new Date('2026-12-01T12:00:00Z'))).toBe(0); // 13:00: not their hour
    expect(await digests.sendDue(new Date('2026-12-01T06:00:00Z'))).toBeGreaterThanOrEqual(1); // 07:00
    await digests.sendDue(new Date('2026-12-01T06:10:00Z'));
    await app.drainQueues();
    const [digest, ...rest] = mailsTo(student);
    expect(rest).toHaveLength(0);
    expect(digest.text).toContain('Opdracht digest-a');
    expect(digest.text).toContain('Opdracht digest-b');

    await client.gql(SET_PREF, { kind: 'GRADE_RELEASED', email: 'OFF' });
    await record(poke(student.user.id, 'off'));
    await relay.drain();
    await app.drainQueues();
    expect(mailsTo(student)).toHaveLength(1);
    expect((await client.gql(NOTIFICATIONS)).data!.unreadNotificationCount).toBe(3);
  });

  it('switch a kind off with the one-click link, and refuse a forged one', async () => {
    const student = await createUser();
    await record(poke(student.user.id, 'unsub'));
    await relay.drain();
    await app.drainQueues();
    const token = /unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(mailsTo(student)[0].text)![1];
    const anonymous = app.client();
    expect((await anonymous.gql(UNSUBSCRIBE, { token })).data).toEqual({ unsubscribe: 'GRADE_RELEASED' });
    expect(await sql('SELECT mode FROM notification_preference WHERE user_id = $1', [student.user.id])).toEqual([
      { mode: 'OFF' },
    ]);
    expectError(
      await anonymous.gql(UNSUBSCRIBE, { token: token.slice(0, -2) + 'xx' }),
      'BAD_USER_INPUT',
      'UNSUBSCRIBE_LINK_INVALID',
    );
    expectError(await anonymous.gql(UNSUBSCRIBE, { token: '../../etc' }), 'BAD_USER_INPUT', 'UNSUBSCRIBE_LINK_INVALID');
  });

  it('sets a failing event aside with its reason and relays the rest', async () => {
    const student = await createUser();
    await record(poke(student.user.id, 'explode'), poke(student.user.id, 'after'));
    const result = await relay.drain();
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(result.deliveries).toBeGreaterThanOrEqual(1);
    const [failed] = await sql<{ attempts: number; last_error: string }>(
      `SELECT attempts, last_error FROM outbox_event WHERE payload->>'subject' = 'explode'`,
    );
    expect(failed.last_error).toContain('handler failed on purpose');
    for (let i = 0; i < 5; i++) await relay.drain();
    expect(
      await sql(`SELECT 1 FROM outbox_event WHERE payload->>'subject' = 'explode' AND relayed_at IS NULL`),
    ).toEqual([]);
  });

  it('send a malformed job to the failed list with a clear reason, blocking nothing behind it', async () => {
    const student = await createUser();
    const queue = new Queue(QueueName.EMAIL, {
      connection: redisConnection(app.config.REDIS_URL),
      prefix: app.config.QUEUE_PREFIX,
    });
    await queue.add('delivery', { nonsense: true }, { attempts: 1 });
    await queue.close();
    await record(poke(student.user.id, 'behind'));
    await relay.drain();
    await expect(app.drainQueues()).rejects.toThrow(/needs a deliveryKey/);
    expect(mailsTo(student)).toHaveLength(1);
  });

  it('keep other users’ notifications unreachable, and refuse an unknown kind', async () => {
    const [ann, bob] = [await createUser(), await createUser()];
    await record(poke(ann.user.id, 'private'));
    await relay.drain();
    const [{ id }] = await sql<{ id: string }>('SELECT id FROM notification WHERE user_id = $1', [ann.user.id]);
    const bobClient = await signedIn(bob);
    expectError(await bobClient.gql(MARK, { id }), 'NOT_FOUND');
    expectError(await bobClient.gql(MARK, { id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    expect((await bobClient.gql(NOTIFICATIONS)).data!.myNotifications.totalCount).toBe(0);
    expectError(await bobClient.gql(SET_PREF, { kind: 'NOT_A_KIND', email: 'OFF' }), 'BAD_USER_INPUT');
    expectError(await app.client().gql(NOTIFICATIONS), 'UNAUTHENTICATED');
  });
});
