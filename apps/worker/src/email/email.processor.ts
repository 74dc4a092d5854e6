import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '@imh/config';
import { Clock, DeliverySender, OutboxRelay, type SendEmail } from '@imh/notifications';
import { DELIVERIES_JOB, DELIVERY_JOB, DeliveryBatchJob, DeliveryJob, EmailJob, QueueName } from '@imh/queue';
import { MailerService } from './mailer.service';
import { renderEmail } from './templates';

/**
 * Sends e-mail. A `deliveries` job names a batch of rows of the delivery ledger, which decides
 * whether each still goes out and makes sure it goes out once; a `delivery` job (one key, queued
 * before batches) is a batch of one; other jobs carry their e-mail (only the public intake
 * confirmation, whose recipient has no account for the ledger to key on). Logs the template and job
 * id, never the address or body.
 */
// Several jobs at once (EMAIL_CONCURRENCY), each sending its batch concurrently through the SMTP
// pool: SMTP is waiting on the network, and the ledger's claim keeps two jobs for the same delivery
// from both sending.
@Processor(QueueName.EMAIL)
export class EmailProcessor extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(
    private readonly mailer: MailerService,
    private readonly deliveries: DeliverySender,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap() {
    // The decorator's options are fixed when the class is defined; the setting is read at start
    // (the worker exists once the modules are initialised).
    this.worker.concurrency = this.config.EMAIL_CONCURRENCY;
  }

  /**
   * Shutdown: the BullMQ worker first (it takes no new job and waits for the active ones, whose
   * e-mails are in the SMTP pool), then the pool. Nest would otherwise destroy the mailer before
   * @nestjs/bullmq closes the workers, failing the sends of the active batches. Closing the worker
   * again later, as @nestjs/bullmq does, waits for the same close.
   */
  async onModuleDestroy() {
    await this.worker.close();
    this.mailer.close();
  }

  private readonly sendEmail: SendEmail = (email, messageId) =>
    this.mailer.send(email.to, renderEmail(email), messageId);

  async process(job: Job<EmailJob | DeliveryJob | DeliveryBatchJob>): Promise<unknown> {
    if (job.name === DELIVERIES_JOB || job.name === DELIVERY_JOB) {
      const keys = deliveryKeys(job);
      const now = this.clock.now();
      const outcome = await this.deliveries.sendBatch(keys, this.sendEmail, now);
      // Quiet hours: queued again, delayed until they may go out (a job of their own, so the
      // rest of this batch is done with).
      if (outcome.notYet.length) await this.relay.queueDeliveries(outcome.notYet, now, `at-${now.getTime()}`);
      const summary =
        `sent=${outcome.sent.length} skipped=${outcome.skipped.length} held=${outcome.held.length} ` +
        `done-before=${outcome.alreadyDone.length} later=${outcome.notYet.length} failed=${outcome.failed.length}`;
      // A failed send fails the job, which BullMQ retries: the keys sent meanwhile are SENT and not
      // claimed again, so only the failed ones go out on the retry.
      if (outcome.failed.length) {
        throw new Error(`${outcome.failed.length} of ${keys.length} deliveries not sent (${summary})`);
      }
      this.logger.log(`deliveries ${summary} job=${job.id}`);
      return summary;
    }
    const email = job.data as EmailJob;
    if (!email || typeof email.to !== 'string' || !email.template) throw new Error('Malformed e-mail job.');
    const rendered = renderEmail(email);
    await this.mailer.send(email.to, rendered, job.id ?? `${job.name}-${job.timestamp}`);
    this.logger.log(`sent ${email.template} job=${job.id}`);
  }
}

/** The keys a delivery job names, checked: a malformed payload fails with the reason, not a query. */
function deliveryKeys(job: Job<unknown>): string[] {
  if (job.name === DELIVERY_JOB) {
    const { deliveryKey } = (job.data ?? {}) as Partial<DeliveryJob>;
    if (typeof deliveryKey !== 'string' || !deliveryKey) throw new Error('A delivery job needs a deliveryKey.');
    return [deliveryKey];
  }
  const { deliveryKeys: keys } = (job.data ?? {}) as Partial<DeliveryBatchJob>;
  if (!Array.isArray(keys) || !keys.length || !keys.every((k) => typeof k === 'string' && k.length > 0)) {
    throw new Error('A deliveries job needs deliveryKeys, a list of delivery keys.');
  }
  return keys;
}
