import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID } from 'class-validator';

/** The complete new order of a parent's children: every child exactly once. */
@InputType()
export class ReorderInput {
  @Field(() => ID, { description: 'The track (for modules) or module (for lessons).' })
  @IsUUID()
  parentId: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique({ message: 'Each id may appear only once.' })
  @IsUUID('all', { each: true })
  orderedIds: string[];
}
