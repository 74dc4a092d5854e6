import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfidentialThreadService } from './confidential-thread.service';

export interface DeadlineScanResult {
  deleted: number;
}

/**
 * The practice's retention, run by the worker's hourly scan: closed threads past their retention
 * are deleted, each deletion audited without content. (The reminders and announcements are a
 * source of the reminder scan, through the delivery ledger: see ConfidentialReminders.)
 */
@Injectable()
export class ConfidentialDeadlines {
  private readonly logger = new Logger(ConfidentialDeadlines.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ConfidentialThreadService,
  ) {}

  async scan(now = new Date()): Promise<DeadlineScanResult> {
    const result = { deleted: await this.deleteExpired(now) };
    this.logger.log(`confidential retention: ${JSON.stringify(result)}`);
    return result;
  }

  private async deleteExpired(now: Date): Promise<number> {
    const { count, objects } = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM confidential_thread WHERE status = 'CLOSED' AND delete_after <= $1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      const storageKeys = await this.threads.deleteThreads(
        manager,
        rows.map((r) => r.id),
        'RETENTION',
        null,
      );
      return { count: rows.length, objects: storageKeys };
    });
    // The attachments' encrypted objects go once the rows are gone (as when the writer deletes).
    await this.threads.deleteObjects(objects);
    return count;
  }
}
