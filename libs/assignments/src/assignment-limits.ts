import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** Files one attempt may carry. */
export const MAX_FILES_PER_SUBMISSION = 10;
/** Attempts an assignment may allow. */
export const MAX_ATTEMPTS = 10;
/** Criteria in one rubric. */
export const MAX_CRITERIA = 30;
/** Levels of one points criterion. */
export const MAX_LEVELS = 10;

/** The limits an assignment's author and its students work within, as the API enforces them. */
@ObjectType({ description: 'The limits the API enforces on assignments and what is handed in for them.' })
export class AssignmentLimits {
  @Field(() => Float, { description: 'The storage limit: no file, and no assignment’s maxFileBytes, may exceed it.' })
  maxUploadBytes: number;

  @Field(() => [String], { description: 'File types the storage takes; an assignment allows a subset.' })
  fileTypes: string[];

  @Field(() => Int)
  maxFilesPerSubmission: number;

  @Field(() => Int)
  maxAttempts: number;

  @Field(() => Int)
  maxCriteria: number;

  @Field(() => Int)
  maxLevels: number;
}
