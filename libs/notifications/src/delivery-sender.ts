import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@imh/config';
import type { EmailJob } from '@imh/queue';
import { Delivery, DeliveryStatus } from './entities/delivery.entity';
import { EmailMode } from './notification-kind';

/** A claim older than this belongs to a worker that died mid-send; another may take it over. */
export const CLAIM_TIMEOUT_MS = 5 * 60_000;

export type SendOutcome = 'sent' | 'already-sent' | 'skipped' | 'held' | { notBefore: Date };

/** How the worker sends one rendered e-mail; the Message-ID is the delivery's key. */
export type SendEmail = (job: EmailJob, messageId: string) => Promise<void>;

/** What a last look reads of a delivery. */
export type CheckedDelivery = Pick<Delivery, 'key' | 'recipientId' | 'kind' | 'template' | 'params'>;

/**
 * Which of these deliveries (all of one template) should still go out: the keys that still apply.
 * Registered per template by the context that plans them; answered for a whole batch at once, in
 * a fixed number of statements however long the list.
 */
export type DeliveryCheck = (deliveries: CheckedDelivery[]) => Promise<Set<string>>;

/** What became of each key of a batch. */
export interface BatchOutcome {
  sent: string[];
  skipped: string[];
  held: string[];
  /** Not claimed: sent, skipped or held before, or being sent by another worker now. */
  alreadyDone: string[];
  /** Quiet hours: may go out from `notBefore`, and must be queued again for then. */
  notYet: { key: string; notBefore: Date }[];
  /** The send failed; the claim was given back so a retry can take it at once. */
  failed: { key: string; error: Error }[];
}

/**
 * Params made at send time, right before rendering (an account e-mail's link, whose token must
 * not be stored); merged over the stored ones. Registered per template by the context that plans it.
 */
export type DeliveryParams = (delivery: CheckedDelivery) => Promise<Record<string, unknown>>;

/**
 * A last look asked one delivery at a time, for templates whose deliveries are few (account
 * e-mails, a confidant's deadline reminders): one statement per delivery instead of per batch.
 */
export const oneByOne =
  (applies: (delivery: CheckedDelivery) => Promise<boolean>): DeliveryCheck =>
  async (deliveries) => {
    const answers = await Promise.all(deliveries.map((d) => applies(d)));
    return new Set(deliveries.filter((_, i) => answers[i]).map((d) => d.key));
  };

/** The mailer wraps it as `<id@imh-academy>`. */
export const messageIdFor = (key: string) => key.replace(/[^a-zA-Z0-9./_-]/g, '_');

/** Kinds nobody can switch off: no preference is read and no unsubscribe link is made. */
const UNCONDITIONAL = new Set(['ACCOUNT', 'DIGEST']);

interface ClaimedRow extends CheckedDelivery {
  email: string | null;
  locale: 'nl' | 'en' | null;
  recipientStatus: string | null;
  mode: EmailMode | null;
}

