import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { ConfidentialDeadlines, type DeadlineScanResult } from '@imh/confidential';
import { QueueName } from '@imh/queue';
import { scheduleOnce } from '../schedule-once';

export const SCAN_CONFIDENTIAL_DEADLINES = 'scan-confidential-deadlines';

/**
 * The confidential channel's hourly retention scan (its reminders and announcements are part of
 * the reminder scan). The scheduler is created by the worker only, once (`scheduleOnce`), so
 * several workers share it;
 * the job carries no payload at all.
 */
@Processor(QueueName.CONFIDENTIAL)
export class ConfidentialDeadlinesProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.CONFIDENTIAL) private readonly queue: Queue,
    private readonly deadlines: ConfidentialDeadlines,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await scheduleOnce(this.queue, SCAN_CONFIDENTIAL_DEADLINES, { every: 3600_000 });
  }

  async process(job: Job): Promise<DeadlineScanResult> {
    if (job.name !== SCAN_CONFIDENTIAL_DEADLINES) throw new Error(`Unknown confidential job ${job.name}`);
    return this.deadlines.scan(new Date());
  }
}
