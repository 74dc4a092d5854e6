import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { collectDueReminders } from '@imh/assignments';
import { AppConfig } from '@imh/config';
import { EmailJob, QueueName } from '@imh/queue';

export const SCAN_DUE_REMINDERS = 'scan-due-reminders';

/**
 * Reminds students 48 hours before their effective due date (an extension moves it) when
 * they have not handed in. A scan on a schedule rather than one delayed job per student: it
 * also reaches students who join a cohort after the date was set, and a moved date needs no
 * job to be found and cancelled. The scheduler is upserted by id, so several workers share it.
 */
@Processor(QueueName.ASSIGNMENTS)
export class AssignmentReminderProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(AssignmentReminderProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.ASSIGNMENTS) private readonly queue: Queue,
    @InjectQueue(QueueName.EMAIL) private readonly emailQueue: Queue<EmailJob>,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler(SCAN_DUE_REMINDERS, { every: 15 * 60_000 }, { name: SCAN_DUE_REMINDERS });
  }

  async process(job: Job): Promise<{ reminded: number }> {
    if (job.name !== SCAN_DUE_REMINDERS) throw new Error(`Unknown assignments job ${job.name}`);
    return this.scan(new Date());
  }

  /**
   * Records and enqueues in one transaction: if the e-mail cannot be queued, the record is
   * rolled back and the next scan tries again; the e-mail's job id keeps a retry from sending twice.
   */
  async scan(now: Date): Promise<{ reminded: number }> {
    const reminded = await this.dataSource.transaction(async (manager) => {
      const jobs = await collectDueReminders(manager, now, this.config.PORTAL_URL);
      if (jobs.length) await this.emailQueue.addBulk(jobs);
      return jobs.length;
    });
    if (reminded) this.logger.log(`queued ${reminded} due-date reminders`);
    return { reminded };
  }
}
