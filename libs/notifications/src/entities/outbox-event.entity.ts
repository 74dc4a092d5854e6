import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A fact to tell someone, written in the same transaction as the change that caused it. The
 * worker relays it (see OutboxRelay); until then it waits here, whatever happens to the API or
 * to Redis. Payloads hold ids and titles, never confidential content.
 */
@Entity('outbox_event')
@Index('IDX_outbox_event_pending', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Why the last relay of this event failed (a class name and message, no payload). */
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;
}
