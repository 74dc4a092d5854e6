import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EmailMode } from '../notification-kind';

/** A user's choice for e-mail of one kind; without a row, IMMEDIATE. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ type: 'enum', enum: EmailMode, enumName: 'email_mode' })
  mode: EmailMode;
}

/** When a user's daily digest goes out (an hour, Europe/Amsterdam); without a row, 07:00. */
@Entity('notification_settings')
export class NotificationSettings {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'digest_hour', type: 'integer', default: 7 })
  digestHour: number;
}
