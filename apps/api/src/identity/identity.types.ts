import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Organisation, User } from '@imh/identity';

@ObjectType()
export class UserPage {
  @Field(() => [User])
  items: User[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => Int)
  offset: number;
  @Field(() => Int)
  limit: number;
}

@ObjectType()
export class OrganisationPage {
  @Field(() => [Organisation])
  items: Organisation[];
  @Field(() => Int)
  totalCount: number;
  @Field(() => Int)
  offset: number;
  @Field(() => Int)
  limit: number;
}

@ObjectType()
export class LoginPayload {
  @Field(() => User)
  user: User;
}
