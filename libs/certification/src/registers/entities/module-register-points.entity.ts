import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Module } from '@imh/catalogue';
import { REGISTER_CHECK, RegisterCode } from '../registers';

/**
 * The accreditation points a register grants for a module. A module without a row for a register
 * earns nothing there: each register accredits on its own (Module.accreditationPoints is the
 * catalogue's headline figure and the certificate's sum, not a register's booking).
 */
@Entity('module_register_points')
@Check('module_register_points_register', REGISTER_CHECK)
@Check('module_register_points_positive', 'points > 0 AND points <= 1000')
export class ModuleRegisterPoints {
  @PrimaryColumn({ name: 'module_id', type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => Module, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<Module>;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  register: RegisterCode;

  @Column({ type: 'int' })
  points: number;
}
