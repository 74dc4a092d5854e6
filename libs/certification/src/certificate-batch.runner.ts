import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode, type Role } from '@imh/common';
import { CertificateService } from './certificate.service';
import { CertificationAccess, CertificationPermission } from './certification.access';
import { CertificationRefusal } from './certification-refusal';
import { CertificateBatch, CertificateBatchOutcome, CertificateBatchStatus } from './entities/certificate-batch.entity';

/** Members taken per round; each is still its own transaction. */
const CHUNK = 50;

export interface BatchRunResult {
  status: CertificateBatchStatus;
  issued: number;
}

/**
 * Runs a bulk issue in the worker. Each member is one transaction that issues the certificate (its
 * number from the gapless counter), marks the member done and counts it on the batch, so a worker
 * killed at any moment leaves either all of that or none: the job, run again (BullMQ hands a stalled
 * job to the next worker; the scan queues a lost one), takes up the members still pending. Nothing is
 * issued twice (the member's row is locked and must be pending; issuing refuses a second valid
 * certificate) and no number is skipped (a rolled-back issue gives its number back).
 */
@Injectable()
export class CertificateBatchRunner {
  private readonly logger = new Logger(CertificateBatchRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly certificates: CertificateService,
    private readonly access: CertificationAccess,
  ) {}

