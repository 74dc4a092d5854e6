import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Role } from '@imh/common';
import { Discipline } from './discipline.entity';
import { Organisation } from './organisation.entity';

export enum UserStatus {
  /** Invited, has not set a password yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** Cannot sign in; their sessions were ended when this was set. */
  DEACTIVATED = 'DEACTIVATED',
}

export enum Locale {
  nl = 'nl',
  en = 'en',
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(UserStatus, { name: 'UserStatus' });
registerEnumType(Locale, { name: 'Locale' });

@ObjectType()
@Entity('user')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased and trimmed, so uniqueness ignores case. */
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** argon2id; null until the invitation is accepted. Never exposed. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Field(() => [Role])
  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true, default: '{}' })
  roles: Role[];

  @Field(() => UserStatus)
  @Column({ type: 'enum', enum: UserStatus, enumName: 'user_status', default: UserStatus.INVITED })
  status: UserStatus;

  @Field(() => Locale)
  @Column({ type: 'enum', enum: Locale, enumName: 'locale', default: Locale.nl })
  locale: Locale;

  @Column({ name: 'discipline_id', type: 'uuid', nullable: true })
  disciplineId: string | null;

  @ManyToOne(() => Discipline, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'discipline_id' })
  discipline?: Relation<Discipline> | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation> | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}
