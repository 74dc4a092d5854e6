import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Assignment } from './assignment.entity';

/** `POINTS`: scored 0..maxPoints along levels. `PASS_FAIL`: scored 0 (not passed) or 1 (passed). */
export enum CriterionKind {
  POINTS = 'POINTS',
  PASS_FAIL = 'PASS_FAIL',
}
registerEnumType(CriterionKind, { name: 'CriterionKind' });

@ObjectType()
export class RubricLevel {
  @Field()
  label: string;

  @Field()
  description: string;

  @Field(() => Int)
  points: number;
}

/** One criterion of an assignment's rubric, in order. */
@ObjectType()
@Entity('rubric_criterion')
@Index(['assignmentId', 'position'], { unique: true })
export class RubricCriterion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Relation<Assignment>;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => CriterionKind)
  @Column({ type: 'enum', enum: CriterionKind, enumName: 'criterion_kind' })
  kind: CriterionKind;

  @Field(() => [RubricLevel], { description: 'POINTS criteria: the levels, lowest first.' })
  @Column({ type: 'jsonb', default: [] })
  levels: RubricLevel[];

  @Field(() => Int, { description: 'The highest score: the top level for POINTS, 1 for PASS_FAIL.' })
  @Column({ name: 'max_points', type: 'int' })
  maxPoints: number;
}
