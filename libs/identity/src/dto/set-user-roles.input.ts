import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsUUID } from 'class-validator';
import { Role } from '@imh/common';

@InputType()
export class SetUserRolesInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => [Role])
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];
}
