import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsUUID } from 'class-validator';
import { Role } from '@imh/common';

@InputType()
export class SetUserRolesInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: 'Choose at least one role; to stop someone signing in, deactivate them.' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles: Role[];
}
