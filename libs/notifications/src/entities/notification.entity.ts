import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What the portal's bell shows: one per recipient and occasion (the key keeps it single). */
@Entity('notification')
@Index('IDX_notification_unread', ['userId', 'createdAt'], { where: 'read_at IS NULL' })
@Index(['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'varchar', length: 60 })
  kind: string;

  /** Named values for the portal's sentence of this kind (titles, dates); never confidential content. */
  @Column({ type: 'jsonb', default: {} })
  params: Record<string, string | number | null>;

  /** A path in the portal (`/assignments/…`). */
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
