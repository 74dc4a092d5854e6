import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

export enum ThreadStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}

/** Who wrote, as counted in the annual figures; an anonymous thread has no link to an account. */
export enum WriterKind {
  STUDENT = 'STUDENT',
  DOCENT = 'DOCENT',
  ANONYMOUS = 'ANONYMOUS',
}

/** To every confidant, or only to those the writer named. */
export enum ThreadAddressing {
  ALL_CONFIDANTS = 'ALL_CONFIDANTS',
  NAMED = 'NAMED',
}

/**
 * A conversation between one writer (or an anonymous receipt holder) and the addressed
 * confidants. Its subject, like every body and note, is encrypted under the thread's data key.
 */
@Entity('confidential_thread')
export class ConfidentialThread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for an anonymous thread: nothing in the database links it to an account. */
  @Index()
  @Column({ name: 'writer_id', type: 'uuid', nullable: true })
  writerId: string | null;

  @Column({ name: 'writer_kind', type: 'enum', enum: WriterKind, enumName: 'confidential_writer_kind' })
  writerKind: WriterKind;

  @Column({ type: 'enum', enum: ThreadAddressing, enumName: 'confidential_addressing' })
  addressing: ThreadAddressing;

  @Column({ name: 'subject_nonce', type: 'bytea' })
  subjectNonce: Buffer;

  @Column({ name: 'subject_ciphertext', type: 'bytea' })
  subjectCiphertext: Buffer;

  @Column({
    type: 'enum',
    enum: ThreadStatus,
    enumName: 'confidential_thread_status',
    default: ThreadStatus.OPEN,
  })
  status: ThreadStatus;

  /** From the receipt: the look-up id, and the data key wrapped under the receipt's key. */
  @Index({ unique: true, where: 'receipt_lookup IS NOT NULL' })
  @Column({ name: 'receipt_lookup', type: 'bytea', nullable: true })
  receiptLookup: Buffer | null;

  @Column({ name: 'receipt_nonce', type: 'bytea', nullable: true })
  receiptNonce: Buffer | null;

  @Column({ name: 'receipt_wrapped', type: 'bytea', nullable: true })
  receiptWrapped: Buffer | null;

  /** For anonymous threads to the day only, so it cannot be matched to a sign-in. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'first_answered_at', type: 'timestamptz', nullable: true })
  firstAnsweredAt: Date | null;

  /** When the writer last wrote and no confidant has answered since: what deadlines count from. */
  @Column({ name: 'awaiting_answer_since', type: 'timestamptz', nullable: true })
  awaitingAnswerSince: Date | null;

  /** When the confidants were told about an anonymous writer's waiting message (by the hourly scan). */
  @Column({ name: 'announced_at', type: 'timestamptz', nullable: true })
  announcedAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'overdue_reminded_at', type: 'timestamptz', nullable: true })
  overdueRemindedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The retention after closing, in days, when a confidant set one for this thread. */
  @Column({ name: 'retention_days', type: 'integer', nullable: true })
  retentionDays: number | null;

  @Index()
  @Column({ name: 'delete_after', type: 'timestamptz', nullable: true })
  deleteAfter: Date | null;

  @VersionColumn()
  version: number;
}
