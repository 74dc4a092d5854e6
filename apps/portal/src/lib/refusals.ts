import type { TFunction } from 'i18next';
import type {
  AssignmentRefusal,
  CatalogueRefusal,
  CertificationRefusal,
  CohortRefusal,
  CommonRefusal,
  FileRefusal,
  IdentityRefusal,
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
  | CertificationRefusal;

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
  if (!error.reason) return undefined;
  const key = `refusals.${error.reason}` as `refusals.${Sentences}`;
  if (!t(key, { defaultValue: '' })) return undefined;
  return t(key, refusalValues(error.params, language));
}
