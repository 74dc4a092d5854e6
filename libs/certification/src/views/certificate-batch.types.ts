import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CertificateBatchStatus } from '../entities/certificate-batch.entity';

/** A bulk issue and how far it is: the counters are written with each certificate. */
@ObjectType()
export class CertificateBatchView {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => ID) trackId: string;
  @Field() trackTitle: string;
  @Field() requestedByName: string;
  @Field(() => CertificateBatchStatus) status: CertificateBatchStatus;
  @Field(() => Int, { description: "The cohort's members, once the worker has started (0 before)." })
  total: number;
  @Field(() => Int) issued: number;
  @Field(() => Int, { description: 'Members who already held a valid certificate for the track.' })
  alreadyCertified: number;
  @Field(() => Int, { description: 'Members not eligible: the eligibility list says what they miss.' })
  notEligible: number;
  @Field(() => Int, { description: 'issued + alreadyCertified + notEligible.' })
  processed: number;
  @Field(() => Int, { description: 'How far it is, 0–100; 100 once COMPLETED.' })
  percent: number;
  @Field({ description: 'QUEUED or RUNNING: the portal keeps polling while this is true.' })
  running: boolean;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}

@InputType()
export class IssueCohortCertificatesInput {
  @Field(() => ID) @IsUUID() cohortId: string;
}
