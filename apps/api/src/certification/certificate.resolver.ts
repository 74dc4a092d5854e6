import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CertificateService,
  CertificateVerification,
  CertificateView,
  IssueCertificateInput,
  ReissueCertificateInput,
  RevokeCertificateInput,
  UploadVerification,
} from '@imh/certification';
import { type Actor, CommonRefusal, DomainError } from '@imh/common';
import { PageInput } from '@imh/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphQLContext } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';

/** For optional `ID` arguments: absent stays absent, anything else must be a UUID. */
const optionalUuid = new ParseUUIDPipe({
  optional: true,
  exceptionFactory: () => DomainError.badInput('Not a valid id.', { id: 'invalid' }, CommonRefusal.INVALID_ID),
});
import { CertificatePage, EligibilityPage } from './certification.types';

/** Certificates: the holder's list, the admin's eligibility, issuing, revocation, and public verification. */
@Resolver(() => CertificateView)
export class CertificateResolver {
  constructor(private readonly service: CertificateService) {}

  @Query(() => [CertificateView], { description: "The signed-in user's certificates, newest first." })
  myCertificates(@CurrentActor() actor: Actor | null) {
    return this.service.myCertificates(actor);
  }

  @Query(() => CertificateView, { description: 'One certificate, for its holder and admins.' })
  certificate(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, uuid) id: string) {
    return this.service.certificate(actor, id);
  }

  @Query(() => CertificatePage, {
    description:
      'Admins: certificates, optionally of one track or student; with expiringFrom/expiringUntil, the valid ones expiring in that period.',
  })
  certificates(
    @CurrentActor() actor: Actor | null,
    @Args('trackId', { type: () => ID, nullable: true }, optionalUuid) trackId?: string,
    @Args('studentId', { type: () => ID, nullable: true }, optionalUuid) studentId?: string,
    @Args('expiringFrom', { type: () => Date, nullable: true }) expiringFrom?: Date,
    @Args('expiringUntil', { type: () => Date, nullable: true }) expiringUntil?: Date,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.certificates(actor, { trackId, studentId, expiringFrom, expiringUntil }, page);
  }

  @Query(() => EligibilityPage, {
    description: "Admins: per track (or one cohort's members), who is eligible and what the others still miss.",
  })
  certificateEligibility(
    @CurrentActor() actor: Actor | null,
    @Args('trackId', { type: () => ID, nullable: true }, optionalUuid) trackId?: string,
    @Args('cohortId', { type: () => ID, nullable: true }, optionalUuid) cohortId?: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.eligibility(actor, { trackId, cohortId }, page);
  }

  @Mutation(() => CertificateView, {
    description:
      'Admins: issue a certificate. CONFLICT when a valid one exists; BAD_USER_INPUT naming what is missing.',
  })
  issueCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: IssueCertificateInput) {
    return this.service.issue(actor, input);
  }

  @Mutation(() => CertificateView, { description: 'Admins: revoke a certificate, with a reason.' })
  revokeCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: RevokeCertificateInput) {
    return this.service.revoke(actor, input);
  }

  @Mutation(() => CertificateView, {
    description: 'Admins: a new certificate (new number) in place of a valid one, which is revoked and points to it.',
  })
  reissueCertificate(@CurrentActor() actor: Actor | null, @Args('input') input: ReissueCertificateInput) {
    return this.service.reissue(actor, input);
  }

  @Mutation(() => String, { description: 'Admins: retire the signing key and make a new one; returns its kid.' })
  rotateCertificateSigningKey(@CurrentActor() actor: Actor | null) {
    return this.service.rotateIssuerKey(actor);
  }

  @Query(() => CertificateVerification, {
    description: 'Signed out: a certificate by its verification code. NOT_FOUND for any other code. Rate-limited.',
  })
  verifyCertificate(@Args('code') code: string, @Context() ctx: GraphQLContext) {
    return this.service.verify(code, ctx.req.ip ?? 'unknown');
  }

  @Query(() => UploadVerification, {
    description: 'Signed out: whether a credential (VC-JWT) is exactly one we issued, and its status. Rate-limited.',
  })
  verifyCredential(@Args('credential') credential: string, @Context() ctx: GraphQLContext) {
    return this.service.verifyCredential(credential, ctx.req.ip ?? 'unknown');
  }
}
