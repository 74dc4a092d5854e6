import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CertificateBatchService, CertificateBatchView, IssueCohortCertificatesInput } from '@imh/certification';
import { type Actor, CommonRefusal, DomainError } from '@imh/common';
import { PageInput } from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Paginated } from '../graphql/paginated';
import { uuid } from '../graphql/uuid.pipe';

@ObjectType()
export class CertificateBatchPage extends Paginated(CertificateBatchView) {}

const optionalUuid = new ParseUUIDPipe({
  optional: true,
  exceptionFactory: () => DomainError.badInput('Not a valid id.', { id: 'invalid' }, CommonRefusal.INVALID_ID),
});

/** Bulk issuing: an admin asks for a cohort's certificates; the worker issues them; the portal polls the batch. */
@Resolver(() => CertificateBatchView)
export class CertificateBatchResolver {
  constructor(private readonly batches: CertificateBatchService) {}

  @Mutation(() => CertificateBatchView, {
    description:
      'Admins: issue the certificate to every eligible member of a cohort, in the worker. CONFLICT while one is running for the cohort.',
  })
  issueCohortCertificates(@CurrentActor() actor: Actor | null, @Args('input') input: IssueCohortCertificatesInput) {
    return this.batches.request(actor, input);
  }

  @Query(() => CertificateBatchView, { description: 'Admins: one bulk issue and its progress.' })
  certificateBatch(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.batches.batch(actor, id);
  }

  @Query(() => CertificateBatchPage, { description: 'Admins: bulk issues, newest first, optionally of one cohort.' })
  certificateBatches(
    @CurrentActor() actor: Actor | null,
    @Args('cohortId', { type: () => ID, nullable: true }, optionalUuid) cohortId?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.batches.batches(actor, { cohortId }, page);
  }
}
