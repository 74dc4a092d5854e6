import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { PublicationStatus, Track } from './track.entity';

/** numeric comes back from pg as a string. */
const numericAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A unit of study in a track, with ordered lessons. A module may require other modules
 * (in any track); the prerequisite graph never has a cycle (checked on every change).
 */
@ObjectType()
@Entity('module')
@Index(['trackId', 'position'])
@Check('CHK_module_archived_is_draft', `"archived_at" IS NULL OR "status" = 'DRAFT'`)
export class Module {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => Track, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'track_id' })
  track?: Relation<Track>;

  /** 0-based order within the track. */
  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => Float)
  @Column({ name: 'study_hours', type: 'numeric', precision: 5, scale: 1, default: 0, transformer: numericAsNumber })
  studyHours: number;

  @Field(() => Int)
  @Column({ name: 'accreditation_points', type: 'int', default: 0 })
  accreditationPoints: number;

  @Field(() => [String])
  @Column({ name: 'learning_goals', type: 'text', array: true, default: '{}' })
  learningGoals: string[];

  @Field(() => PublicationStatus)
  @Column({ type: 'enum', enum: PublicationStatus, enumName: 'publication_status', default: PublicationStatus.DRAFT })
  status: PublicationStatus;

  /**
   * Set while the module is archived: out of every student's path, kept with its lessons, the
   * students' progress and their work (a module that holds student work is archived, never
   * deleted). An archived module is always a draft; unarchiving brings it back as one.
   */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** The modules a student must complete before this one opens. */
  @ManyToMany(() => Module)
  @JoinTable({
    name: 'module_prerequisite',
    joinColumn: { name: 'module_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'prerequisite_id', referencedColumnName: 'id' },
  })
  prerequisites?: Relation<Module>[];

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
