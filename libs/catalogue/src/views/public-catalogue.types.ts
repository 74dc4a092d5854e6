import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TrackCode } from '../entities/track.entity';

/** What a signed-out visitor may see of a module: no lesson content. */
@ObjectType()
export class PublicModule {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => Float)
  studyHours: number;

  @Field(() => Int)
  accreditationPoints: number;

  @Field(() => [String])
  learningGoals: string[];

  @Field(() => Int)
  lessonCount: number;
}

@ObjectType()
export class PublicTrack {
  @Field(() => ID)
  id: string;

  @Field(() => TrackCode)
  code: TrackCode;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field()
  targetAudience: string;

  @Field(() => Int, { nullable: true })
  certificateValidityMonths: number | null;

  @Field(() => TrackCode, { nullable: true, description: 'The track to complete first.' })
  requiresTrackCode: TrackCode | null;

  @Field(() => String, { nullable: true })
  requiresTrackTitle: string | null;

  @Field(() => [PublicModule])
  modules: PublicModule[];

  @Field(() => Float)
  totalStudyHours: number;

  @Field(() => Int)
  totalAccreditationPoints: number;
}
