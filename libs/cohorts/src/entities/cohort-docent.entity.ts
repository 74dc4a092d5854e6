import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '@imh/identity';
import { Cohort } from './cohort.entity';

/** A docent who teaches a cohort; a cohort has one or more, a docent may teach many. */
@Entity('cohort_docent')
export class CohortDocent {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<Cohort>;

  @Index()
  @PrimaryColumn({ name: 'docent_id', type: 'uuid' })
  docentId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'docent_id' })
  docent?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
