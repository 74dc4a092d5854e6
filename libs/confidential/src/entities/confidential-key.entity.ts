import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Session, User } from '@imh/identity';

/**
 * A user's key pair for the confidential channel. The private key is stored only wrapped: under
 * a key derived from the user's password (argon2id with its own salt), and for confidants also
 * under their recovery key. The server alone can unwrap neither.
 */
@Entity('confidential_key')
export class ConfidentialKey {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  @Column({ name: 'password_salt', type: 'bytea' })
  passwordSalt: Buffer;

  @Column({ name: 'password_nonce', type: 'bytea' })
  passwordNonce: Buffer;

  @Column({ name: 'password_wrapped', type: 'bytea' })
  passwordWrapped: Buffer;

  @Column({ name: 'recovery_nonce', type: 'bytea', nullable: true })
  recoveryNonce: Buffer | null;

  @Column({ name: 'recovery_wrapped', type: 'bytea', nullable: true })
  recoveryWrapped: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A confidant's key pair retired by a password reset, kept only under the recovery key, so that
 * the recovery key can hand the threads sealed to it over to the new key pair.
 */
@Entity('confidential_retired_key')
export class ConfidentialRetiredKey {
  @PrimaryColumn({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'recovery_nonce', type: 'bytea' })
  recoveryNonce: Buffer;

  @Column({ name: 'recovery_wrapped', type: 'bytea' })
  recoveryWrapped: Buffer;

  @CreateDateColumn({ name: 'retired_at', type: 'timestamptz' })
  retiredAt: Date;
}

/**
 * The private key for the life of one session, wrapped under a key derived from the session
 * token. The token lives only in the httpOnly cookie (the database has its hash), so a request
 * can decrypt and a database dump cannot. Goes with its session.
 */
@Entity('confidential_session_key')
export class ConfidentialSessionKey {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  /** Ends with its session (sign-out, expiry, password reset). */
  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<Session>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'bytea' })
  nonce: Buffer;

  @Column({ type: 'bytea' })
  wrapped: Buffer;
}
