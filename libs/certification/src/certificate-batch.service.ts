import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Cohort, CohortMember } from '@imh/cohorts';
import { type Actor, assertSignedIn, clampPage, DomainError, type Page, type PageRequest } from '@imh/common';
import { QueueName } from '@imh/queue';
import { CertificationAccess, CertificationPermission } from './certification.access';
import { CertificationRefusal } from './certification-refusal';
import { CertificateBatch, CertificateBatchStatus } from './entities/certificate-batch.entity';
import { CertificateBatchView } from './views/certificate-batch.types';

export const ISSUE_CERTIFICATE_BATCH = 'issue-certificate-batch';

/** The job carries the batch id only; everything else is read from Postgres when it runs. */
export interface IssueCertificateBatchJob {
  batchId: string;
}

/** One job per batch, by id: queuing it again (the API, the worker's scan) adds nothing. */
export const batchJobId = (batchId: string) => `batch-${batchId}`;

const OPEN = [CertificateBatchStatus.QUEUED, CertificateBatchStatus.RUNNING];

export function batchView(b: CertificateBatch): CertificateBatchView {
  const processed = b.issued + b.alreadyCertified + b.notEligible;
  const done = b.status === CertificateBatchStatus.COMPLETED;
  return {
    id: b.id,
    cohortId: b.cohortId,
    cohortName: b.cohort?.name ?? '',
    trackId: b.trackId,
    trackTitle: b.track?.title ?? '',
    requestedByName: b.requestedBy?.name ?? '',
    status: b.status,
    total: b.total,
    issued: b.issued,
    alreadyCertified: b.alreadyCertified,
    notEligible: b.notEligible,
    processed,
    percent: done ? 100 : b.total ? Math.min(99, Math.floor((processed * 100) / b.total)) : 0,
    running: OPEN.includes(b.status),
    createdAt: b.createdAt,
    startedAt: b.startedAt,
    finishedAt: b.finishedAt,
  };
}

/**
 * Bulk issuing, as the API sees it: an admin asks for a cohort's certificates (a batch row and its
 * audit event in one transaction, then one job), and reads the batches' progress. The worker runs
 * them (CertificateBatchRunner).
 */
@Injectable()
export class CertificateBatchService {
  private readonly logger = new Logger(CertificateBatchService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CertificationAccess,
    private readonly audit: AuditService,
    @InjectQueue(QueueName.CERTIFICATE_BATCHES) private readonly queue: Queue<IssueCertificateBatchJob>,
  ) {}

  async request(actor: Actor | null, input: { cohortId: string }): Promise<CertificateBatchView> {
    await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [input.cohortId] });
    const batch = await this.dataSource.transaction(async (manager) => {
      const cohort = await manager.findOne(Cohort, {
        where: { id: input.cohortId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!cohort) throw DomainError.notFound('Cohort');
      // The cohort row lock orders two admins' clicks; the partial unique index backs it up.
      const open = await manager.findOne(CertificateBatch, {
        where: OPEN.map((status) => ({ cohortId: cohort.id, status })),
      });
      if (open) {
        throw DomainError.conflict(
          `Certificates for ${cohort.name} are being issued already.`,
          CertificationRefusal.BATCH_ALREADY_RUNNING,
          { cohort: cohort.name, batchId: open.id },
        );
      }
      if (!(await manager.existsBy(CohortMember, { cohortId: cohort.id }))) {
        throw DomainError.badInput(
          `${cohort.name} has no members.`,
          { cohortId: 'empty' },
          CertificationRefusal.COHORT_HAS_NO_MEMBERS,
          { cohort: cohort.name },
        );
      }
      const created = await manager.save(
        manager.create(CertificateBatch, {
          cohortId: cohort.id,
          trackId: cohort.trackId,
          requestedById: actor!.userId,
          status: CertificateBatchStatus.QUEUED,
        }),
      );
      await this.audit.record(manager, {
        actorId: actor!.userId,
        action: 'certificate.batch_requested',
        subjectType: 'cohort',
        subjectId: cohort.id,
        data: { batchId: created.id, trackId: cohort.trackId },
      });
      return created;
    });
    await this.enqueue(batch.id);
    return this.one(this.dataSource.manager, batch.id);
  }

  /** After commit. A batch whose job never reached Redis is queued by the worker's scan. */
  private async enqueue(batchId: string): Promise<void> {
    try {
      await this.queue.add(ISSUE_CERTIFICATE_BATCH, { batchId }, { jobId: batchJobId(batchId) });
    } catch (error) {
      this.logger.error(`could not queue certificate batch ${batchId}: ${String(error)}`);
    }
  }

  async batch(actor: Actor | null, id: string): Promise<CertificateBatchView> {
    await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [id] });
    return this.one(this.dataSource.manager, id);
  }

  /** Admins: bulk issues, newest first, optionally of one cohort. One query for the page and one count. */
  async batches(
    actor: Actor | null,
    filter: { cohortId?: string | null },
    pageRequest?: PageRequest | null,
  ): Promise<Page<CertificateBatchView>> {
    assertSignedIn(actor);
    await this.access.require({ actor, permission: CertificationPermission.CERTIFY, ids: [actor.userId] });
    const { offset, limit } = clampPage(pageRequest);
    const [list, totalCount] = await this.dataSource.manager.findAndCount(CertificateBatch, {
      where: filter.cohortId ? { cohortId: filter.cohortId } : {},
      relations: { cohort: true, track: true, requestedBy: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { items: list.map(batchView), totalCount, offset, limit };
  }

  private async one(manager: EntityManager, id: string): Promise<CertificateBatchView> {
    const batch = await manager.findOne(CertificateBatch, {
      where: { id },
      relations: { cohort: true, track: true, requestedBy: true },
    });
    if (!batch) throw DomainError.notFound('Certificate batch');
    return batchView(batch);
  }
}
