import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppConfig } from '@imh/config';
import { Clock, ReminderScan, type ReminderScanResult } from '@imh/notifications';
import { QueueName } from '@imh/queue';
import { scheduleOnce } from '../schedule-once';

export const SCAN_REMINDERS = 'scan-reminders';

/**
 * Runs the reminder scan (due soon, overdue, grading backlog, meeting tomorrow) every
 * REMINDER_SCAN_MINUTES. A scan rather than a delayed job per student: it reaches students who
 * join a cohort after a date was set, and a moved due date, an extension or a hand-in needs no job
 * to be found and cancelled — the next scan simply plans what applies then, and the ledger's keys
 * (with the due date in them) keep anything from going twice. The scheduler is created here, by the
 * worker only, once (`scheduleOnce`), so several workers share one schedule. The job carries no payload.
 */
@Processor(QueueName.REMINDERS)
export class RemindersProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersProcessor.name);

  constructor(
    @InjectQueue(QueueName.REMINDERS) private readonly queue: Queue,
    private readonly reminders: ReminderScan,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await scheduleOnce(this.queue, SCAN_REMINDERS, { every: this.config.REMINDER_SCAN_MINUTES * 60_000 });
  }

  async process(job: Job): Promise<ReminderScanResult> {
    if (job.name !== SCAN_REMINDERS) throw new Error(`Unknown reminders job ${job.name}`);
    const result = await this.reminders.scan(this.clock.now());
    this.logger.log(`reminders: ${JSON.stringify(result)}`);
    return result;
  }
}
