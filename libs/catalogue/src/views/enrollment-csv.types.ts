import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@imh/common';
import { Discipline } from '@imh/identity';

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

/** Why a CSV file as a whole cannot be imported. */
export enum CsvFileProblemCode {
  /** Not readable as CSV (e.g. a quote that is never closed); `line` says where. */
  UNREADABLE = 'UNREADABLE',
  EMPTY = 'EMPTY',
  NO_EMAIL_COLUMN = 'NO_EMAIL_COLUMN',
  NO_NAME_COLUMN = 'NO_NAME_COLUMN',
  /** A header row and nothing else. */
  NO_ROWS = 'NO_ROWS',
  /** More than `maxRows` rows (`rowCount`). */
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
}
registerEnumType(CsvFileProblemCode, { name: 'CsvFileProblemCode' });

@ObjectType()
export class CsvFileProblem {
  @Field(() => CsvFileProblemCode)
  code: CsvFileProblemCode;

  @Field({ description: 'In English, for API users; the portal words it from the code.' })
  message: string;

  @Field(() => Int, { nullable: true, description: 'UNREADABLE: the line where reading failed.' })
  line: number | null;

  @Field(() => Int, { nullable: true, description: 'TOO_MANY_ROWS: the rows in the file.' })
  rowCount: number | null;

  @Field(() => Int, { nullable: true, description: 'TOO_MANY_ROWS: the most one import takes.' })
  maxRows: number | null;
}

export enum CsvRowAction {
  /** A new account is made (INVITED) and an invitation is sent. */
  INVITE = 'INVITE',
  /**
   * The existing account is enrolled. What the file would change about it is listed in the
   * row's `changes` and applied only when the admin confirms it.
   */
  ENROLL_EXISTING = 'ENROLL_EXISTING',
  /** Nothing happens: the row has problems. */
  NONE = 'NONE',
}
registerEnumType(CsvRowAction, { name: 'CsvRowAction' });

/** What about an existing account a row would change. */
export enum CsvAccountField {
  DISCIPLINE = 'DISCIPLINE',
  ORGANISATION = 'ORGANISATION',
  /**
   * The account lacks the student role (a docent, an admin). Without confirming it the row is
   * not enrolled: an enrolment is a student's, and nobody becomes a student unasked.
   */
  STUDENT_ROLE = 'STUDENT_ROLE',
}
registerEnumType(CsvAccountField, { name: 'CsvAccountField' });

/** One change the file would make to an existing account, shown old → new for the admin to confirm. */
@ObjectType()
export class CsvAccountChange {
  @Field(() => CsvAccountField)
  field: CsvAccountField;

  @Field(() => String, {
    nullable: true,
    description: 'The account now: a discipline code or an organisation name; null when empty (and for STUDENT_ROLE).',
  })
  from: string | null;

  @Field({ description: 'After the import: a discipline code, an organisation name, or STUDENT.' })
  to: string;

  @Field(() => Discipline, { nullable: true, description: 'For DISCIPLINE: the current discipline, if any.' })
  fromDiscipline: Discipline | null;

  @Field(() => Discipline, { nullable: true, description: 'For DISCIPLINE: the discipline the file names.' })
  toDiscipline: Discipline | null;

  @Field(() => [Role], { description: 'For STUDENT_ROLE: the roles the account has now.' })
  currentRoles: Role[];
}

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

  @Field(() => [CsvAccountChange], {
    description: 'For ENROLL_EXISTING: what the import would change about the account, each applied only if confirmed.',
  })
  changes: CsvAccountChange[];
}

@ObjectType()
export class EnrollmentCsvPreview {
  @Field(() => [EnrollmentCsvRow])
  rows: EnrollmentCsvRow[];

  @Field(() => [CsvFileProblem], { description: 'Problems with the file as a whole (e.g. a missing column).' })
  fileProblems: CsvFileProblem[];

  @Field(() => Int)
  validRowCount: number;

  @Field(() => Int)
  invalidRowCount: number;

  @Field({ description: 'True when every row is valid; import only then.' })
  canImport: boolean;

  @Field({
    description:
      'Fingerprint of the track, the file and what the preview showed (actions and account changes). ' +
      'Pass it to importEnrollmentCsv with the same file; the import is refused when anything differs.',
  })
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

  @Field(() => Int, { description: 'Confirmed changes to existing accounts that were applied.' })
  changesApplied: number;

  @Field(() => Int, {
    description: 'Rows not enrolled because the account lacks the student role and adding it was not confirmed.',
  })
  skippedCount: number;
}
