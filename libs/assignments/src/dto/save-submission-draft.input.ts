import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_FILES_PER_SUBMISSION } from '../assignment-limits';
import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType()
export class SaveSubmissionDraftInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(100_000)
  text: string;

  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded with POST /files?purpose=SUBMISSION_FILE.' })
  @ArrayMaxSize(MAX_FILES_PER_SUBMISSION)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  fileIds: string[];

  @Field(() => Int, { nullable: true, description: 'The draft version you read; null to start a new draft.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
