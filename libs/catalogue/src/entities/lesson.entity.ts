import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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
import { Module } from './module.entity';

/** One lesson of a module: markdown text (kept as written, rendered safely), a video link, attachments. */
@ObjectType()
@Entity('lesson')
@Index(['moduleId', 'position'])
export class Lesson {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<Module>;

  /** 0-based order within the module. */
  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown exactly as the author wrote it; clients show `bodyHtml`, which is sanitised. */
  @Field({ description: 'Markdown as written. Display bodyHtml instead.' })
  @Column({ type: 'text', default: '' })
  body: string;

  /** http(s) only. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'video_url', type: 'varchar', length: 2000, nullable: true })
  videoUrl: string | null;

  /**
   * Set while the lesson is archived: out of students' paths and of module completion, kept
   * with the students' progress on it (a lesson with progress is archived, never deleted).
   */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
