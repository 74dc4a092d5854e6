import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { Module } from '@imh/catalogue';

/** What a student may hand in. */
export enum SubmissionKind {
  TEXT = 'TEXT',
  FILES = 'FILES',
  BOTH = 'BOTH',
}

/**
 * When a grade is a pass. `MIN_TOTAL_POINTS`: the total reaches `passMinPoints` and every
 * pass/fail criterion is passed. `ALL_CRITERIA_PASSED`: a rubric of pass/fail criteria only,
 * each of them passed.
 */
export enum PassRule {
  MIN_TOTAL_POINTS = 'MIN_TOTAL_POINTS',
  ALL_CRITERIA_PASSED = 'ALL_CRITERIA_PASSED',
}

registerEnumType(SubmissionKind, { name: 'SubmissionKind' });
registerEnumType(PassRule, { name: 'PassRule' });

/** Postgres returns bigint as a string; sizes stay far below 2^53, so a number is exact. */
const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * Work a module asks for: instructions, what may be handed in, the rubric (its criteria are
 * RubricCriterion rows) and how it is graded. Due dates are per cohort (AssignmentDueDate).
 */
@ObjectType()
@Entity('assignment')
@Check('CHK_assignment_max_attempts', '"max_attempts" >= 1')
@Check('CHK_assignment_max_file_bytes', '"max_file_bytes" > 0')
export class Assignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<Module>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'Markdown; see instructionsHtml for the sanitised HTML.' })
  @Column({ type: 'text', default: '' })
  instructions: string;

  @Field(() => SubmissionKind)
  @Column({ name: 'submission_kind', type: 'enum', enum: SubmissionKind, enumName: 'submission_kind' })
  submissionKind: SubmissionKind;

  @Field(() => [String], { description: 'File extensions a submission may carry, a subset of the storage allow-list.' })
  @Column({ name: 'allowed_file_types', type: 'text', array: true, default: '{}' })
  allowedFileTypes: string[];

  @Field(() => Float, { description: 'Largest file a submission may carry, in bytes.' })
  @Column({ name: 'max_file_bytes', type: 'bigint', transformer: bigintAsNumber })
  maxFileBytes: number;

  @Field(() => PassRule)
  @Column({ name: 'pass_rule', type: 'enum', enum: PassRule, enumName: 'pass_rule' })
  passRule: PassRule;

  @Field(() => Int, { nullable: true, description: 'For MIN_TOTAL_POINTS: the total a pass needs.' })
  @Column({ name: 'pass_min_points', type: 'int', nullable: true })
  passMinPoints: number | null;

  @Field(() => Int)
  @Column({ name: 'max_attempts', type: 'int', default: 1 })
  maxAttempts: number;

  @Field({ description: 'Docents see a pseudonym instead of the student until the grade is released.' })
  @Column({ name: 'anonymous_grading', type: 'boolean', default: false })
  anonymousGrading: boolean;

  @Field({ description: 'Two docents grade independently; a third decides when they differ.' })
  @Column({ name: 'double_marking', type: 'boolean', default: false })
  doubleMarking: boolean;

  @Field(() => Int, { description: 'Double marking: totals further apart than this ask for a third marker.' })
  @Column({ name: 'double_marking_threshold', type: 'int', default: 0 })
  doubleMarkingThreshold: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
