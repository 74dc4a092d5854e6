import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { User } from '@imh/identity';
import { Submission } from './submission.entity';

/** DRAFT: still being written. FINAL: the marker is done (double marking). RELEASED: the student sees it. */
export enum GradeStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
  RELEASED = 'RELEASED',
}

/** Which mark this is. Without double marking there is one grade, always FIRST. */
export enum MarkerRole {
  FIRST = 'FIRST',
  SECOND = 'SECOND',
  THIRD = 'THIRD',
}
registerEnumType(GradeStatus, { name: 'GradeStatus' });
registerEnumType(MarkerRole, { name: 'MarkerRole' });

@ObjectType()
export class CriterionScore {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { description: 'POINTS: 0..maxPoints. PASS_FAIL: 1 passed, 0 not.' })
  points: number;
}

/**
 * A docent's rubric scores, verdict and feedback on a submission. One per marker role: without
 * double marking the docents of the cohort share the FIRST grade (optimistic locking keeps
 * them from overwriting each other); with it, each marker has their own, and the `agreed`
 * one is what the student sees. Every mark stays on record.
 */
@ObjectType()
@Entity('grade')
@Index('UQ_grade_submission_role', ['submissionId', 'markerRole'], { unique: true })
@Check('CHK_grade_version', '"version" >= 1')
export class Grade {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => Submission, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id' })
  submission?: Relation<Submission>;

  @Field(() => MarkerRole)
  @Column({ name: 'marker_role', type: 'enum', enum: MarkerRole, enumName: 'marker_role' })
  markerRole: MarkerRole;

  /** Who last saved it. */
  @Index()
  @Column({ name: 'marker_id', type: 'uuid', nullable: true })
  markerId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marker_id' })
  marker?: Relation<User> | null;

  @Field(() => [CriterionScore])
  @Column({ type: 'jsonb', default: [] })
  scores: CriterionScore[];

  @Field(() => Int)
  @Column({ name: 'total_points', type: 'int', default: 0 })
  totalPoints: number;

  @Field(() => Boolean, { nullable: true, description: 'The verdict; null while not every criterion is scored.' })
  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @Field({ description: 'Markdown; see feedbackHtml.' })
  @Column({ type: 'text', default: '' })
  feedback: string;

  @Field(() => GradeStatus)
  @Column({ type: 'enum', enum: GradeStatus, enumName: 'grade_status', default: GradeStatus.DRAFT })
  status: GradeStatus;

  @Field({ description: 'The grade that counts (is or will be released to the student).' })
  @Column({ type: 'boolean', default: false })
  agreed: boolean;

  @Field(() => Int, { description: 'Optimistic lock: send the version you read when saving.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
