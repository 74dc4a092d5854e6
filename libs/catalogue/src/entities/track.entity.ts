import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

/** The three routes to a certificate (see DESIGN.md). */
export enum TrackCode {
  CORE = 'CORE',
  GENERALIST = 'GENERALIST',
  SPECIALIST = 'SPECIALIST',
}

/** Students see only PUBLISHED tracks and modules; admins see drafts too. */
export enum PublicationStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(TrackCode, { name: 'TrackCode' });
registerEnumType(PublicationStatus, { name: 'PublicationStatus' });

/** A route to a certificate; may require another track to be completed first. */
@ObjectType()
@Entity('track')
export class Track {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => TrackCode)
  @Index({ unique: true })
  @Column({ type: 'enum', enum: TrackCode, enumName: 'track_code' })
  code: TrackCode;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field()
  @Column({ name: 'target_audience', type: 'text', default: '' })
  targetAudience: string;

  /** How long the certificate stays valid; null means it does not expire. */
  @Field(() => Int, { nullable: true })
  @Column({ name: 'certificate_validity_months', type: 'int', nullable: true })
  certificateValidityMonths: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'requires_track_id', type: 'uuid', nullable: true })
  requiresTrackId: string | null;

  @ManyToOne(() => Track, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requires_track_id' })
  requiresTrack?: Relation<Track> | null;

  @Field(() => PublicationStatus)
  @Column({ type: 'enum', enum: PublicationStatus, enumName: 'publication_status', default: PublicationStatus.DRAFT })
  status: PublicationStatus;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Display order of tracks: the core first, then the routes. */
export const TRACK_ORDER: Record<TrackCode, number> = {
  [TrackCode.CORE]: 0,
  [TrackCode.GENERALIST]: 1,
  [TrackCode.SPECIALIST]: 2,
};
