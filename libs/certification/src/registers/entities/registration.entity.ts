import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@imh/identity';
import { REGISTER_CHECK, RegisterCode } from '../registers';

/**
 * A student's number in one professional register, stored normalised (see registers.ts). One per
 * student and register. Personal data, not a record: it goes with the user.
 */
@Entity('registration')
@Check('registration_register', REGISTER_CHECK)
@Unique('registration_student_register', ['studentId', 'register'])
export class Registration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<User>;

  @Column({ type: 'varchar', length: 10 })
  register: RegisterCode;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
