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
import { User } from './user.entity';

export enum UserTokenPurpose {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A single-use, expiring link token (invitation or password reset). Only the SHA-256 of
 * the token is stored; the token itself exists only in the e-mail.
 *
 * Two sorts of row: a request (no hash, `requestId` null) is written when an invitation or a
 * reset is asked for, and is what the outbox fact names; a token (a hash, `requestId` the
 * request) is minted when the e-mail is sent (see AccountMail). Using any token of a user and
 * purpose closes all the others, requests included.
 */
@Entity('user_token')
export class UserToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true })
  tokenHash: string | null;

  /** For a minted token: the request it was minted for. */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'enum', enum: UserTokenPurpose, enumName: 'user_token_purpose' })
  purpose: UserTokenPurpose;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