/**
 * Sends deliveries exactly once, a batch at a time: the keys are claimed in Postgres before
 * sending (one statement, which also reads each recipient and their preference and records the
 * unsubscribe link's hash) and marked after (one statement for every outcome). A retry, a
 * duplicate job or a second worker finds a key claimed or sent and does nothing with it; a worker
 * killed between the SMTP server's "OK" and the mark leaves a claim that times out, and the resend
 * carries the same Message-ID, which mail systems drop as a duplicate. Rows are locked in key
 * order by every statement here, so two workers with overlapping batches never deadlock.
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

  /**
   * The registered last looks for these deliveries (one call per template present; a template
   * without a check always applies): the keys that should still go out. The digest asks it too.
   */
  async stillApplying(deliveries: readonly CheckedDelivery[]): Promise<Set<string>> {
    const byTemplate = new Map<string, CheckedDelivery[]>();
    for (const d of deliveries) byTemplate.set(d.template, [...(byTemplate.get(d.template) ?? []), d]);
    const applying = new Set<string>();
    for (const [template, list] of byTemplate) {
      const check = this.checks.get(template);
      const keys = check ? await check(list) : new Set(list.map((d) => d.key));
      for (const d of list) if (keys.has(d.key)) applying.add(d.key);
    }
    return applying;
  }

  /** One delivery (a job queued under the single-key name, or a test): the batch of one. */
  async send(key: string, sendEmail: SendEmail, now = new Date()): Promise<SendOutcome> {
    const outcome = await this.sendBatch([key], sendEmail, now);
    if (outcome.failed.length) throw outcome.failed[0].error;
    if (outcome.sent.length) return 'sent';
    if (outcome.held.length) return 'held';
    if (outcome.skipped.length) return 'skipped';
    if (outcome.notYet.length) return { notBefore: outcome.notYet[0].notBefore };
    const [row] = await this.dataSource.query(`SELECT status FROM delivery WHERE key = $1`, [key]);
    return row?.status === DeliveryStatus.SKIPPED ? 'skipped' : 'already-sent';
  }

  /**
   * Claims, checks, sends and marks a batch of keys. Statements: one claim, one per template's
   * last look, one mark; one more only when some key could not be claimed (to tell quiet hours
   * from done). Sends go out concurrently; a failed send gives back that key's claim only.
   */
  async sendBatch(keys: readonly string[], sendEmail: SendEmail, now = new Date()): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { sent: [], skipped: [], held: [], alreadyDone: [], notYet: [], failed: [] };
    const unique = [...new Set(keys)].sort();
    if (!unique.length) return outcome;
    // One-click unsubscribe tokens, made before the claim so the claim records their hashes: only
    // the hash is kept, the token goes into the e-mail.
    const tokens = unique.map(() => randomBytes(24).toString('base64url'));
    const claimed: ClaimedRow[] = await this.dataSource.query(
      `WITH input AS (
         SELECT * FROM unnest($1::varchar[], $2::char(64)[]) AS i(key, hash)
       ), locked AS (
         SELECT d.key FROM delivery d
          WHERE d.key = ANY($1::varchar[])
            AND (d.status = 'PENDING' OR (d.status = 'SENDING' AND d.claimed_at < $4))
            AND d.not_before <= $3
          ORDER BY d.key
          FOR UPDATE
       ), claimed AS (
         UPDATE delivery d
            SET status = 'SENDING', claimed_at = $3, attempts = d.attempts + 1,
                unsubscribe_hash = CASE WHEN d.kind = ANY($5::varchar[]) THEN d.unsubscribe_hash ELSE i.hash END
           FROM locked l, input i
          WHERE d.key = l.key AND i.key = d.key
         RETURNING d.key, d.recipient_id, d.kind, d.template, d.params
       )
       SELECT c.key, c.recipient_id AS "recipientId", c.kind, c.template, c.params,
              u.email, u.locale, u.status AS "recipientStatus", p.mode
         FROM claimed c
         LEFT JOIN "user" u ON u.id = c.recipient_id
         LEFT JOIN notification_preference p ON p.user_id = c.recipient_id AND p.kind = c.kind`,
      [
        unique,
        tokens.map((token) => sha256(token)),
        now,
        new Date(now.getTime() - CLAIM_TIMEOUT_MS),
        [...UNCONDITIONAL],
      ],
    );
    const tokenOf = new Map(unique.map((key, i) => [key, tokens[i]]));

    const claimedKeys = new Set(claimed.map((d) => d.key));
    const unclaimed = unique.filter((key) => !claimedKeys.has(key));
    if (unclaimed.length) {
      const rows: { key: string; status: DeliveryStatus; not_before: Date }[] = await this.dataSource.query(
        `SELECT key, status, not_before FROM delivery WHERE key = ANY($1::varchar[])`,
        [unclaimed],
      );
      const byKey = new Map(rows.map((r) => [r.key, r]));
      for (const key of unclaimed) {
        const row = byKey.get(key);
        if (row?.status === DeliveryStatus.PENDING && new Date(row.not_before) > now) {
          outcome.notYet.push({ key, notBefore: new Date(row.not_before) });
        } else {
          outcome.alreadyDone.push(key);
        }
      }
    }
    if (!claimed.length) return outcome;

    const mark = new Map<string, DeliveryStatus>();
    try {
      const deliverable = claimed.filter((d) => d.email && d.recipientStatus !== 'DEACTIVATED');
      const applying = await this.stillApplying(deliverable);
      const toSend: ClaimedRow[] = [];
      for (const d of claimed) {
        const mode = UNCONDITIONAL.has(d.kind) ? EmailMode.IMMEDIATE : (d.mode ?? EmailMode.IMMEDIATE);
        if (!applying.has(d.key) || mode === EmailMode.OFF) mark.set(d.key, DeliveryStatus.SKIPPED);
        else if (mode === EmailMode.DIGEST) mark.set(d.key, DeliveryStatus.HELD);
        else toSend.push(d);
      }
      const base = this.config.PORTAL_URL.replace(/\/$/, '');
      const results = await Promise.allSettled(
        toSend.map(async (d) => {
          // What only the send may know (an account e-mail's fresh link), for this attempt; a
          // failure here is a failed send: the claim goes back.
          const params = { ...d.params, ...(await this.sendTimeParams.get(d.template)?.(d)) };
          // One click, for this kind: the token made before the claim, whose hash the claim kept.
          if (!UNCONDITIONAL.has(d.kind)) params.unsubscribeLink = `${base}/unsubscribe?token=${tokenOf.get(d.key)}`;
          return sendEmail(
            { template: d.template, to: d.email!, locale: d.locale!, params } as EmailJob,
            messageIdFor(d.key),
          );
        }),
      );
      results.forEach((result, i) => {
        const key = toSend[i].key;
        if (result.status === 'fulfilled') {
          mark.set(key, DeliveryStatus.SENT);
        } else {
          // Not sent (or not known to be): the claim goes back so the retry can take it at once.
          mark.set(key, DeliveryStatus.PENDING);
          outcome.failed.push({ key, error: result.reason as Error });
          this.logger.error(`delivery not sent: ${(result.reason as Error).name}`);
        }
      });
    } catch (error) {
      // The last look itself failed: every claim of the batch goes back, nothing was sent.
      for (const d of claimed) mark.set(d.key, DeliveryStatus.PENDING);
      await this.mark(mark);
      throw error;
    }
    await this.mark(mark);
    for (const [key, status] of mark) {
      if (status === DeliveryStatus.SENT) outcome.sent.push(key);
      else if (status === DeliveryStatus.SKIPPED) outcome.skipped.push(key);
      else if (status === DeliveryStatus.HELD) outcome.held.push(key);
    }
    return outcome;
  }

  /**
   * Every outcome of a batch in one statement, rows locked in key order. PENDING gives a claim
   * back, and only while it is still this worker's (SENDING).
   */
  private async mark(statuses: Map<string, DeliveryStatus>) {
    if (!statuses.size) return;
    const keys = [...statuses.keys()].sort();
    await this.dataSource.query(
      `WITH input AS (
         SELECT * FROM unnest($1::varchar[], $2::delivery_status[]) AS i(key, status)
       ), locked AS (
         SELECT d.key FROM delivery d WHERE d.key = ANY($1::varchar[]) ORDER BY d.key FOR UPDATE
       )
       UPDATE delivery d
          SET status = i.status,
              sent_at = CASE WHEN i.status = 'SENT' THEN now() ELSE d.sent_at END,
              claimed_at = CASE WHEN i.status = 'PENDING' THEN NULL ELSE d.claimed_at END
         FROM locked l, input i
        WHERE d.key = l.key AND i.key = d.key AND (i.status <> 'PENDING' OR d.status = 'SENDING')`,
      [keys, keys.map((k) => statuses.get(k))],
    );
  }
}

export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
