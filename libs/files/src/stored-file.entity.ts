import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '@imh/identity';

/** Postgres returns bigint as a string; sizes stay far below 2^53, so a number is exact. */
const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * One uploaded file. The bytes live in the FileStorage under `key` (random, never derived
 * from anything the uploader chose); this row says what it is and who may read it
 * (through the access rule registered for its `purpose`).
 */
@ObjectType()
@Entity('stored_file')
export class StoredFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Storage key; never exposed, so no client can address the bytes directly. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  key: string;

  /** The uploader's file name, cleaned; only used for Content-Disposition and display. */
  @Field()
  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName: string;

  /** Decided by us from the extension (and checked against the content), not by the client. */
  @Field()
  @Column({ name: 'mime_type', type: 'varchar', length: 120 })
  mimeType: string;

  @Field(() => Float, { description: 'Size in bytes.' })
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  size: number;

  /** Which context's access rule decides who may read it, e.g. `LESSON_ATTACHMENT`. */
  @Field()
  @Column({ type: 'varchar', length: 40 })
  purpose: string;

  @Index()
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
