import { registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Track } from '@imh/catalogue';
import { User } from '@imh/identity';

/** What is stored: a certificate is valid until revoked. Expiry is a matter of the date. */
export enum CertificateRecordStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
}

/** What a verifier is told: the stored status with the expiry date applied. */
export enum CertificateStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

/**
 * Proof that a student completed a track. Never deleted: no delete path, and every foreign key
 * restricts, so removing a user or track cannot take a certificate with it.
 */
@Entity('certificate')
@Index('certificate_student_track', ['studentId', 'trackId'])
@Check('certificate_revocation', `(status = 'REVOKED') = (revoked_at IS NOT NULL)`)
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `IMH-<year>-<6 digits>`, sequential per year without gaps (see CertificateNumbers). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  /** 160 random bits in base32: printed on the certificate and in its QR code. */
  @Index({ unique: true })
  @Column({ name: 'verification_code', type: 'varchar', length: 40 })
  verificationCode: string;

  /** The certificate's bit in the revocation status list. */
  @Index({ unique: true })
  @Column({ name: 'status_index', type: 'int' })
  statusIndex: number;

  @Column({ name: 'student_id', type: 'uuid' })
  studentId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id' })
  student?: Relation<User>;

  @Column({ name: 'track_id', type: 'uuid' })
  trackId: string;

  @ManyToOne(() => Track, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'track_id' })
  track?: Relation<Track>;

  /** The name printed, as it was when issued (a reissue prints the corrected one). */
  @Column({ name: 'holder_name', type: 'varchar', length: 200 })
  holderName: string;

  @Column({ name: 'track_title', type: 'varchar', length: 200 })
  trackTitle: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'accreditation_points', type: 'int' })
  accreditationPoints: number;

  @Column({ name: 'issued_by_id', type: 'uuid' })
  issuedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_id' })
  issuedBy?: Relation<User>;

  @Column({ name: 'signatory_name', type: 'varchar', length: 200 })
  signatoryName: string;

  @Column({ type: 'varchar', length: 10, default: CertificateRecordStatus.VALID })
  status: CertificateRecordStatus;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revocation_reason', type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId: string | null;

  @ManyToOne(() => Certificate, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaces_id' })
  replaces?: Relation<Certificate> | null;

  @Column({ name: 'replaced_by_id', type: 'uuid', nullable: true })
  replacedById: string | null;

  @ManyToOne(() => Certificate, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy?: Relation<Certificate> | null;

  /** The signed Open Badges 3.0 credential (VC-JWT) and its SHA-256. */
  @Column({ name: 'credential_jwt', type: 'text' })
  credentialJwt: string;

  @Column({ name: 'credential_sha256', type: 'char', length: 64 })
  credentialSha256: string;

  /** The PDF, once the worker has made it. */
  @Column({ name: 'pdf_file_id', type: 'uuid', nullable: true })
  pdfFileId: string | null;

  @Column({ name: 'pdf_sha256', type: 'char', length: 64, nullable: true })
  pdfSha256: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
