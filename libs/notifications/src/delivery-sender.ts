import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@imh/config';
import type { EmailJob } from '@imh/queue';
import { Delivery, DeliveryStatus } from './entities/delivery.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { EmailMode } from './notification-kind';

/** A claim older than this belongs to a worker that died mid-send; another may take it over. */
export const CLAIM_TIMEOUT_MS = 5 * 60_000;

export type SendOutcome = 'sent' | 'already-sent' | 'skipped' | 'held' | { notBefore: Date };

/** How the worker sends one rendered e-mail; the Message-ID is the delivery's key. */
export type SendEmail = (job: EmailJob, messageId: string) => Promise<void>;

/** Should this delivery still go out? Registered per template by the context that plans it. */
export type DeliveryCheck = (delivery: Delivery) => Promise<boolean>;

/**
 * Params made at send time, right before rendering (an account e-mail's link, whose token must
 * not be stored); merged over the stored ones. Registered per template by the context that plans it.
 */
export type DeliveryParams = (delivery: Delivery) => Promise<Record<string, unknown>>;

/** The mailer wraps it as `<id@imh-academy>`. */
export const messageIdFor = (key: string) => key.replace(/[^a-zA-Z0-9./_-]/g, '_');

/**
 * Sends one delivery exactly once: the key is claimed in Postgres before sending and marked
 * sent after. A retry, a duplicate job or a second worker finds it claimed or sent and does
 * nothing; a worker killed between the SMTP server's "OK" and the mark leaves a claim that
 * times out, and the resend carries the same Message-ID, which mail systems drop as a duplicate.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);
  private readonly checks = new Map<string, DeliveryCheck>();
  private readonly sendTimeParams = new Map<string, DeliveryParams>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The last look before sending (the reminder's assignment handed in meanwhile, say). */
  registerCheck(template: string, check: DeliveryCheck): void {
    this.checks.set(template, check);
  }

  /** What only the send may know (a fresh link token): called for each attempt, right before rendering. */
  registerParams(template: string, params: DeliveryParams): void {
    this.sendTimeParams.set(template, params);
  }

  /** The registered last look for the delivery's template (true when it has none); the digest asks it too. */
  async stillApplies(
    delivery: Pick<Delivery, 'key' | 'recipientId' | 'kind' | 'template' | 'params'>,
  ): Promise<boolean> {
    const check = this.checks.get(delivery.template);
    return !check || check(delivery as Delivery);
  }

  async send(key: string, sendEmail: SendEmail, now = new Date()): Promise<SendOutcome> {
    const [claimed]: [Delivery[], number] = await this.dataSource.query(
      `UPDATE delivery SET status = 'SENDING', claimed_at = $2, attempts = attempts + 1
        WHERE key = $1
          AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_at < $3))
          AND not_before <= $2
      RETURNING key, recipient_id AS "recipientId", kind, template, params, not_before AS "notBefore"`,
      [key, now, new Date(now.getTime() - CLAIM_TIMEOUT_MS)],
    );
    const delivery = claimed[0];
    if (!delivery) {
      const row = await this.dataSource.getRepository(Delivery).findOneBy({ key });
      if (row?.status === DeliveryStatus.PENDING && row.notBefore > now) return { notBefore: row.notBefore };
      return row?.status === DeliveryStatus.SKIPPED ? 'skipped' : 'already-sent';
    }
    try {
      const [recipient]: { email: string; locale: 'nl' | 'en'; status: string }[] = await this.dataSource.query(
        `SELECT email, locale, status FROM "user" WHERE id = $1`,
        [delivery.recipientId],
      );
      const mode =
        delivery.kind === 'ACCOUNT' || delivery.kind === 'DIGEST'
          ? EmailMode.IMMEDIATE
          : ((
              await this.dataSource.getRepository(NotificationPreference).findOneBy({
                userId: delivery.recipientId,
                kind: delivery.kind,
              })
            )?.mode ?? EmailMode.IMMEDIATE);
      const applies = recipient && recipient.status !== 'DEACTIVATED' && (await this.stillApplies(delivery));
      if (!applies || mode === EmailMode.OFF) {
        await this.mark(key, DeliveryStatus.SKIPPED);
        return 'skipped';
      }
      if (mode === EmailMode.DIGEST) {
        await this.mark(key, DeliveryStatus.HELD);
        return 'held';
      }
      const params = { ...delivery.params, ...(await this.sendTimeParams.get(delivery.template)?.(delivery)) };
      if (delivery.kind !== 'ACCOUNT' && delivery.kind !== 'DIGEST') {
        // One click, for this kind: the token is made now and only its hash is kept.
        const token = randomBytes(24).toString('base64url');
        await this.dataSource.query('UPDATE delivery SET unsubscribe_hash = $2 WHERE key = $1', [key, sha256(token)]);
        params.unsubscribeLink = `${this.config.PORTAL_URL.replace(/\/$/, '')}/unsubscribe?token=${token}`;
      }
      await sendEmail(
        { template: delivery.template, to: recipient.email, locale: recipient.locale, params } as EmailJob,
        messageIdFor(key),
      );
      await this.dataSource.query(`UPDATE delivery SET status = 'SENT', sent_at = now() WHERE key = $1`, [key]);
      return 'sent';
    } catch (error) {
      // Not sent (or not known to be): give the claim back so the retry can take it at once.
      await this.dataSource.query(
        `UPDATE delivery SET status = 'PENDING', claimed_at = NULL WHERE key = $1 AND status = 'SENDING'`,
        [key],
      );
      this.logger.error(`delivery not sent: ${(error as Error).name}`);
      throw error;
    }
  }

  private async mark(key: string, status: DeliveryStatus) {
    await this.dataSource.query('UPDATE delivery SET status = $2 WHERE key = $1', [key, status]);
  }
}

export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
