import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '@imh/identity';
import { Assignment } from './assignment.entity';

/**
 * A due-date reminder that went out: one per assignment, student and effective due date, so
 * a scan that runs again (or on two workers) sends nothing twice, and a moved due date (a new
 * cohort date, an extension) earns a new reminder.
 */
@Entity('assignment_reminder')
export class AssignmentReminder {
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Relation<Assignment>;

  @PrimaryColumn({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<User>;

  @PrimaryColumn({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
