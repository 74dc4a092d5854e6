// Deliveries sent in batches (DeliverySender.sendBatch and the e-mail worker's `deliveries` jobs):
// one claim, one last look per template and one mark per batch, and still every key at most once,
// whatever two workers, a failing send, the quiet hours or a preference do inside a batch.
import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UserStatus } from '@imh/identity';
import { DeliverySender, OutboxRelay, messageIdFor, type SendEmail } from '@imh/notifications';
import { DELIVERIES_JOB, QueueName, redisConnection } from '@imh/queue';
import { MailerService } from '../../../apps/worker/src/email/mailer.service';
import { sql } from '../support/database';
import { createUser, type CreatedUser } from '../support/factories';
import { SqlCounter, startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let sender: DeliverySender;
let relay: OutboxRelay;
let emailQueue: Queue;
let sequence = 0;

beforeAll(async () => {
  app = await startTestApp({ worker: true });
  sender = app.worker!.get(DeliverySender);
  relay = app.worker!.get(OutboxRelay);
  emailQueue = new Queue(QueueName.EMAIL, {
    connection: redisConnection(app.config.REDIS_URL),
    prefix: app.config.QUEUE_PREFIX,
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await emailQueue?.close();
  await app?.close();
});

/**
 * A pending delivery in the ledger, written as the relay writes one but not queued: only the test
 * sends it. GRADE_RELEASED has no last look of its own.
 */
async function pending(
  user: CreatedUser,
  options: { kind?: string; template?: string; notBefore?: Date; key?: string } = {},
): Promise<string> {
  const kind = options.kind ?? 'GRADE_RELEASED';
  const key = options.key ?? `${kind}/batch-${++sequence}-${randomUUID()}/${user.user.id}`;
  await sql(
    `INSERT INTO delivery (key, recipient_id, kind, template, params, status, not_before)
     VALUES ($1, $2, $3, $4, $5, 'PENDING', $6)`,
    [
      key,
      user.user.id,
      kind,
      options.template ?? 'grade-released',
      { name: 'Cursist', assignmentTitle: 'Opdracht', moduleTitle: 'Hechting', link: 'http://portal.imh.test/a' },
      options.notBefore ?? new Date(Date.now() - 1000),
    ],
  );
  return key;
}

async function statuses(keys: string[]) {
  const rows = await sql<{ key: string; status: string; claimed: boolean; hash: boolean }>(
    `SELECT key, status, claimed_at IS NOT NULL AS claimed, unsubscribe_hash IS NOT NULL AS hash
       FROM delivery WHERE key = ANY($1::varchar[])`,
    [keys],
  );
  return Object.fromEntries(keys.map((k) => [k, rows.find((r) => r.key === k)]));
}

/** A SendEmail that records each Message-ID it was asked to send, after a moment on the "network". */
function recorder(delayMs = 5) {
  const sent: string[] = [];
  const send: SendEmail = async (_job, messageId) => {
    await new Promise((r) => setTimeout(r, delayMs));
    sent.push(messageId);
  };
  return { sent, send };
}

describe('a batch of deliveries', () => {
  it('is sent once per key when two workers claim overlapping batches at the same time', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    const keys: string[] = [];
    for (const user of users) for (let i = 0; i < 5; i++) keys.push(await pending(user));
    // Three "workers", batches overlapping in both directions (the claim locks in key order).
    const a = recorder();
    const b = recorder();
    const c = recorder();
    const outcomes = await Promise.all([
      sender.sendBatch(keys.slice(0, 20), a.send),
      sender.sendBatch([...keys.slice(10, 30)].reverse(), b.send),
      sender.sendBatch(keys, c.send),
    ]);
    const sent = [...a.sent, ...b.sent, ...c.sent];
    expect(sent.sort()).toEqual(keys.map(messageIdFor).sort());
    expect(outcomes.flatMap((o) => o.sent).sort()).toEqual([...keys].sort());
    expect(outcomes.flatMap((o) => o.failed)).toEqual([]);
    // What one did not send, it found done (or being sent) by another: nothing left pending or lost.
    const inputs = [keys.slice(0, 20), keys.slice(10, 30), keys];
    outcomes.forEach((o, i) => {
      expect([...o.sent, ...o.alreadyDone].sort()).toEqual([...inputs[i]].sort());
      expect(o.notYet).toEqual([]);
    });
    const rows = await statuses(keys);
    expect(Object.values(rows).every((r) => r?.status === 'SENT' && r.hash)).toBe(true);
    // Sent again (a duplicate job): nothing goes out.
    const again = recorder();
    expect((await sender.sendBatch(keys, again.send)).alreadyDone).toHaveLength(keys.length);
    expect(again.sent).toEqual([]);
  });

  it('marks the others SENT when one send fails, gives that claim back and sends only it on the retry', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => createUser()));
    const keys = await Promise.all(users.map((u) => pending(u)));
    const failing = messageIdFor(keys[2]);
    const first = recorder();
    const outcome = await sender.sendBatch(keys, async (job, messageId) => {
      if (messageId === failing) throw new Error('421 try again later');
      await first.send(job, messageId);
    });
    expect(outcome.sent.sort()).toEqual([keys[0], keys[1], keys[3]].sort());
    expect(outcome.failed.map((f) => f.key)).toEqual([keys[2]]);
    const rows = await statuses(keys);
    expect(rows[keys[2]]).toMatchObject({ status: 'PENDING', claimed: false });
    for (const k of [keys[0], keys[1], keys[3]]) expect(rows[k]).toMatchObject({ status: 'SENT' });

    const retry = recorder();
    const second = await sender.sendBatch(keys, retry.send);
    expect(retry.sent).toEqual([failing]);
    expect(second.sent).toEqual([keys[2]]);
    expect(second.alreadyDone.sort()).toEqual([keys[0], keys[1], keys[3]].sort());
  });

  it('through the worker: a failed send fails the job, and its retry sends only what failed', async () => {
    const users = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    const keys = await Promise.all(users.map((u) => pending(u)));
    const mailer = app.worker!.get(MailerService);
    const real = mailer.send.bind(mailer);
    let refused = 0;
    vi.spyOn(mailer, 'send').mockImplementation(async (to, email, messageId) => {
      if (to === users[1].email && refused++ === 0) throw new Error('421 try again later');
      return real(to, email, messageId);
    });
    expect(await relay.queueDeliveries(keys.map((key) => ({ key, notBefore: new Date() })))).toBe(1);
    // The retry comes after BullMQ's backoff (2 s). Waited for in the ledger: drainQueues reads the
    // job counts and the delayed list one after the other, and a job promoted between the two reads
    // looks like none at all.
    const deadline = Date.now() + 30_000;
    while (Object.values(await statuses(keys)).some((r) => r?.status !== 'SENT') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await app.drainQueues(30_000);
    for (const [i, user] of users.entries()) {
      expect(app.mail.to(user.email).map((m) => m.messageId)).toEqual([`<${messageIdFor(keys[i])}@imh-academy>`]);
    }
    expect(refused).toBe(2);
    expect(Object.values(await statuses(keys)).map((r) => r?.status)).toEqual(['SENT', 'SENT', 'SENT']);
  });

  it('leaves keys held by the quiet hours unclaimed, and the worker queues them again for that time', async () => {
    const [day, night] = [await createUser(), await createUser()];
    const morning = new Date(Date.now() + 6 * 3600_000);
    const now = await pending(day);
    const later = await pending(night, { notBefore: morning });
    const direct = await sender.sendBatch([now, later], recorder().send);
    expect(direct.sent).toEqual([now]);
    expect(direct.notYet).toEqual([{ key: later, notBefore: morning }]);
    expect((await statuses([later]))[later]).toMatchObject({ status: 'PENDING', claimed: false });
    expect(await sql('SELECT attempts FROM delivery WHERE key = $1', [later])).toEqual([{ attempts: 0 }]);

    // Through the worker: a batch taken early (as if promoted) sends what is due, and the rest
    // waits in a delayed job of its own until the morning.
    const another = await pending(day);
    await emailQueue.add(DELIVERIES_JOB, { deliveryKeys: [another, later] }, { jobId: `early-${randomUUID()}` });
    await app.drainQueues();
    expect(app.mail.to(day.email).map((m) => m.messageId)).toContain(`<${messageIdFor(another)}@imh-academy>`);
    expect(app.mail.to(night.email)).toEqual([]);
    const delayed = (await emailQueue.getDelayed()).filter((j) =>
      (j.data as { deliveryKeys?: string[] }).deliveryKeys?.includes(later),
    );
    expect(delayed).toHaveLength(1);
    expect(delayed[0].data).toEqual({ deliveryKeys: [later] });
    expect(Math.abs(delayed[0].timestamp + delayed[0].delay - morning.getTime())).toBeLessThan(60_000);
  });

  it('follows each recipient inside the batch: off is skipped, digest held, deactivated skipped, ACCOUNT sent', async () => {
    const [off, digest, immediate, gone] = [
      await createUser(),
      await createUser(),
      await createUser(),
      await createUser(),
    ];
    await sql(`INSERT INTO notification_preference (user_id, kind, mode) VALUES ($1, 'GRADE_RELEASED', 'OFF')`, [
      off.user.id,
    ]);
    await sql(`INSERT INTO notification_preference (user_id, kind, mode) VALUES ($1, 'GRADE_RELEASED', 'DIGEST')`, [
      digest.user.id,
    ]);
    const keys = {
      off: await pending(off),
      digest: await pending(digest),
      immediate: await pending(immediate),
      gone: await pending(gone),
      // Nobody switches account e-mail off, nor gets an unsubscribe link in it. (A template without a
      // last look of its own: the real account templates check their link request, tested in identity.)
      account: await pending(off, { kind: 'ACCOUNT', template: 'grade-released' }),
    };
    await sql(`UPDATE "user" SET status = $2 WHERE id = $1`, [gone.user.id, UserStatus.DEACTIVATED]);
    const jobs: { to: string; unsubscribe: unknown }[] = [];
    const outcome = await sender.sendBatch(Object.values(keys), async (job) => {
      jobs.push({ to: job.to, unsubscribe: (job.params as { unsubscribeLink?: string }).unsubscribeLink });
    });
    expect(outcome.sent.sort()).toEqual([keys.immediate, keys.account].sort());
    expect(outcome.skipped.sort()).toEqual([keys.off, keys.gone].sort());
    expect(outcome.held).toEqual([keys.digest]);
    const rows = await statuses(Object.values(keys));
    expect(rows[keys.off]?.status).toBe('SKIPPED');
    expect(rows[keys.gone]?.status).toBe('SKIPPED');
    expect(rows[keys.digest]?.status).toBe('HELD');
    expect(rows[keys.immediate]).toMatchObject({ status: 'SENT', hash: true });
    expect(rows[keys.account]).toMatchObject({ status: 'SENT', hash: false });
    expect(jobs.sort((a, b) => a.to.localeCompare(b.to))).toEqual(
      [
        { to: immediate.email, unsubscribe: expect.stringMatching(/\/unsubscribe\?token=[\w-]+$/) },
        { to: off.email, unsubscribe: undefined },
      ].sort((a, b) => a.to.localeCompare(b.to)),
    );
  });

  it('costs the same SQL statements for 25 deliveries as for one, with a last look as well', async () => {
    const counter = new SqlCounter(app.worker!.get<DataSource>(getDataSourceToken()));
    // Only the batch's own statements: the worker's scheduled jobs wait meanwhile.
    const connection = redisConnection(app.config.REDIS_URL);
    const paused = [QueueName.EMAIL, QueueName.NOTIFICATIONS, QueueName.REMINDERS].map(
      (name) => new Queue(name, { connection, prefix: app.config.QUEUE_PREFIX }),
    );
    const user = await createUser();
    const batch = async (size: number) => {
      const keys: string[] = [];
      for (let i = 0; i < size; i++) {
        keys.push(await pending(user));
        // Reminders whose assignment does not exist: the registered last look skips them.
        const dueAt = new Date(Date.now() + 24 * 3600_000).toISOString();
        keys.push(
          await pending(user, {
            kind: 'ASSIGNMENT_DUE_SOON',
            template: 'assignment-due-soon',
            key: `ASSIGNMENT_DUE_SOON/${randomUUID()}/${user.user.id}/${dueAt}/24h`,
          }),
        );
      }
      const { result, count, queries } = await counter.count(() => sender.sendBatch(keys, recorder(0).send));
      expect(result.sent).toHaveLength(size);
      expect(result.skipped).toHaveLength(size);
      return { count, queries };
    };
    try {
      await Promise.all(paused.map((q) => q.pause()));
      for (const q of paused) while ((await q.getActiveCount()) > 0) await new Promise((r) => setTimeout(r, 10));
      const one = await batch(1);
      const many = await batch(25);
      expect(many.count).toBe(one.count);
      // The claim (with recipient and preference), the last look of assignment-due-soon, the mark.
      expect(one.count, one.queries.join('\n---\n')).toBe(3);
    } finally {
      await Promise.all(paused.map((q) => q.resume()));
      await Promise.all(paused.map((q) => q.close()));
    }
  });

  it('fails a malformed batch job with a clear reason, blocking nothing behind it', async () => {
    const user = await createUser();
    await emailQueue.add(DELIVERIES_JOB, { deliveryKeys: 'GRADE_RELEASED/x' }, { attempts: 1 });
    await emailQueue.add(DELIVERIES_JOB, { deliveryKeys: [] }, { attempts: 1 });
    const key = await pending(user);
    await relay.queueDeliveries([{ key, notBefore: new Date() }]);
    await expect(app.drainQueues()).rejects.toThrow(/needs deliveryKeys/);
    expect(app.mail.to(user.email).map((m) => m.messageId)).toEqual([`<${messageIdFor(key)}@imh-academy>`]);
  });
});

