import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsUUID, ValidateNested } from 'class-validator';
import { MAX_CRITERIA } from '../assignment-limits';
import { CriterionScoreInput } from './save-grade.input';

@InputType()
export class RubricVerdictInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => [CriterionScoreInput], { description: 'The scores so far, in any order; criteria may be left open.' })
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores: CriterionScoreInput[];
}
