import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EmailTemplate } from '@imh/queue';

export enum DeliveryStatus {
  /** Waiting for the e-mail worker (possibly until quiet hours end). */
  PENDING = 'PENDING',
  /** Kept for the recipient's daily digest. */
  HELD = 'HELD',
  /** Claimed by a worker that is sending it now. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** Not sent: switched off, or no longer applies. */
  SKIPPED = 'SKIPPED',
}

/**
 * One e-mail to one recipient, by a key derived from what it is about (kind, subject, recipient,
 * occasion). The key is claimed in Postgres before sending and is the e-mail's Message-ID, so
 * retries, duplicate jobs and a second worker send nothing twice.
 */
@Entity('delivery')
@Index('IDX_delivery_due', ['notBefore'], { where: `status = 'PENDING'` })
@Index('IDX_delivery_held', ['recipientId'], { where: `status = 'HELD'` })
export class Delivery {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  /** A NotificationKind, or ACCOUNT for e-mails nobody can switch off. */
  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'varchar', length: 60 })
  template: EmailTemplate;

  /** The template's parameters: titles and links only. */
  @Column({ type: 'jsonb' })
  params: Record<string, unknown>;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status', default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  /** Quiet hours: not before this time (07:00 Europe/Amsterdam after a late event). */
  @Column({ name: 'not_before', type: 'timestamptz' })
  notBefore: Date;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** SHA-256 of the one-click unsubscribe token in the e-mail, made when it is sent. */
  @Index()
  @Column({ name: 'unsubscribe_hash', type: 'char', length: 64, nullable: true })
  unsubscribeHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
