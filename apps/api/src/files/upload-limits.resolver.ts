import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@imh/common';
import { FileService, UploadLimits } from '@imh/files';
import { CurrentActor } from '../auth/current-actor.decorator';

/** The upload limits the server enforces, for the portal to state them and check before sending. */
@Resolver(() => UploadLimits)
export class UploadLimitsResolver {
  constructor(private readonly files: FileService) {}

  @Query(() => UploadLimits, { description: 'What POST /files accepts (signed in: only signed-in people upload).' })
  uploadLimits(@CurrentActor() actor: Actor | null): UploadLimits {
    return this.files.limits(actor);
  }

  @ResolveField(() => [String], {
    description:
      'The file extensions accepted for this purpose (e.g. LESSON_ATTACHMENT, SUBMISSION_FILE), lower-case; ' +
      'every accepted type without a purpose. An unknown purpose is BAD_USER_INPUT (UNKNOWN_PURPOSE).',
  })
  allowedTypes(@Args('purpose', { type: () => String, nullable: true }) purpose?: string | null): string[] {
    return this.files.allowedExtensions(purpose);
  }
}
