import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@imh/config';
import { EmailJob, jobId, QueueName } from '@imh/queue';
import { ConfidentialThreadService } from './confidential-thread.service';

const HOUR = 3600_000;
export const FIRST_REMINDER_MS = 48 * HOUR;
export const OVERDUE_REMINDER_MS = 7 * 24 * HOUR;

export interface DeadlineScanResult {
  announced: number;
  reminded: number;
  overdue: number;
  deleted: number;
}

/**
 * The practice's deadlines, run by the worker's hourly scan: an unanswered thread reminds its
 * confidants after 48 hours and again (overdue) after 7 days; new anonymous threads and replies
 * are announced here rather than at once (see the thread service); closed threads past their
 * retention are deleted, each deletion audited without content. The e-mails say only that there
 * is a message, with a link: never a subject, a body or a writer's name.
 */
@Injectable()
export class ConfidentialDeadlines {
  private readonly logger = new Logger(ConfidentialDeadlines.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.EMAIL) private readonly emailQueue: Queue<EmailJob>,
    private readonly threads: ConfidentialThreadService,
    private readonly config: AppConfig,
  ) {}

  async scan(now = new Date()): Promise<DeadlineScanResult> {
    const announced = await this.announceAnonymous(now);
    const reminded = await this.remind(now, FIRST_REMINDER_MS, 'reminded_at', 'reminder');
    const overdue = await this.remind(now, OVERDUE_REMINDER_MS, 'overdue_reminded_at', 'overdue');
    const deleted = await this.deleteExpired(now);
    const result = { announced, reminded, overdue, deleted };
    this.logger.log(`confidential deadlines: ${JSON.stringify(result)}`);
    return result;
  }

  /** Anonymous messages waiting for an answer that nobody has been told about yet. */
  private async announceAnonymous(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE confidential_thread SET announced_at = $1
          WHERE writer_kind = 'ANONYMOUS' AND awaiting_answer_since IS NOT NULL
            AND announced_at IS NULL
            AND status <> 'CLOSED'
        RETURNING id`,
        [now],
      );
      for (const { id } of rows) await this.mail(manager, id, 'new', now);
      return rows.length;
    });
  }

  private async remind(
    now: Date,
    after: number,
    column: 'reminded_at' | 'overdue_reminded_at',
    occasion: 'reminder' | 'overdue',
  ) {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE … RETURNING with [rows, affected].
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE confidential_thread SET ${column} = $1
          WHERE awaiting_answer_since IS NOT NULL AND awaiting_answer_since <= $2
            AND ${column} IS NULL AND status <> 'CLOSED'
        RETURNING id`,
        [now, new Date(now.getTime() - after)],
      );
      for (const { id } of rows) await this.mail(manager, id, occasion, now);
      return rows.length;
    });
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

  /** One e-mail per confidant who can read the thread; the job id makes a retried scan send nothing twice. */
  private async mail(manager: EntityManager, threadId: string, occasion: 'new' | 'reminder' | 'overdue', now: Date) {
    const people: { id: string; email: string; name: string; locale: 'nl' | 'en' }[] = await manager.query(
      `SELECT u.id, u.email, u.name, u.locale FROM confidential_reader r JOIN "user" u ON u.id = r.user_id
         JOIN confidential_thread t ON t.id = r.thread_id
        WHERE r.thread_id = $1 AND u.status = 'ACTIVE' AND 'CONFIDANT' = ANY(u.roles)
          AND r.user_id IS DISTINCT FROM t.writer_id`,
      [threadId],
    );
    for (const p of people) {
      await this.emailQueue.add(
        'confidential-message',
        {
          template: 'confidential-message',
          to: p.email,
          locale: p.locale,
          params: { name: p.name, occasion, link: `${this.config.PORTAL_URL}/vertrouwelijk/${threadId}` },
        },
        { jobId: jobId('confidential', occasion, threadId, p.id, String(now.getTime())) },
      );
    }
  }
}
