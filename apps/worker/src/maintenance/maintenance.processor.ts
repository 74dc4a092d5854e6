import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource, LessThan } from 'typeorm';
import { Session, UserToken } from '@imh/identity';
import { QueueName } from '@imh/queue';

export const PURGE_EXPIRED = 'purge-expired';
/** Used link tokens are kept a while for support questions ("my link did not work"). */
const TOKEN_RETENTION_MS = 30 * 24 * 3600_000;

/**
 * Housekeeping on a schedule. The scheduler is upserted by id at every worker start, so
 * several workers share one schedule instead of each adding their own.
 */
@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler(PURGE_EXPIRED, { every: 3600_000 }, { name: PURGE_EXPIRED });
  }

  async process(job: Job): Promise<{ sessions: number; tokens: number }> {
    if (job.name !== PURGE_EXPIRED) throw new Error(`Unknown maintenance job ${job.name}`);
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
