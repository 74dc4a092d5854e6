import { Check, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Discipline } from '@imh/identity';
import { REGISTER_CHECK, RegisterCode } from '../registers';

/** A register offered to the students of a discipline (a youth-care worker: SKJ). */
@Entity('discipline_register')
@Check('discipline_register_register', REGISTER_CHECK)
export class DisciplineRegister {
  @PrimaryColumn({ name: 'discipline_id', type: 'uuid' })
  disciplineId: string;

  @ManyToOne(() => Discipline, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'discipline_id' })
  discipline?: Relation<Discipline>;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  register: RegisterCode;
}
