import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@imh/config';
import { DELIVERIES_JOB, DeliveryBatchJob, QueueName } from '@imh/queue';
import { Delivery, DeliveryStatus } from './entities/delivery.entity';
import { Notification } from './entities/notification.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { EmailMode } from './notification-kind';
import { MalformedFactError, OutboxHandlers, type DeliveryPlan } from './outbox';
import { quietUntil } from './quiet-hours';

/** An event whose handler keeps failing is set aside after this many tries, with its error. */
export const MAX_RELAY_ATTEMPTS = 5;

export interface RelayResult {
  events: number;
  failed: number;
  deliveries: number;
  notifications: number;
}

interface Recipient {
  id: string;
  name: string;
  email: string;
  locale: 'nl' | 'en';
  status: string;
}

/**
 * Relays the outbox: each pending event becomes deliveries (the e-mail ledger) and in-app
 * notifications, in one transaction with marking it relayed; each new delivery is then queued
 * under its key. Events, deliveries and notifications are unique by what they are about, so a
 * relay that crashes halfway and runs again, or two workers relaying at once, create nothing
 * twice. A delivery that was recorded but never queued (Redis away) is queued by `requeue`.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.EMAIL) private readonly emailQueue: Queue<DeliveryBatchJob>,
    private readonly handlers: OutboxHandlers,
    private readonly config: AppConfig,
  ) {}

  /** Relays up to `limit` events; call until it returns 0 events to drain the outbox. */
  async relayBatch(limit = 500, now = new Date()): Promise<RelayResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const events: { id: string; type: string; payload: Record<string, unknown>; attempts: number }[] =
        await manager.query(
          `SELECT id, type, payload, attempts FROM outbox_event
            WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
      const plans: DeliveryPlan[] = [];
      const relayed: string[] = [];
      let failed = 0;
      for (const event of events) {
        const handler = this.handlers.get(event.type);
        await manager.query('SAVEPOINT relay_event');
        try {
          if (!handler) throw new Error(`No handler for ${event.type}`);
          plans.push(...(await handler.plan(manager, event.payload)));
          await manager.query('RELEASE SAVEPOINT relay_event');
          relayed.push(event.id);
        } catch (error) {
          // One bad event must not hold up the others: record why, try again later, then set it
          // aside. A malformed payload will not get better: it is set aside at once.
          await manager.query('ROLLBACK TO SAVEPOINT relay_event');
          failed++;
          const reason = `${(error as Error).name}: ${(error as Error).message}`.slice(0, 500);
          await manager.query(
            `UPDATE outbox_event SET attempts = attempts + 1, last_error = $2,
                    relayed_at = CASE WHEN attempts + 1 >= $3 OR $4 THEN now() ELSE NULL END
              WHERE id = $1`,
            [event.id, reason, MAX_RELAY_ATTEMPTS, error instanceof MalformedFactError],
          );
          this.logger.error(`outbox event ${event.id} (${event.type}) not relayed: ${reason}`);
        }
      }
      const written = await this.write(manager, plans, now);
      if (relayed.length) {
        await manager.query(`UPDATE outbox_event SET relayed_at = now() WHERE id = ANY($1::bigint[])`, [relayed]);
      }
      return { events: events.length, failed, ...written };
    });
    await this.queueDeliveries(result.queue, now);
    return {
      events: result.events,
      failed: result.failed,
      deliveries: result.queue.length,
      notifications: result.notifications,
    };
  }

  /** Relays until the outbox is empty (tests and the scheduled job). */
  async drain(now = new Date()): Promise<RelayResult> {
    const total: RelayResult = { events: 0, failed: 0, deliveries: 0, notifications: 0 };
    for (;;) {
      const batch = await this.relayBatch(500, now);
      total.events += batch.events;
      total.failed += batch.failed;
      total.deliveries += batch.deliveries;
      total.notifications += batch.notifications;
      if (batch.events === 0 || batch.events === batch.failed) return total;
    }
  }

  /**
   * Delivers plans that no outbox event carries: what a scheduled scan finds due (reminders).
   * The same ledger, notifications and keys as relayed events, written in one transaction, so a
   * scan that runs twice, or two scans at once, create nothing twice; only what this call wrote
   * is queued. Plans are written in key order, so two concurrent scans never deadlock.
   */
  async deliver(plans: DeliveryPlan[], now = new Date()): Promise<{ deliveries: number; notifications: number }> {
    const sorted = [...plans].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const written = await this.dataSource.transaction((manager) => this.write(manager, sorted, now));
    await this.queueDeliveries(written.queue, now);
    return { deliveries: written.queue.length, notifications: written.notifications };
  }

  /**
   * Queues pending deliveries that are not in the queue: recorded while Redis was away, or lost
   * from it. Batched like any other; the claim at send time stops a second send in any case.
   */
  async requeue(olderThanMs = 60_000): Promise<number> {
    const rows: { key: string; not_before: Date; attempts: number }[] = await this.dataSource.query(
      `SELECT key, not_before, attempts FROM delivery
        WHERE (status = 'PENDING' AND created_at < now() - make_interval(secs => $1) AND not_before <= now())
           OR (status = 'SENDING' AND claimed_at < now() - interval '5 minutes')
        ORDER BY created_at LIMIT 5000`,
      [olderThanMs / 1000],
    );
    // The attempts are part of the batch's job id: BullMQ may still keep the first (completed)
    // job under the id of the keys alone, and would then ignore a job added under it.
    await this.queueDeliveries(
      rows.map((r) => ({ key: r.key, notBefore: new Date(r.not_before), attempt: r.attempts })),
      new Date(),
      'retry',
    );
    return rows.length;
  }

  /**
   * Queues deliveries as batch jobs: keys due at the same time, up to DELIVERY_BATCH_SIZE a job,
   * delayed until then. The job id is derived from the keys (and, for a retry, their attempts),
   * so queueing the same batch again is one job; `tag` keeps ids of different occasions apart.
   */
  async queueDeliveries(
    items: readonly { key: string; notBefore: Date; attempt?: number }[],
    at = new Date(),
    tag = 'new',
  ): Promise<number> {
    if (!items.length) return 0;
    const size = this.config.DELIVERY_BATCH_SIZE;
    const sorted = [...items].sort(
      (a, b) => a.notBefore.getTime() - b.notBefore.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const batches: (typeof sorted)[] = [];
    for (const item of sorted) {
      const last = batches[batches.length - 1];
      if (last && last.length < size && last[0].notBefore.getTime() === item.notBefore.getTime()) last.push(item);
      else batches.push([item]);
    }
    const now = at.getTime();
    for (const chunk of chunks(batches, 500)) {
      await this.emailQueue.addBulk(
        chunk.map((batch) => ({
          name: DELIVERIES_JOB,
          data: { deliveryKeys: batch.map((item) => item.key) },
          opts: {
            jobId: `deliveries-${tag}-${batchId(batch.map((item) => `${item.key}#${item.attempt ?? 0}`))}`,
            delay: Math.max(0, batch[0].notBefore.getTime() - now),
          },
        })),
      );
    }
    return batches.length;
  }

  private async write(manager: EntityManager, plans: DeliveryPlan[], now: Date) {
    if (!plans.length) return { queue: [] as { key: string; notBefore: Date }[], notifications: 0 };
    const recipientIds = [...new Set(plans.map((p) => p.recipientId))];
    const [recipients, preferences]: [Recipient[], NotificationPreference[]] = await Promise.all([
      manager.query(`SELECT id, name, email, locale, status FROM "user" WHERE id = ANY($1::uuid[])`, [recipientIds]),
      manager.find(NotificationPreference, { where: recipientIds.map((userId) => ({ userId })) }),
    ]);
    const byId = new Map(recipients.map((r) => [r.id, r]));
    const mode = (userId: string, kind: string) =>
      preferences.find((p) => p.userId === userId && p.kind === kind)?.mode ?? EmailMode.IMMEDIATE;

    const notifications = plans
      .filter((p) => p.notification && byId.get(p.recipientId)?.status === 'ACTIVE')
      .map((p) => ({
        key: p.key,
        userId: p.recipientId,
        kind: p.kind,
        params: p.notification!.params,
        link: p.notification!.link,
      }));
    let notified = 0;
    for (const chunk of chunks(notifications, 1000)) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Notification)
        .values(chunk)
        .orIgnore()
        .returning(['id'])
        .execute();
      notified += inserted.raw.length;
    }

    const deliveries = plans.flatMap((p) => {
      const recipient = byId.get(p.recipientId);
      // Invited accounts get their invitation; everyone else only while active.
      if (!p.email || !recipient || recipient.status === 'DEACTIVATED') return [];
      const account = p.kind === 'ACCOUNT';
      const chosen = account ? EmailMode.IMMEDIATE : mode(p.recipientId, p.kind);
      if (chosen === EmailMode.OFF) return [];
      return [
        {
          key: p.key,
          recipientId: p.recipientId,
          kind: p.kind,
          template: p.email.template,
          params: { ...(p.email.params as object), name: recipient.name },
          status: chosen === EmailMode.DIGEST ? DeliveryStatus.HELD : DeliveryStatus.PENDING,
          notBefore: account ? now : quietUntil(now),
        },
      ];
    });
    const queue: { key: string; notBefore: Date }[] = [];
    for (const chunk of chunks(deliveries, 1000)) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Delivery)
        .values(chunk)
        .orIgnore()
        .returning(['key', 'status', 'notBefore'])
        .execute();
      for (const row of inserted.raw as { key: string; status: DeliveryStatus; not_before: Date }[]) {
        if (row.status === DeliveryStatus.PENDING) queue.push({ key: row.key, notBefore: new Date(row.not_before) });
      }
    }
    return { queue, notifications: notified };
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A BullMQ job id (no ':') for a batch: a digest of its keys, the same for the same keys. */
function batchId(keys: string[]): string {
  return createHash('sha256').update(keys.join('\n'), 'utf8').digest('hex').slice(0, 40);
}
