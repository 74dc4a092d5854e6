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
import { ConfidentialThread } from './confidential-thread.entity';

export enum MessageAuthor {
  WRITER = 'WRITER',
  CONFIDANT = 'CONFIDANT',
}

/** One message in a thread, its body encrypted under the thread's data key. */
@Entity('confidential_message')
@Index(['threadId', 'position'], { unique: true })
export class ConfidentialMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ConfidentialThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ConfidentialThread>;

  /** Order in the thread: times cannot order it, an anonymous writer's are kept to the day. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'enum', enum: MessageAuthor, enumName: 'confidential_message_author' })
  author: MessageAuthor;

  /** The answering confidant; null for the writer's messages (the thread says who wrote). */
  @Column({ name: 'confidant_id', type: 'uuid', nullable: true })
  confidantId: string | null;

  @Column({ name: 'body_nonce', type: 'bytea' })
  bodyNonce: Buffer;

  @Column({ name: 'body_ciphertext', type: 'bytea' })
  bodyCiphertext: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the other side first read it: the writer sees "gelezen". */
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

/** A confidant's internal note on a thread: confidants only, encrypted like the messages. */
@Entity('confidential_note')
@Index(['threadId', 'createdAt'])
export class ConfidentialNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ConfidentialThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ConfidentialThread>;

  @Column({ name: 'confidant_id', type: 'uuid' })
  confidantId: string;

  @Column({ name: 'body_nonce', type: 'bytea' })
  bodyNonce: Buffer;

  @Column({ name: 'body_ciphertext', type: 'bytea' })
  bodyCiphertext: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
