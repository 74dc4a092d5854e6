import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsHexadecimal,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MAX_CSV_ROWS } from '../enrollment-csv';
import { CsvAccountField } from '../views/enrollment-csv.types';

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

/** The admin confirmed one change the preview offered: this field of the account with this e-mail. */
@InputType()
export class ConfirmCsvChangeInput {
  @Field({ description: "The row's e-mail address, as the preview showed it." })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email: string;

  @Field(() => CsvAccountField)
  @IsEnum(CsvAccountField)
  field: CsvAccountField;
}

@InputType()
export class ImportEnrollmentCsvInput extends PreviewEnrollmentCsvInput {
  @Field({
    description: 'The fingerprint from the preview, proving the admin saw exactly this file and these changes.',
  })
  @IsHexadecimal()
  @Length(64, 64)
  previewHash: string;

  @Field(() => [ConfirmCsvChangeInput], {
    defaultValue: [],
    description:
      'The account changes (of the preview rows) the admin confirmed. Any other change is not applied; ' +
      'a row whose STUDENT_ROLE change is not confirmed is not enrolled.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_CSV_ROWS * 3)
  @ValidateNested({ each: true })
  @Type(() => ConfirmCsvChangeInput)
  confirmedChanges: ConfirmCsvChangeInput[];
}
