import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ConfidentialThread } from './confidential-thread.entity';

/**
 * Who may read a thread, and how: the thread's data key sealed to that reader's public key. A
 * reader row is the only way in; removing it (or the thread) removes the access.
 */
@Entity('confidential_reader')
@Index(['userId'])
export class ConfidentialReader {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => ConfidentialThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ConfidentialThread>;

  /** The public key the data key is sealed to (a reset retires it; recovery re-seals). */
  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  @Column({ name: 'wrapped_key', type: 'bytea' })
  wrappedKey: Buffer;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}

/** A confidant the writer addressed by name; with NAMED addressing only these may ever read. */
@Entity('confidential_addressee')
export class ConfidentialAddressee {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @PrimaryColumn({ name: 'confidant_id', type: 'uuid' })
  confidantId: string;

  @ManyToOne(() => ConfidentialThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ConfidentialThread>;
}

/** Every opening of a thread by a confidant: the access log both sides can see. */
@Entity('confidential_access_log')
@Index(['threadId', 'openedAt'])
export class ConfidentialAccessLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ConfidentialThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ConfidentialThread>;

  @Column({ name: 'confidant_id', type: 'uuid' })
  confidantId: string;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;
}
