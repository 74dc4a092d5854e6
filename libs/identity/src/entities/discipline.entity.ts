import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A professional background (logopedie, kraamzorg, …); a student has one. */
@ObjectType()
@Entity('discipline')
export class Discipline {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable key, e.g. `logopedie`; used in CSV imports. */
  @Field()
  @Column({ type: 'varchar', length: 60, unique: true })
  code: string;

  @Field()
  @Column({ name: 'name_nl', type: 'varchar', length: 120 })
  nameNl: string;

  @Field()
  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  nameEn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
