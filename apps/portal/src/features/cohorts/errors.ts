import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CohortRefusal, CommonRefusal } from '../../gql/graphql';
import { isApiError, type ApiError, type RefusalParams } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { refusalSentence } from '../../lib/refusals';

export const hasReason = (error: unknown, reason: CohortRefusal) => isApiError(error) && error.reason === reason;

/** Student (and user) ids → names, for the refusals that name people by id. */
export type PeopleNames = ReadonlyMap<string, string>;

/** The ids a refusal names in `params.students` (a proposal's or the pool's students), or none. */
export function refusedStudentIds(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const students = error.params.students;
  return Array.isArray(students) ? students : [];
}

/**
 * A refusal's params as its sentence shows them: the people it names by id become their names
 * (someone the page does not know stays "a student"), 0-based group indices become "Groep 3".
 */
export function namedParams(t: TFunction, params: RefusalParams, names: PeopleNames = new Map()): RefusalParams {
  const person = (id: string) => names.get(id) ?? t('cohorts.someone');
  const group = (index: number | string | boolean | string[]) =>
    typeof index === 'number' && index >= 0 ? t('cohorts.proposal.groupName', { number: index + 1 }) : String(index);
  const named: Record<string, RefusalParams[string]> = { ...params };
  for (const key of ['students', 'users'] as const) {
    const ids = params[key];
    if (Array.isArray(ids)) named[key] = [...new Set(ids.map(person))];
  }
  for (const key of ['group', 'otherGroup'] as const) {
    if (params[key] !== undefined) named[key] = group(params[key]);
  }
  return named;
}

/** The sentence for a cohorts refusal, naming the people and groups it names; undefined when there is none. */
function namedSentence(t: TFunction, language: string, error: ApiError, names?: PeopleNames): string | undefined {
  if (!error.reason || error.code === 'RATE_LIMITED') return undefined;
  return refusalSentence(t, language, { ...error, params: namedParams(t, error.params, names) });
}

/** The cohorts' translated sentence for a failed request; anything else falls back to the portal's. */
export function useCohortErrorMessage(names?: PeopleNames) {
  const { t, i18n } = useTranslation();
  const fallback = useErrorMessage();
  return (error: unknown) => (isApiError(error) && namedSentence(t, i18n.language, error, names)) || fallback(error);
}

/**
 * Field name → message for the fields a failed request names: the reason's sentence when it names
 * the problem (a cohorts refusal), else the form's own wording for the field, else "check this
 * field". Malformed input in general (VALIDATION_FAILED) says less than the form's own wording.
 */
export function useCohortFieldErrors(names?: PeopleNames) {
  const { t, i18n } = useTranslation();
  return (error: unknown, messages: Partial<Record<string, string>> = {}): Record<string, string> => {
    if (!isApiError(error)) return {};
    const specific = error.reason !== ('VALIDATION_FAILED' satisfies CommonRefusal);
    const byReason = specific ? namedSentence(t, i18n.language, error, names) : undefined;
    return Object.fromEntries(
      Object.keys(error.fields).map((field) => [field, byReason ?? messages[field] ?? t('errors.field.other')]),
    );
  };
}
