import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
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
import { Organisation } from '@imh/identity';
import { CohortProposal } from './cohort-proposal.entity';

/** `IN_COMPANY` cohorts are trained for one organisation; `OPEN` ones mix employers. */
export enum CohortMode {
  OPEN = 'OPEN',
  IN_COMPANY = 'IN_COMPANY',
}

export enum CohortStatus {
  /** Formed; the period has not started. */
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}

registerEnumType(CohortMode, { name: 'CohortMode' });
registerEnumType(CohortStatus, { name: 'CohortStatus' });

/**
 * A lesgroep: students following a track together in a period, with docents and meetings.
 * The track is fixed once the cohort exists: memberships carry it to keep one cohort per
 * student and track.
 */
@ObjectType()
@Entity('cohort')
@Check('CHK_cohort_period', `"ends_on" > "starts_on"`)
@Check('CHK_cohort_in_company_organisation', `("mode" = 'IN_COMPANY') = ("organisation_id" IS NOT NULL)`)
export class Cohort {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => Track, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'track_id' })
  track?: Relation<Track>;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field({ description: 'First day of the period (YYYY-MM-DD, Europe/Amsterdam).' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD, Europe/Amsterdam).' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Field(() => CohortMode)
  @Column({ type: 'enum', enum: CohortMode, enumName: 'cohort_mode', default: CohortMode.OPEN })
  mode: CohortMode;

  @Field(() => ID, { nullable: true, description: 'The organisation of an in-company cohort.' })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation> | null;

  @Field(() => CohortStatus)
  @Index()
  @Column({ type: 'enum', enum: CohortStatus, enumName: 'cohort_status', default: CohortStatus.PLANNED })
  status: CohortStatus;

  @Field(() => ID, { nullable: true, description: 'The proposal this cohort was formed from, if any.' })
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => CohortProposal, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: Relation<CohortProposal> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
