import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Locale } from '@imh/identity';
import { TrackCode } from './track.entity';

/** A signed-out visitor's request for information or a place; admins follow up and mark it handled. */
@ObjectType()
@Entity('intake_request')
export class IntakeRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  organisation: string;

  /** In the visitor's own words; they may not know our discipline list. */
  @Field()
  @Column({ type: 'varchar', length: 120 })
  discipline: string;

  @Field(() => TrackCode, { nullable: true })
  @Column({ name: 'track_interest', type: 'enum', enum: TrackCode, enumName: 'track_code', nullable: true })
  trackInterest: TrackCode | null;

  @Field()
  @Column({ type: 'text', default: '' })
  message: string;

  /** The language the visitor used; their confirmation e-mail is in it. */
  @Column({ type: 'enum', enum: Locale, enumName: 'locale', default: Locale.nl })
  locale: Locale;

  @Field()
  @Index()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'handled_at', type: 'timestamptz', nullable: true })
  handledAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'handled_by_id', type: 'uuid', nullable: true })
  handledById: string | null;
}
