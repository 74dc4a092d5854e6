import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An ES256 key pair the academy signs credentials with. The newest unretired key signs; retired
 * keys stay so their public half remains in the JWKS and old credentials keep verifying.
 */
@Entity('issuer_key')
export class IssuerKey {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kid: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: Record<string, unknown>;

  @Column({ name: 'private_jwk', type: 'jsonb' })
  privateJwk: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
