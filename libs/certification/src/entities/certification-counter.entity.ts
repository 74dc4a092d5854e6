import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Gapless counters: `number:<year>` for certificate numbers, `status-index` for status list bits.
 * Incremented with `INSERT … ON CONFLICT DO UPDATE` inside the issuing transaction, so the row stays
 * locked until it commits: a rolled-back issue gives its number back, and nobody else can take it.
 */
@Entity('certification_counter')
export class CertificationCounter {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  scope: string;

  @Column({ name: 'last_value', type: 'int' })
  lastValue: number;
}
