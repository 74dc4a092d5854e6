import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MessageAuthor } from './confidential-message.entity';
import { ConfidentialThread } from './confidential-thread.entity';

/**
 * A file attached to a thread. Its bytes are encrypted under the thread's data key before they
 * reach the storage abstraction, and its name and type are encrypted here; the size is all that
 * shows. Deleted with its thread (rows by the foreign key, the stored object by the service).
 */
@Entity('confidential_attachment')
@Index(['threadId', 'createdAt'])
export class ConfidentialAttachment {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ConfidentialThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ConfidentialThread>;

  @Column({ type: 'enum', enum: MessageAuthor, enumName: 'confidential_message_author' })
  author: MessageAuthor;

  @Column({ name: 'storage_key', type: 'char', length: 48 })
  storageKey: string;

  @Column({ type: 'integer' })
  size: number;

  /** `{ name, mimeType }` as JSON, encrypted. */
  @Column({ name: 'meta_nonce', type: 'bytea' })
  metaNonce: Buffer;

  @Column({ name: 'meta_ciphertext', type: 'bytea' })
  metaCiphertext: Buffer;

  @Column({ name: 'content_nonce', type: 'bytea' })
  contentNonce: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