describe('a worker shutting down while a batch is being sent', () => {
  it('finishes the batch before closing its SMTP pool: every e-mail arrives and is marked sent', async () => {
    const second = await startTestApp({ worker: true });
    try {
      const users = await Promise.all(Array.from({ length: 5 }, () => createUser()));
      const keys = await Promise.all(users.map((u) => pending(u)));
      const mailer = second.worker!.get(MailerService);
      const real = mailer.send.bind(mailer);
      let started = 0;
      // A slow SMTP server: the shutdown comes while the batch's e-mails are on their way.
      vi.spyOn(mailer, 'send').mockImplementation(async (to, email, messageId) => {
        started++;
        await new Promise((r) => setTimeout(r, 300));
        return real(to, email, messageId);
      });
      await second.worker!.get(OutboxRelay).queueDeliveries(keys.map((key) => ({ key, notBefore: new Date() })));
      const deadline = Date.now() + 15_000;
      while (started < keys.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(started).toBe(keys.length);
      await second.worker!.close();
      expect(second.mail.messages.map((m) => m.messageId).sort()).toEqual(
        keys.map((k) => `<${messageIdFor(k)}@imh-academy>`).sort(),
      );
      expect(Object.values(await statuses(keys)).map((r) => r?.status)).toEqual(keys.map(() => 'SENT'));
    } finally {
      await second.close();
    }
  });
});