  async run(batchId: string, onProgress?: (processed: number) => Promise<void>): Promise<BatchRunResult> {
    const batch = await this.dataSource.manager.findOneBy(CertificateBatch, { id: batchId });
    if (!batch) throw new Error(`Certificate batch ${batchId} does not exist.`);
    if (batch.status === CertificateBatchStatus.COMPLETED || batch.status === CertificateBatchStatus.FAILED) {
      return { status: batch.status, issued: batch.issued };
    }
    // The worker obeys the same rule as the API: the requester must still be an admin.
    const [requester]: { id: string; roles: Role[]; status: string }[] = await this.dataSource.query(
      `SELECT id, roles, status FROM "user" WHERE id = $1`,
      [batch.requestedById],
    );
    const actor = { userId: requester.id, roles: requester.status === 'ACTIVE' ? requester.roles : [] };
    try {
      await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [batch.cohortId] });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await this.fail(batchId, 'The requester may no longer issue certificates.');
      return { status: CertificateBatchStatus.FAILED, issued: batch.issued };
    }
    await this.start(batch);
    for (;;) {
      const pending: { studentId: string }[] = await this.dataSource.query(
        `SELECT student_id AS "studentId" FROM certificate_batch_item
          WHERE batch_id = $1 AND outcome = 'PENDING' ORDER BY position LIMIT $2`,
        [batchId, CHUNK],
      );
      if (!pending.length) break;
      const issued: string[] = [];
      for (const { studentId } of pending) {
        const certificateId = await this.issueOne(batch, actor, studentId);
        if (certificateId) issued.push(certificateId);
      }
      await this.certificates.queuePdfs(issued);
      if (onProgress) {
        const [row]: { processed: number }[] = await this.dataSource.query(
          `SELECT issued + already_certified + not_eligible AS processed FROM certificate_batch WHERE id = $1`,
          [batchId],
        );
        await onProgress(row.processed);
      }
    }
    const [done]: { issued: number }[] = await this.dataSource.query(
      `UPDATE certificate_batch SET status = 'COMPLETED', finished_at = now()
        WHERE id = $1 AND status = 'RUNNING'
          AND NOT EXISTS (SELECT 1 FROM certificate_batch_item WHERE batch_id = $1 AND outcome = 'PENDING')
      RETURNING issued`,
      [batchId],
    );
    const issued =
      done?.issued ?? (await this.dataSource.manager.findOneByOrFail(CertificateBatch, { id: batchId })).issued;
    this.logger.log(`certificate batch ${batchId} completed: ${issued} issued`);
    return { status: CertificateBatchStatus.COMPLETED, issued };
  }

  /** Marks a batch failed for good, with why (no personal data). */
  async fail(batchId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE certificate_batch SET status = 'FAILED', finished_at = now(), last_error = $2
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')`,
      [batchId, reason.slice(0, 500)],
    );
  }

  /** Lists the cohort's members as pending, once: a second start finds them listed and the batch running. */
  private async start(batch: CertificateBatch): Promise<void> {
    if (batch.status !== CertificateBatchStatus.QUEUED) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO certificate_batch_item (batch_id, student_id, position)
         SELECT $1, m.student_id, row_number() OVER (ORDER BY u.name, u.id)
           FROM cohort_member m JOIN "user" u ON u.id = m.student_id
          WHERE m.cohort_id = $2
         ON CONFLICT DO NOTHING`,
        [batch.id, batch.cohortId],
      );
      await manager.query(
        `UPDATE certificate_batch SET status = 'RUNNING', started_at = now(),
                total = (SELECT count(*) FROM certificate_batch_item WHERE batch_id = $1)
          WHERE id = $1 AND status = 'QUEUED'`,
        [batch.id],
      );
    });
  }

  /** One member, one transaction; returns the new certificate's id when one was issued. */
  private async issueOne(
    batch: CertificateBatch,
    actor: { userId: string; roles: readonly Role[] },
    studentId: string,
  ): Promise<string | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const locked: unknown[] = await manager.query(
          `SELECT 1 FROM certificate_batch_item
            WHERE batch_id = $1 AND student_id = $2 AND outcome = 'PENDING' FOR UPDATE SKIP LOCKED`,
          [batch.id, studentId],
        );
        if (!locked.length) return null; // done meanwhile, or another worker has it now
        const certificate = await this.certificates.issueIn(manager, actor, studentId, batch.trackId);
        await this.mark(manager, batch.id, studentId, CertificateBatchOutcome.ISSUED, certificate.id);
        return certificate.id;
      });
    } catch (error) {
      const outcome = outcomeOf(error);
      if (!outcome) throw error;
      // The refused issue wrote nothing; record why in a transaction of its own.
      await this.dataSource.transaction((manager) => this.mark(manager, batch.id, studentId, outcome, null));
      return null;
    }
  }

  private async mark(
    manager: EntityManager,
    batchId: string,
    studentId: string,
    outcome: CertificateBatchOutcome,
    certificateId: string | null,
  ): Promise<void> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE certificate_batch_item SET outcome = $3, certificate_id = $4, processed_at = now()
        WHERE batch_id = $1 AND student_id = $2 AND outcome = 'PENDING' RETURNING 1`,
      [batchId, studentId, outcome, certificateId],
    );
    if (!rows.length) return;
    const column = {
      [CertificateBatchOutcome.ISSUED]: 'issued',
      [CertificateBatchOutcome.ALREADY_CERTIFIED]: 'already_certified',
      [CertificateBatchOutcome.NOT_ELIGIBLE]: 'not_eligible',
      [CertificateBatchOutcome.PENDING]: null,
    }[outcome];
    if (column) await manager.query(`UPDATE certificate_batch SET ${column} = ${column} + 1 WHERE id = $1`, [batchId]);
  }
}

/** A refusal that is an answer for this member, not a failure of the batch. */
function outcomeOf(error: unknown): CertificateBatchOutcome | null {
  if (!(error instanceof DomainError)) return null;
  if (error.options.reason === CertificationRefusal.ALREADY_CERTIFIED) return CertificateBatchOutcome.ALREADY_CERTIFIED;
  if (error.options.reason === CertificationRefusal.NOT_ELIGIBLE) return CertificateBatchOutcome.NOT_ELIGIBLE;
  // A member whose account is gone is not someone to certify.
  if (error.code === ErrorCode.NOT_FOUND) return CertificateBatchOutcome.NOT_ELIGIBLE;
  return null;
}
