import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Why a CSV row cannot be imported. */
export enum CsvProblemCode {
  MISSING_EMAIL = 'MISSING_EMAIL',
  INVALID_EMAIL = 'INVALID_EMAIL',
  DUPLICATE_EMAIL = 'DUPLICATE_EMAIL',
  MISSING_NAME = 'MISSING_NAME',
  VALUE_TOO_LONG = 'VALUE_TOO_LONG',
  MISSING_DISCIPLINE = 'MISSING_DISCIPLINE',
  UNKNOWN_DISCIPLINE = 'UNKNOWN_DISCIPLINE',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  ACCOUNT_DEACTIVATED = 'ACCOUNT_DEACTIVATED',
  REQUIRED_TRACK_NOT_COMPLETED = 'REQUIRED_TRACK_NOT_COMPLETED',
}
registerEnumType(CsvProblemCode, { name: 'CsvProblemCode' });

export enum CsvRowAction {
  /** A new account is made (INVITED) and an invitation is sent. */
  INVITE = 'INVITE',
  /** The existing account is enrolled (and gets the student role if it lacked it). */
  ENROLL_EXISTING = 'ENROLL_EXISTING',
  /** Nothing happens: the row has problems. */
  NONE = 'NONE',
}
registerEnumType(CsvRowAction, { name: 'CsvRowAction' });

@ObjectType()
export class CsvProblem {
  @Field(() => CsvProblemCode)
  code: CsvProblemCode;

  @Field({ description: 'The column concerned: email, name, discipline or organisation.' })
  field: string;

  @Field()
  message: string;
}

@ObjectType()
export class EnrollmentCsvRow {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line: number;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field()
  discipline: string;

  @Field()
  organisation: string;

  @Field(() => CsvRowAction)
  action: CsvRowAction;

  @Field({ description: 'The organisation is not known yet and will be created on import.' })
  createsOrganisation: boolean;

  @Field(() => [CsvProblem])
  problems: CsvProblem[];
}

@ObjectType()
export class EnrollmentCsvPreview {
  @Field(() => [EnrollmentCsvRow])
  rows: EnrollmentCsvRow[];

  @Field(() => [String], { description: 'Problems with the file as a whole (e.g. a missing column).' })
  fileProblems: string[];

  @Field(() => Int)
  validRowCount: number;

  @Field(() => Int)
  invalidRowCount: number;

  @Field({ description: 'True when every row is valid; import only then.' })
  canImport: boolean;

  @Field({ description: 'Pass this to importEnrollmentCsv with the same file.' })
  previewHash: string;
}

@ObjectType()
export class EnrollmentImportResult {
  @Field(() => Int)
  enrolledCount: number;

  @Field(() => Int, { description: 'New accounts made and invited.' })
  invitedCount: number;

  @Field(() => Int)
  organisationsCreated: number;
}
