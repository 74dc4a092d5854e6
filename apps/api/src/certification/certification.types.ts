import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { CertificateView, EligibilityView } from '@imh/certification';
import { Paginated } from '../graphql/paginated';

@ObjectType()
export class CertificatePage extends Paginated(CertificateView) {}

@ObjectType()
export class EligibilityPage extends Paginated(EligibilityView) {}

@ArgsType()
export class EligibilityFilter {
  @Field(() => ID, { nullable: true }) trackId?: string | null;
  @Field(() => ID, { nullable: true }) cohortId?: string | null;
}
