import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Enrollment, IntakeRequest } from '@imh/catalogue';

@ObjectType()
export class EnrollmentPage {
  @Field(() => [Enrollment])
  items: Enrollment[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => Int)
  offset: number;
  @Field(() => Int)
  limit: number;
}

@ObjectType()
export class IntakeRequestPage {
  @Field(() => [IntakeRequest])
  items: IntakeRequest[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => Int)
  offset: number;
  @Field(() => Int)
  limit: number;
}
