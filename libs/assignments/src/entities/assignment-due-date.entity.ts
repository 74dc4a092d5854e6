import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { Cohort } from '@imh/cohorts';
import { Assignment } from './assignment.entity';

/** When a cohort's students must hand an assignment in. One per assignment and cohort. */
@ObjectType()
@Entity('assignment_due_date')
export class AssignmentDueDate {
  @Field(() => ID)
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Relation<Assignment>;

  @Field(() => ID)
  @Index()
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<Cohort>;

  @Field()
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
