import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format';
import { isApiError } from './api';
import { refusalSentence } from './refusals';

const CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
] as const;
const FIELDS = ['email', 'password', 'newPassword', 'name', 'roles', 'disciplineId', 'organisationId'] as const;
export type FieldKey = (typeof FIELDS)[number];

const includes = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

/**
 * The translated sentence for a failed request: by its reason (`refusals.<REASON>`, naming what
 * the API named in its params) when the portal knows it, otherwise by code. The API's own English
 * message is never shown.
 */
export function errorMessage(t: TFunction, language: string, error: unknown): string {
  if (!isApiError(error)) return t('errors.code.INTERNAL_SERVER_ERROR');
  if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds) {
    const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    const at = new Date(Date.now() + error.retryAfterSeconds * 1000);
    return t('errors.rateLimited', { count: minutes, time: formatTime(at, language) });
  }
  const sentence = refusalSentence(t, language, error);
  if (sentence) return sentence;
  return t(`errors.code.${includes(CODES, error.code) ? error.code : 'INTERNAL_SERVER_ERROR'}`);
}

/** Field name (as the API reports it) → translated message, for the fields the error names. */
export function fieldErrors(
  t: TFunction,
  error: unknown,
  messageFor: Partial<Record<string, FieldKey>> = {},
): Record<string, string> {
  if (!isApiError(error)) return {};
  return Object.fromEntries(
    Object.keys(error.fields).map((field) => {
      const key = messageFor[field] ?? field;
      return [field, includes(FIELDS, key) ? t(`errors.field.${key}`) : t('errors.field.other')];
    }),
  );
}

/** `errorMessage` bound to the current language. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown) => errorMessage(t, i18n.language, error);
}
