import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { Clock, DeliverySender } from '@imh/notifications';
import { DeliveryJob, EmailJob, QueueName } from '@imh/queue';
import { MailerService } from './mailer.service';
import { renderEmail } from './templates';

/**
 * Sends e-mail. A `delivery` job names a row of the delivery ledger, which decides whether it
 * still goes out and makes sure it goes out once; other jobs carry their e-mail (account e-mails
 * not yet moved to the ledger). Logs the template and job id, never the address or body.
 */
// Several sends at once: SMTP is waiting on the network, and the ledger's claim keeps two jobs for
// the same delivery from both sending.
@Processor(QueueName.EMAIL, { concurrency: 8 })
export class EmailProcessor extends WorkerHost {
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(
    private readonly mailer: MailerService,
    private readonly deliveries: DeliverySender,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job<EmailJob | DeliveryJob>, token?: string): Promise<unknown> {
    if (job.name === 'delivery') {
      const { deliveryKey } = job.data as DeliveryJob;
      if (typeof deliveryKey !== 'string' || !deliveryKey) throw new Error('A delivery job needs a deliveryKey.');
      const outcome = await this.deliveries.send(
        deliveryKey,
        (email, messageId) => this.mailer.send(email.to, renderEmail(email), messageId),
        this.clock.now(),
      );
      if (typeof outcome === 'object') {
        // Quiet hours: back to the delayed set until the time it may go out.
        await job.moveToDelayed(outcome.notBefore.getTime(), token);
        throw new DelayedError();
      }
      this.logger.log(`delivery ${outcome} job=${job.id}`);
      return outcome;
    }
    const email = job.data as EmailJob;
    if (!email || typeof email.to !== 'string' || !email.template) throw new Error('Malformed e-mail job.');
    const rendered = renderEmail(email);
    await this.mailer.send(email.to, rendered, job.id ?? `${job.name}-${job.timestamp}`);
    this.logger.log(`sent ${email.template} job=${job.id}`);
  }
}
