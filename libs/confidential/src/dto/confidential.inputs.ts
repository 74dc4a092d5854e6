import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ThreadStatus } from '../entities/confidential-thread.entity';

/**
 * Lengths are checked by the service (so the refusal can name the limit), up to this bound here:
 * a request body is limited anyway, this keeps a 10 MB string from reaching the service.
 */
export const HARD_MAX = 2_000_000;

@InputType()
export class StartConfidentialThreadInput {
  @Field()
  @IsString()
  @MaxLength(HARD_MAX)
  subject: string;

  @Field()
  @IsString()
  @MaxLength(HARD_MAX)
  body: string;

  @Field({ defaultValue: false, description: 'No link to your account; follow it up with the receipt.' })
  @IsBoolean()
  anonymous: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only these confidants may read it; omitted: every confidant.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  confidantIds?: string[] | null;
}

@InputType()
export class ReplyToConfidentialThreadInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field()
  @IsString()
  @MaxLength(HARD_MAX)
  body: string;
}

@InputType()
export class ReplyByReceiptInput {
  @Field()
  @IsString()
  @MaxLength(200)
  receipt: string;

  @Field()
  @IsString()
  @MaxLength(HARD_MAX)
  body: string;
}

@InputType()
export class SetConfidentialThreadStatusInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field(() => ThreadStatus)
  @IsIn(Object.values(ThreadStatus))
  status: ThreadStatus;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class AddConfidentialNoteInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field()
  @IsString()
  @MaxLength(HARD_MAX)
  body: string;
}

@InputType()
export class SetConfidentialRetentionInput {
  @Field(() => ID)
  @IsUUID()
  threadId: string;

  @Field(() => Int, { nullable: true, description: 'Days after closing; null: the default period.' })
  @IsOptional()
  @IsInt()
  @Min(-1_000_000)
  @Max(1_000_000)
  days?: number | null;
}
