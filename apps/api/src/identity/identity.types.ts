import { Paginated } from '../graphql/paginated';
import { Field, ObjectType } from '@nestjs/graphql';
import { Organisation, User } from '@imh/identity';

@ObjectType()
export class UserPage extends Paginated(User) {}

@ObjectType()
export class OrganisationPage extends Paginated(Organisation) {}

@ObjectType()
export class LoginPayload {
  @Field(() => User)
  user: User;
}
