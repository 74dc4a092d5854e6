import { registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Track } from '@imh/catalogue';
import { Cohort } from '@imh/cohorts';
import { User } from '@imh/identity';
import { Certificate } from './certificate.entity';

export enum CertificateBatchStatus {
  /** Asked for; the worker has not started it. */
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  /** Stopped for good (the requester may no longer certify, or the job kept failing): see lastError. */
  FAILED = 'FAILED',
}
registerEnumType(CertificateBatchStatus, { name: 'CertificateBatchStatus' });

/** What a bulk issue did for one member of the cohort. */
export enum CertificateBatchOutcome {
  PENDING = 'PENDING',
  ISSUED = 'ISSUED',
  ALREADY_CERTIFIED = 'ALREADY_CERTIFIED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}

/**
 * An admin's request to issue the certificate to every eligible member of a cohort, run by the
 * worker. Its counters change in the same transaction as each certificate, so they are the
 * progress exactly; at most one batch per cohort is unfinished at a time.
 */
@Entity('certificate_batch')
@Index('certificate_batch_one_open_per_cohort', ['cohortId'], {
  unique: true,
  where: `status IN ('QUEUED', 'RUNNING')`,
})
@Index('certificate_batch_created', ['createdAt'])
export class CertificateBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<Cohort>;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => Track, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'track_id' })
  track?: Relation<Track>;

  /** The admin who asked: the signatory of every certificate of the batch. */
  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: Relation<User>;

  @Column({ type: 'varchar', length: 10, default: CertificateBatchStatus.QUEUED })
  status: CertificateBatchStatus;

  /** The cohort's members when the worker started (0 until then). */
  @Column({ type: 'int', default: 0 })
  total: number;

  @Column({ type: 'int', default: 0 })
  issued: number;

  @Column({ name: 'already_certified', type: 'int', default: 0 })
  alreadyCertified: number;

  @Column({ name: 'not_eligible', type: 'int', default: 0 })
  notEligible: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Why a FAILED batch stopped: an error class and message, never personal data. */
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;
}

/** One member of a batch's cohort and what the batch did for them; each is done exactly once. */
@Entity('certificate_batch_item')
@Index('certificate_batch_item_pending', ['batchId', 'position'], { where: `outcome = 'PENDING'` })
export class CertificateBatchItem {
  @PrimaryColumn({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @ManyToOne(() => CertificateBatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id' })
  batch?: Relation<CertificateBatch>;

  @PrimaryColumn({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<User>;

  /** The order the worker takes them in (the cohort's members by name). */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 20, default: CertificateBatchOutcome.PENDING })
  outcome: CertificateBatchOutcome;

  @Column({ name: 'certificate_id', type: 'uuid', nullable: true })
  certificateId: string | null;

  @ManyToOne(() => Certificate, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificate_id' })
  certificate?: Relation<Certificate> | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
