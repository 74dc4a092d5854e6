import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@imh/config';
import {
  DeliverySender,
  type DeliveryPlan,
  NotificationKind,
  Outbox,
  type OutboxHandler,
  OutboxHandlers,
  requireIds,
} from '@imh/notifications';

/** How many days before expiry the holder is reminded, largest first. */
export const EXPIRY_REMINDER_DAYS = [90, 30] as const;
export const CERTIFICATE_EXPIRING = 'certification.certificate_expiring';
const TEMPLATE = 'certificate-expiring';

/**
 * The one ledger key per certificate and occasion (`CERTIFICATE_EXPIRING/<id>/<90|30>`; no colons, which
 * BullMQ refuses in job ids): a retry, a second scan or a second worker adds nothing.
 */
export const expiryReminderKey = (certificateId: string, days: number) =>
  `${NotificationKind.CERTIFICATE_EXPIRING}/${certificateId}/${days}`;

interface ExpiringPayload {
  certificateId: string;
  days: number;
}

/**
 * Expiry reminders, 90 and 30 days before a certificate expires, to its holder. A scan (the worker
 * runs it hourly) records each reminder that has come due, with its outbox fact, once; the relay
 * turns the fact into an in-app notification and an e-mail through the ledger, which follows the
 * holder's preference for CERTIFICATE_EXPIRING, the quiet hours and their language. A certificate
 * revoked, replaced or renewed before the e-mail goes out is not reminded about.
 */
@Injectable()
export class CertificateExpiryReminders implements OutboxHandler, OnModuleInit {
  readonly type = CERTIFICATE_EXPIRING;
  private readonly logger = new Logger(CertificateExpiryReminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly handlers: OutboxHandlers,
    private readonly sender: DeliverySender,
    private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.handlers.register(this);
    // A batch's reminders, in one statement: those whose certificate is still expiring.
    this.sender.registerCheck(TEMPLATE, async (deliveries) => {
      const ids = deliveries.map((d) => ({ key: d.key, certificateId: d.key.split('/')[1] }));
      const expiring = await this.stillExpiring(
        this.dataSource.manager,
        ids.map((i) => i.certificateId),
        new Date(),
      );
      return new Set(ids.filter((i) => expiring.has(i.certificateId)).map((i) => i.key));
    });
  }

  /**
   * Records the reminders due at `now`: 90 days when 30 < days left ≤ 90, 30 days when 0 < days
   * left ≤ 30 (a certificate issued with less than 30 days to go gets only the second). Valid
   * certificates only, and not when the holder already holds a valid one for the track that runs longer.
   */
  async scan(now = new Date()): Promise<{ recorded: number }> {
    const recorded = await this.dataSource.transaction(async (manager) => {
      const rows: { certificateId: string; days: number }[] = await manager.query(
        `WITH due AS (
           SELECT c.id, d.days FROM certificate c
             JOIN (VALUES (90, 30), (30, 0)) AS d(days, after) ON true
            WHERE c.status = 'VALID'
              AND c.expires_at > $1::timestamptz + make_interval(days => d.after)
              AND c.expires_at <= $1::timestamptz + make_interval(days => d.days)
              AND NOT EXISTS (
                SELECT 1 FROM certificate n
                 WHERE n.student_id = c.student_id AND n.track_id = c.track_id AND n.id <> c.id
                   AND n.status = 'VALID' AND (n.expires_at IS NULL OR n.expires_at > c.expires_at))
         )
         INSERT INTO certificate_expiry_reminder (certificate_id, days)
         SELECT id, days FROM due
         ON CONFLICT DO NOTHING
         RETURNING certificate_id AS "certificateId", days`,
        [now],
      );
      await this.outbox.record(
        manager,
        rows.map((r) => ({ type: CERTIFICATE_EXPIRING, payload: { certificateId: r.certificateId, days: r.days } })),
      );
      return rows.length;
    });
    if (recorded) this.logger.log(`recorded ${recorded} certificate expiry reminders`);
    return { recorded };
  }

  async plan(manager: EntityManager, payload: Record<string, unknown>): Promise<DeliveryPlan[]> {
    // A malformed id is set aside with its reason (the batched lookup below would just not find it).
    requireIds(payload, ['certificateId']);
    const { certificateId, days } = payload as unknown as ExpiringPayload;
    const c = (await this.stillExpiring(manager, [certificateId], new Date())).get(certificateId);
    if (!c) return [];
    const expiresAt = c.expiresAt.toISOString();
    return [
      {
        key: expiryReminderKey(certificateId, days),
        recipientId: c.studentId,
        kind: NotificationKind.CERTIFICATE_EXPIRING,
        email: {
          template: TEMPLATE,
          params: {
            number: c.number,
            trackTitle: c.trackTitle,
            expiresAt,
            days,
            link: `${this.config.PORTAL_URL.replace(/\/$/, '')}/certificates`,
          },
        },
        notification: { params: { track: c.trackTitle, number: c.number, expiresAt }, link: '/certificates' },
      },
    ];
  }

  /** The certificates, by id, while a reminder still applies: valid, not expired, not renewed by a longer one. */
  private async stillExpiring(
    manager: EntityManager,
    certificateIds: string[],
    now: Date,
  ): Promise<Map<string, { studentId: string; number: string; trackTitle: string; expiresAt: Date }>> {
    const ids = certificateIds.filter((id) => isUUID(id));
    if (!ids.length) return new Map();
    const rows: { id: string; studentId: string; number: string; trackTitle: string; expiresAt: Date }[] =
      await manager.query(
        `SELECT c.id, c.student_id AS "studentId", c.number, c.track_title AS "trackTitle", c.expires_at AS "expiresAt"
           FROM certificate c
          WHERE c.id = ANY($1::uuid[]) AND c.status = 'VALID' AND c.expires_at > $2
            AND NOT EXISTS (
              SELECT 1 FROM certificate n
               WHERE n.student_id = c.student_id AND n.track_id = c.track_id AND n.id <> c.id
                 AND n.status = 'VALID' AND (n.expires_at IS NULL OR n.expires_at > c.expires_at))`,
        [ids, now],
      );
    return new Map(rows.map(({ id, ...row }) => [id, { ...row, expiresAt: new Date(row.expiresAt) }]));
  }
}
