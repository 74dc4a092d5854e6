import { registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Track } from '@imh/catalogue';
import { User } from '@imh/identity';
import type { GroupingMode, GroupPin } from '../grouping';

export enum CohortProposalStatus {
  /** Open: the admin may move students, commit or discard it. */
  PROPOSED = 'PROPOSED',
  COMMITTED = 'COMMITTED',
  DISCARDED = 'DISCARDED',
}
registerEnumType(CohortProposalStatus, { name: 'CohortProposalStatus' });

/** A pool student as the proposal saw them; null discipline or organisation means none known. */
export interface ProposalPoolStudent {
  id: string;
  disciplineId: string | null;
  organisationId: string | null;
}

/** Everything the grouping was asked, so a proposal can be re-scored and re-checked later. */
export interface ProposalInput {
  /** The admin's chosen list, or null for "every student of the track without a cohort". */
  studentIds: string[] | null;
  /** The pool at proposal time, with the disciplines and organisations the groups were scored on. */
  pool: ProposalPoolStudent[];
  bounds: { minSize?: number; maxSize?: number; groupCount?: number };
  constraints: { pins: GroupPin[]; together: [string, string][]; apart: [string, string][] };
  seed: number;
  mode: GroupingMode;
  /** The organisation of an in-company proposal (its pool is that organisation's students). */
  organisationId: string | null;
}

/**
 * The grouping algorithm's suggested split of a pool into cohorts, kept until an admin commits
 * or discards it. `poolFingerprint` hashes who was in the pool, so a commit can tell that
 * someone enrolled, withdrew or was placed elsewhere in the meantime.
 */
@Entity('cohort_proposal')
@Index(['trackId', 'createdAt'])
export class CohortProposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => Track, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id' })
  track?: Relation<Track>;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User> | null;

  @Column({ type: 'jsonb' })
  input: ProposalInput;

  /** Student ids per group, in group order; each group sorted by id. */
  @Column({ type: 'jsonb' })
  groups: string[][];

  @Column({ name: 'pool_fingerprint', type: 'varchar', length: 64 })
  poolFingerprint: string;

  @Column({
    type: 'enum',
    enum: CohortProposalStatus,
    enumName: 'cohort_proposal_status',
    default: CohortProposalStatus.PROPOSED,
  })
  status: CohortProposalStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt: Date | null;
}
