import { Field, ID, InputType } from '@nestjs/graphql';
import { IsHexadecimal, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';

export const MAX_CSV_CHARS = 1_000_000;

@InputType()
export class PreviewEnrollmentCsvInput {
  @Field(() => ID)
  @IsUUID()
  trackId: string;

  @Field({
    description: 'The CSV text: a header row (e-mail, name, discipline, organisation) and one row per student.',
  })
  @IsString()
  @MinLength(1, { message: 'The file is empty.' })
  @MaxLength(MAX_CSV_CHARS, { message: 'The file is too large (1 MB at most).' })
  csv: string;
}

@InputType()
export class ImportEnrollmentCsvInput extends PreviewEnrollmentCsvInput {
  @Field({ description: 'The hash from the preview, proving the admin saw exactly this file.' })
  @IsHexadecimal()
  @Length(64, 64)
  previewHash: string;
}
