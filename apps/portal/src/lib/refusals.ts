import type { TFunction } from 'i18next';
import type {
  AccreditationRefusal,
  AssignmentRefusal,
  CatalogueRefusal,
  CertificationRefusal,
  CohortRefusal,
  CommonRefusal,
  ConfidentialRefusal,
  FileRefusal,
  IdentityRefusal,
  NotificationsRefusal,
} from '../gql/graphql';
import type nl from '../i18n/nl.json';
import type { ApiError, RefusalParams } from './api';

/** Every reason the API can refuse with: the enums of its schema, generated (see codegen.ts). */
export type Refusal =
  | CommonRefusal
  | IdentityRefusal
  | FileRefusal
  | CatalogueRefusal
  | AssignmentRefusal
  | CohortRefusal
  | ConfidentialRefusal
  | NotificationsRefusal
  | CertificationRefusal
  | AccreditationRefusal;

// Each reason has its sentence under `refusals` (Dutch; English is typed against Dutch), and no
// sentence is left for a reason the API no longer gives. Either mistake fails the typecheck here.
type Sentences = keyof (typeof nl)['refusals'];
type Untranslated = Exclude<Refusal, Sentences>;
type Stale = Exclude<Sentences, Refusal>;
export const everyRefusalTranslated: [Untranslated, Stale] extends [never, never]
  ? true
  : { untranslated: Untranslated; stale: Stale } = true;

/**
 * Interpolation values for a refusal's sentence: lists become "a, b en c" in the reader's
 * language; everything else as it came.
 */
export function refusalValues(params: RefusalParams, language: string): Record<string, string | number> {
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      Array.isArray(value) ? list.format(value.map(String)) : typeof value === 'boolean' ? String(value) : value,
    ]),
  );
}

/** The translated sentence for the error's reason, or undefined when the portal has none. */
export function refusalSentence(t: TFunction, language: string, error: ApiError): string | undefined {
  return error.reason ? reasonSentence(t, language, error.reason, error.params) : undefined;
}

/** The sentence for a reason the API gave outside an error (e.g. why a student may not hand in now). */
export function reasonSentence(
  t: TFunction,
  language: string,
  reason: string,
  params: RefusalParams = {},
): string | undefined {
  const key = `refusals.${reason}` as `refusals.${Sentences}`;
  if (!t(key, { defaultValue: '' })) return undefined;
  return t(key, refusalValues(params, language));
}

/**
 * An unmet module requirement in the reader's words: the sentence of its reason (a refusal
 * value, e.g. ASSIGNMENT_NOT_PASSED) naming its subject; the subject's title when the portal has none.
 */
export function requirementSentence(t: TFunction, requirement: { reason: string; subjectTitle: string }): string {
  const key = `refusals.${requirement.reason}` as `refusals.${Sentences}`;
  return t(key, { title: requirement.subjectTitle, defaultValue: requirement.subjectTitle });
}
