import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
  UpdateDateColumn,
} from 'typeorm';
import { Cohort } from '@imh/cohorts';
import { StoredFile } from '@imh/files';
import { User } from '@imh/identity';
import { Assignment } from './assignment.entity';

/**
 * DRAFT (saved as the student writes) → SUBMITTED → GRADED (grade released) or
 * REVISION_REQUESTED (the student may start a next attempt). NEEDS_THIRD_MARKER: double
 * marking where the two marks differ too much.
 */
export enum SubmissionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  NEEDS_THIRD_MARKER = 'NEEDS_THIRD_MARKER',
  GRADED = 'GRADED',
  REVISION_REQUESTED = 'REVISION_REQUESTED',
}
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });

/**
 * One attempt at an assignment. The student is not a GraphQL field: who wrote it is resolved
 * through the policy, which hides the name from docents of an anonymously graded assignment.
 * `cohortId` is the student's cohort in the assignment's track; its docents grade it.
 */
@ObjectType()
@Entity('submission')
@Index('UQ_submission_attempt', ['assignmentId', 'studentId', 'attempt'], { unique: true })
@Index('UQ_submission_one_draft', ['assignmentId', 'studentId'], { unique: true, where: `"status" = 'DRAFT'` })
@Index('IDX_submission_queue', ['cohortId', 'submittedAt'])
// The grading queue reads only attempts waiting for a docent: its page walks this index in
// queue order and stops at the page, and its total counts the second one without the table.
@Index('IDX_submission_waiting', ['submittedAt', 'id'], { where: `"status" IN ('SUBMITTED', 'NEEDS_THIRD_MARKER')` })
@Index('IDX_submission_waiting_cohort', ['cohortId', 'assignmentId'], {
  where: `"status" IN ('SUBMITTED', 'NEEDS_THIRD_MARKER')`,
})
export class Submission {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Relation<Assignment>;

  @Index()
  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<User>;

  @Field(() => ID)
  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<Cohort>;

  @Field(() => Int, { description: '1 for the first attempt.' })
  @Column({ type: 'int' })
  attempt: number;

  @Field(() => SubmissionStatus)
  @Column({ type: 'enum', enum: SubmissionStatus, enumName: 'submission_status', default: SubmissionStatus.DRAFT })
  status: SubmissionStatus;

  @Field()
  @Column({ type: 'text', default: '' })
  text: string;

  @Field(() => Int, { description: 'Optimistic lock: send the version you read when saving the draft.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Submitted after the effective due date; a GraphQL field through the resolver (hidden while anonymised). */
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The docent’s comment with a revision request (markdown).' })
  @Column({ name: 'revision_comment', type: 'text', nullable: true })
  revisionComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revision_requested_at', type: 'timestamptz', nullable: true })
  revisionRequestedAt: Date | null;

  @Column({ name: 'revision_requested_by_id', type: 'uuid', nullable: true })
  revisionRequestedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revision_requested_by_id' })
  revisionRequestedBy?: Relation<User> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The files of a submission, in the order the student gave them. */
@Entity('submission_file')
export class SubmissionFile {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => Submission, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submission_id' })
  submission?: Relation<Submission>;

  @Index()
  @PrimaryColumn({ name: 'file_id', type: 'uuid' })
  fileId: string;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id' })
  file?: Relation<StoredFile>;

  @Column({ type: 'int' })
  position: number;
}
