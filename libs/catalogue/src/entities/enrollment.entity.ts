import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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
import { User } from '@imh/identity';
import { Track } from './track.entity';

export enum EnrollmentStatus {
  ACTIVE = 'ACTIVE',
  /** Every published module of the track is complete. */
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });

/** A student in a track. One per student and track. */
@ObjectType()
@Entity('enrollment')
@Index(['studentId', 'trackId'], { unique: true })
export class Enrollment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<User>;

  @Field(() => ID)
  @Index()
  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => Track, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'track_id' })
  track?: Relation<Track>;

  @Field(() => EnrollmentStatus)
  @Column({ type: 'enum', enum: EnrollmentStatus, enumName: 'enrollment_status', default: EnrollmentStatus.ACTIVE })
  status: EnrollmentStatus;

  @Field()
  @Column({ name: 'enrolled_at', type: 'timestamptz', default: () => 'now()' })
  enrolledAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
