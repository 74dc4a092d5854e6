import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssignmentRefusal } from '@imh/assignments';
import { CatalogueRefusal } from '@imh/catalogue';
import { AccreditationRefusal, CertificationRefusal } from '@imh/certification';
import { CohortRefusal } from '@imh/cohorts';
import { CommonRefusal } from '@imh/common';
import { ConfidentialRefusal } from '@imh/confidential';
import { FileRefusal } from '@imh/files';
import { IdentityRefusal } from '@imh/identity';
import { NotificationsRefusal } from '@imh/notifications';

/**
 * Every context's refusal enum, by context. The one list: the schema exposes each enum (so the
 * portal's generated types hold them and a missing translation fails its typecheck), and the
 * uniqueness check below keeps a reason value in exactly one enum. A new context adds its enum here.
 */
export const REFUSAL_ENUMS = {
  common: CommonRefusal,
  identity: IdentityRefusal,
  files: FileRefusal,
  catalogue: CatalogueRefusal,
  assignments: AssignmentRefusal,
  cohorts: CohortRefusal,
  confidential: ConfidentialRefusal,
  notifications: NotificationsRefusal,
  certification: CertificationRefusal,
  accreditation: AccreditationRefusal,
} as const;

const ENUM_NAMES: Record<keyof typeof REFUSAL_ENUMS, string> = {
  common: 'CommonRefusal',
  identity: 'IdentityRefusal',
  files: 'FileRefusal',
  catalogue: 'CatalogueRefusal',
  assignments: 'AssignmentRefusal',
  cohorts: 'CohortRefusal',
  confidential: 'ConfidentialRefusal',
  notifications: 'NotificationsRefusal',
  certification: 'CertificationRefusal',
  accreditation: 'AccreditationRefusal',
};

for (const [context, values] of Object.entries(REFUSAL_ENUMS)) {
  registerEnumType(values, {
    name: ENUM_NAMES[context as keyof typeof REFUSAL_ENUMS],
    description: `Why the ${context} context refuses a request: the value of \`extensions.reason\` on its errors.`,
  });
}

/** Reason value → the contexts whose enum holds it; more than one is a mistake the tests catch. */
export function refusalOwners(): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [context, values] of Object.entries(REFUSAL_ENUMS)) {
    for (const value of Object.values(values)) owners.set(value, [...(owners.get(value) ?? []), context]);
  }
  return owners;
}

/**
 * The refusal vocabulary as a type: each field lists one context's reasons. Errors carry the
 * reason in `extensions.reason` and what it names in `extensions.params`; this query lets API
 * users (and the portal's code generator) see every reason there is.
 */
@ObjectType({ description: 'Every reason the API can give in `extensions.reason`, by context.' })
export class RefusalVocabulary {
  @Field(() => [CommonRefusal]) common: CommonRefusal[];
  @Field(() => [IdentityRefusal]) identity: IdentityRefusal[];
  @Field(() => [FileRefusal]) files: FileRefusal[];
  @Field(() => [CatalogueRefusal]) catalogue: CatalogueRefusal[];
  @Field(() => [AssignmentRefusal]) assignments: AssignmentRefusal[];
  @Field(() => [CohortRefusal]) cohorts: CohortRefusal[];
  @Field(() => [ConfidentialRefusal]) confidential: ConfidentialRefusal[];
  @Field(() => [NotificationsRefusal]) notifications: NotificationsRefusal[];
  @Field(() => [CertificationRefusal]) certification: CertificationRefusal[];
  @Field(() => [AccreditationRefusal]) accreditation: AccreditationRefusal[];
}

export function refusalVocabulary(): RefusalVocabulary {
  return Object.fromEntries(
    Object.entries(REFUSAL_ENUMS).map(([context, values]) => [context, Object.values(values)]),
  ) as unknown as RefusalVocabulary;
}
