import { Field, ID, ObjectType } from '@nestjs/graphql';
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
import { Cohort } from './cohort.entity';

/** One date of a cohort's schedule: when, where (a place, an online link or both) and about what. */
@ObjectType()
@Entity('cohort_meeting')
@Index(['cohortId', 'startsAt'])
@Check('CHK_cohort_meeting_time', `"ends_at" > "starts_at"`)
@Check('CHK_cohort_meeting_location', `"place" IS NOT NULL OR "online_url" IS NOT NULL`)
export class CohortMeeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<Cohort>;

  @Field()
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Address or room.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Field()
  @Column({ type: 'varchar', length: 200, default: '' })
  topic: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
