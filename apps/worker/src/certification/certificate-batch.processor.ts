import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  batchJobId,
  CertificateBatchRunner,
  ISSUE_CERTIFICATE_BATCH,
  type IssueCertificateBatchJob,
} from '@imh/certification';
import { QueueName } from '@imh/queue';
import { scheduleOnce } from '../schedule-once';

export const SCAN_OPEN_BATCHES = 'scan-open-certificate-batches';

/**
 * Runs bulk issues. A short lock (renewed while the job runs) lets a worker that was killed lose the
 * job within seconds, and BullMQ hands it to the next worker, which takes up the members still
 * pending. A scan every minute queues any unfinished batch whose job is gone (never queued, or
 * failed for good after its retries) under the same job id, so a batch is never run by two jobs.
 */
@Processor(QueueName.CERTIFICATE_BATCHES, { lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 5 })
export class CertificateBatchProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificateBatchProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.CERTIFICATE_BATCHES) private readonly queue: Queue,
    private readonly runner: CertificateBatchRunner,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await scheduleOnce(this.queue, SCAN_OPEN_BATCHES, { every: 60_000 });
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === ISSUE_CERTIFICATE_BATCH) {
      const { batchId } = job.data as IssueCertificateBatchJob;
      return this.runner.run(batchId, (processed) => job.updateProgress(processed));
    }
    if (job.name === SCAN_OPEN_BATCHES) return this.scan();
    throw new Error(`Unknown certificate batch job ${job.name}`);
  }

  /** The last retry failed: the batch says so (its certificates so far stand; a new batch does the rest). */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error) {
    if (!job || job.name !== ISSUE_CERTIFICATE_BATCH) return;
    if (job.attemptsMade < (job.opts.attempts ?? 1)) return;
    await this.runner.fail((job.data as IssueCertificateBatchJob).batchId, `${error.name}: ${error.message}`);
  }

  async scan(): Promise<{ queued: number }> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM certificate_batch
        WHERE status IN ('QUEUED', 'RUNNING') AND created_at < now() - interval '1 minute'
        ORDER BY created_at LIMIT 100`,
    );
    let queued = 0;
    for (const { id } of rows) {
      const job = await this.queue.getJob(batchJobId(id));
      if (job) continue; // waiting, active or retrying: BullMQ has it
      await this.queue.add(ISSUE_CERTIFICATE_BATCH, { batchId: id }, { jobId: batchJobId(id) });
      queued++;
    }
    if (queued) this.logger.log(`queued ${queued} unfinished certificate batches`);
    return { queued };
  }
}
