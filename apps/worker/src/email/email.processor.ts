import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { EmailJob, QueueName } from '@imh/queue';
import { MailerService } from './mailer.service';
import { renderEmail } from './templates';

/** Sends one e-mail per job. Logs the template and job id, never the address or body. */
@Processor(QueueName.EMAIL)
export class EmailProcessor extends WorkerHost {
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(private readonly mailer: MailerService) {
    super();
  }

  async process(job: Job<EmailJob>): Promise<void> {
    const rendered = renderEmail(job.data);
    await this.mailer.send(job.data.to, rendered, job.id ?? `${job.name}-${job.timestamp}`);
    this.logger.log(`sent ${job.data.template} job=${job.id}`);
  }
}
