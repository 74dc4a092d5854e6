import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateInRange } from '@imh/common';
import { MAX_REGISTRATION_INPUT, RegisterCode } from './registers';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = 'Enter a date as YYYY-MM-DD.';

/** A professional register, with the format its numbers have. */
@ObjectType()
export class Register {
  @Field(() => RegisterCode) code: RegisterCode;
  @Field({ description: "The register's own name." }) name: string;
  @Field({ description: 'The number format in words (English; the portal words it itself).' }) format: string;
  @Field({ description: 'A number in the valid format.' }) example: string;
}

/** A student's number in a register. */
@ObjectType()
export class RegistrationView {
  @Field(() => RegisterCode) register: RegisterCode;
  @Field({ description: 'As stored: normalised to the register’s format.' }) number: string;
  @Field() updatedAt: Date;
}

/** A module whose points a register booked for the student. */
@ObjectType()
export class EarnedModule {
  @Field(() => ID) moduleId: string;
  @Field() moduleTitle: string;
  @Field({ description: 'When the module became complete (YYYY-MM-DD, Europe/Amsterdam).' }) earnedOn: string;
  @Field(() => Int) points: number;
}

/** The points one register booked for the student in one calendar year. */
@ObjectType()
export class AccreditationYear {
  @Field(() => Int) year: number;
  @Field(() => RegisterCode) register: RegisterCode;
  @Field(() => Int) points: number;
  @Field({ description: 'The student has a number in this register (without one the points cannot be reported).' })
  registered: boolean;
  @Field(() => [EarnedModule]) modules: EarnedModule[];
}

/** One student's registers: which are offered, their numbers, and the points per year and register. */
@ObjectType()
export class AccreditationProfile {
  @Field(() => ID) studentId: string;
  @Field(() => String, { nullable: true, description: "The discipline's Dutch name." }) disciplineName: string | null;
  @Field(() => [Register], { description: "The registers the student's discipline offers, and any they hold." })
  offeredRegisters: Register[];
  @Field(() => [RegistrationView]) registrations: RegistrationView[];
  @Field(() => [AccreditationYear], { description: 'Newest year first, registers in their order.' })
  points: AccreditationYear[];
}

@ObjectType()
export class RegisterPoints {
  @Field(() => RegisterCode) register: RegisterCode;
  @Field(() => Int) points: number;
}

/** A course edition (cohort) for PE-online's attendance import. */
@ObjectType()
export class PeOnlineEdition {
  @Field(() => ID, { nullable: true, description: 'Null: students who earned points outside any cohort.' })
  cohortId: string | null;
  @Field(() => String, { nullable: true }) cohortName: string | null;
  @Field() trackTitle: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startsOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endsOn: string | null;
  @Field({ description: 'The registration numbers, one per line, as PE-online imports them.' }) numbers: string;
  @Field(() => Int) count: number;
}

/** A student who earned points in the period but has no number in the register. */
@ObjectType()
export class MissingRegistration {
  @Field(() => ID) studentId: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => [String]) modules: string[];
  @Field(() => Int) points: number;
}

/** An export for one register and period; students without a number are in `missing`, not left out silently. */
@ObjectType()
export class AccreditationExport {
  @Field(() => RegisterCode) register: RegisterCode;
  @Field() from: string;
  @Field() to: string;
  @Field({ description: 'A file name for the CSV.' }) fileName: string;
  @Field({ description: 'registration number, name, module, date, points: RFC 4180, CSV-injection safe.' })
  csv: string;
  @Field(() => Int, { description: 'Rows in the CSV (header excluded).' }) rowCount: number;
  @Field(() => Int) totalPoints: number;
  @Field(() => [PeOnlineEdition]) editions: PeOnlineEdition[];
  @Field(() => [MissingRegistration]) missing: MissingRegistration[];
}

@InputType()
export class RecordRegistrationInput {
  @Field(() => ID, { nullable: true, description: 'Admins: another student. Leave out for yourself.' })
  @IsOptional()
  @IsUUID()
  studentId?: string | null;

  @Field(() => RegisterCode) @IsEnum(RegisterCode) register: RegisterCode;

  @Field({ description: 'The number as typed; spaces and dots are ignored.' })
  @IsString()
  @MaxLength(MAX_REGISTRATION_INPUT)
  number: string;
}

@InputType()
export class RemoveRegistrationInput {
  @Field(() => ID, { nullable: true, description: 'Admins: another student. Leave out for yourself.' })
  @IsOptional()
  @IsUUID()
  studentId?: string | null;

  @Field(() => RegisterCode) @IsEnum(RegisterCode) register: RegisterCode;
}

@InputType()
export class RegisterPointsInput {
  @Field(() => RegisterCode) @IsEnum(RegisterCode) register: RegisterCode;
  @Field(() => Int, { description: '1–1000.' }) @IsInt() @Min(1) @Max(1000) points: number;
}

@InputType()
export class SetModuleRegisterPointsInput {
  @Field(() => ID) @IsUUID() moduleId: string;

  @Field(() => [RegisterPointsInput], { description: 'The whole set: registers left out grant no points.' })
  @ArrayMaxSize(Object.keys(RegisterCode).length)
  @ValidateNested({ each: true })
  @Type(() => RegisterPointsInput)
  points: RegisterPointsInput[];
}

@InputType()
export class SetDisciplineRegistersInput {
  @Field(() => ID) @IsUUID() disciplineId: string;

  @Field(() => [RegisterCode], { description: 'The whole set offered to the discipline.' })
  @ArrayMaxSize(Object.keys(RegisterCode).length)
  @IsEnum(RegisterCode, { each: true })
  registers: RegisterCode[];
}

@InputType()
export class AccreditationExportInput {
  @Field(() => RegisterCode) @IsEnum(RegisterCode) register: RegisterCode;

  @Field({ description: 'First day, YYYY-MM-DD (Europe/Amsterdam), in 2000–2100.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsDateInRange()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsISO8601({ strict: true }, { message: DAY_MESSAGE })
  from: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD, not before from, at most five years later.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsDateInRange()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsISO8601({ strict: true }, { message: DAY_MESSAGE })
  to: string;
}
