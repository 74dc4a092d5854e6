import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Certificate } from './certificate.entity';

/**
 * That a certificate's holder has been told it expires in `days` (90 or 30): written with the
 * outbox fact in one transaction, so each reminder is planned once however often the scan runs.
 */
@Entity('certificate_expiry_reminder')
export class CertificateExpiryReminder {
  @PrimaryColumn({ name: 'certificate_id', type: 'uuid' })
  certificateId: string;

  @ManyToOne(() => Certificate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificate_id' })
  certificate?: Relation<Certificate>;

  @PrimaryColumn({ type: 'int' })
  days: number;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
