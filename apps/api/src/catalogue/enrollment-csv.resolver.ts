import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import {
  EnrollmentCsvPreview,
  EnrollmentCsvService,
  EnrollmentImportResult,
  ImportEnrollmentCsvInput,
  PreviewEnrollmentCsvInput,
} from '@imh/catalogue';
import { CurrentActor } from '../auth/current-actor.decorator';

/** Admins enrolling a list of students from a CSV file: preview, confirm, import. */
@Resolver()
export class EnrollmentCsvResolver {
  constructor(private readonly csv: EnrollmentCsvService) {}

  @Query(() => EnrollmentCsvPreview, {
    description: 'Checks an enrolment CSV and lists what it would change about existing accounts; writes nothing.',
  })
  previewEnrollmentCsv(@CurrentActor() actor: Actor | null, @Args('input') input: PreviewEnrollmentCsvInput) {
    return this.csv.preview(actor, input);
  }

  @Mutation(() => EnrollmentImportResult, {
    description:
      'Imports a previewed CSV in one transaction, applying only the confirmed account changes; refused ' +
      '(BAD_USER_INPUT, every bad row listed) if any row is bad or the preview is outdated.',
  })
  importEnrollmentCsv(@CurrentActor() actor: Actor | null, @Args('input') input: ImportEnrollmentCsvInput) {
    return this.csv.import(actor, input);
  }
}
