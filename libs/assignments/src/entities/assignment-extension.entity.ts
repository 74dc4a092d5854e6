import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@imh/identity';
import { Assignment } from './assignment.entity';

/** A later due date for one student, granted by a docent of their cohort. Reminders and the late mark follow it. */
@ObjectType()
@Entity('assignment_extension')
export class AssignmentExtension {
  @Field(() => ID)
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Relation<Assignment>;

  @Field(() => ID)
  @Index()
  @PrimaryColumn({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<User>;

  @Field()
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Field()
  @Column({ type: 'varchar', length: 500, default: '' })
  reason: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by_id' })
  grantedBy?: Relation<User> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
