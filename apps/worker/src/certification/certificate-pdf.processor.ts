import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  CertificateExpiryReminders,
  CertificatePdfService,
  RENDER_CERTIFICATE_PDF,
  type RenderCertificatePdfJob,
} from '@imh/certification';
import { QueueName } from '@imh/queue';
import { scheduleOnce } from '../schedule-once';

export const SCAN_MISSING_PDFS = 'scan-missing-certificate-pdfs';
export const SCAN_EXPIRING_CERTIFICATES = 'scan-expiring-certificates';

/**
 * Renders certificate PDFs. The API queues one job per certificate after the issuing transaction
 * commits; a scheduled scan queues any certificate still without a PDF (a job lost between commit
 * and queue, or a worker that died), with the same job id, so nothing is rendered twice. Also runs
 * the hourly scan for certificate expiry reminders.
 */
@Processor(QueueName.CERTIFICATES)
export class CertificatePdfProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificatePdfProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.CERTIFICATES) private readonly queue: Queue,
    private readonly pdfs: CertificatePdfService,
    private readonly expiry: CertificateExpiryReminders,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await scheduleOnce(this.queue, SCAN_MISSING_PDFS, { every: 10 * 60_000 });
    // Expiry reminders (90 and 30 days before): hourly; the ledger and the quiet hours decide when e-mail goes.
    await scheduleOnce(this.queue, SCAN_EXPIRING_CERTIFICATES, { pattern: '15 * * * *', tz: 'Europe/Amsterdam' });
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === RENDER_CERTIFICATE_PDF) {
      return this.pdfs.render((job.data as RenderCertificatePdfJob).certificateId);
    }
    if (job.name === SCAN_MISSING_PDFS) return this.scan();
    if (job.name === SCAN_EXPIRING_CERTIFICATES) return this.expiry.scan();
    throw new Error(`Unknown certificates job ${job.name}`);
  }

  async scan(): Promise<{ queued: number }> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM certificate WHERE pdf_file_id IS NULL AND created_at < now() - interval '1 minute' LIMIT 500`,
    );
    if (rows.length) {
      await this.queue.addBulk(
        rows.map((r) => ({
          name: RENDER_CERTIFICATE_PDF,
          data: { certificateId: r.id },
          opts: { jobId: `pdf-${r.id}` },
        })),
      );
      this.logger.log(`queued ${rows.length} missing certificate PDFs`);
    }
    return { queued: rows.length };
  }
}
