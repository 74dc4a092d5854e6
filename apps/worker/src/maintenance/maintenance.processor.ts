import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource, LessThan } from 'typeorm';
import { FileHousekeeping } from '@imh/files';
import { Session, UserToken } from '@imh/identity';
import { QueueName } from '@imh/queue';
import { scheduleOnce } from '../schedule-once';

export const PURGE_EXPIRED = 'purge-expired';
/** Uploads nothing refers to, a day after they were made (see FileHousekeeping). */
export const PURGE_UNATTACHED_FILES = 'purge-unattached-files';
/** Used link tokens are kept a while for support questions ("my link did not work"). */
const TOKEN_RETENTION_MS = 30 * 24 * 3600_000;

/**
 * Housekeeping on a schedule. The schedulers are created by the worker only, once (`scheduleOnce`),
 * so several workers share one schedule instead of each adding their own.
 */
@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue,
    private readonly files: FileHousekeeping,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await scheduleOnce(this.queue, PURGE_EXPIRED, { every: 3600_000 });
    await scheduleOnce(this.queue, PURGE_UNATTACHED_FILES, { every: 3600_000 });
  }

  async process(job: Job): Promise<Record<string, number>> {
    switch (job.name) {
      case PURGE_EXPIRED:
        return this.purgeExpired();
      case PURGE_UNATTACHED_FILES: {
        const files = await this.files.removeUnattached();
        this.logger.log(`removed ${files} uploads that were never attached`);
        return { files };
      }
      default:
        throw new Error(`Unknown maintenance job ${job.name}`);
    }
  }

  private async purgeExpired(): Promise<{ sessions: number; tokens: number }> {
    const now = Date.now();
    const sessions = await this.dataSource.getRepository(Session).delete({ expiresAt: LessThan(new Date(now)) });
    const tokens = await this.dataSource
      .getRepository(UserToken)
      .delete({ expiresAt: LessThan(new Date(now - TOKEN_RETENTION_MS)) });
    const result = { sessions: sessions.affected ?? 0, tokens: tokens.affected ?? 0 };
    this.logger.log(`purged ${result.sessions} expired sessions, ${result.tokens} old link tokens`);
    return result;
  }
}
