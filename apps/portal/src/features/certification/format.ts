import type { TFunction } from 'i18next';
import type { CertificateStatus } from '../../gql/graphql';

/** A date as printed on the certificate, in Amsterdam. */
export function formatDate(value: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(value));
}

export function statusLabel(t: TFunction, status: CertificateStatus): string {
  return t(`certification.status.${status}`);
}
