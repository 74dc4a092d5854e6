import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError, request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { VerifyCertificateDocument } from './certification.documents';
import { formatDate, statusLabel } from './format';
import { UploadCheck } from './UploadCheck';

export const VERIFY_PATH = '/verify/:code';

/**
 * /verify/:code — public: every field printed on the certificate and its status today, as the
 * server says, so a reader compares them with the paper or PDF in front of them.
 */
export function VerifyPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const { code = '' } = useParams();
  const query = useQuery({
    queryKey: ['verify-certificate', code],
    queryFn: () => request(VerifyCertificateDocument, { code }),
    retry: false,
  });
  const c = query.data?.verifyCertificate;
  return (
    <Page title={t('certification.verify.title')}>
      {query.isPending ? (
        <Loading label={t('certification.verify.loading')} />
      ) : query.isError ? (
        isApiError(query.error) && query.error.code === 'NOT_FOUND' ? (
          <ErrorAlert message={t('certification.verify.notFound')} />
        ) : (
          <ErrorAlert message={errorText(query.error)} />
        )
      ) : c ? (
        <>
          <p className={`verify-status verify-status--${c.status.toLowerCase()}`} role="status">
            {c.status === 'REVOKED' && c.revokedAt
              ? t('certification.verify.revokedOn', { date: formatDate(c.revokedAt, i18n.language) })
              : statusLabel(t, c.status)}
            {c.replacedByNumber ? ` ${t('certification.replacedBy', { number: c.replacedByNumber })}` : ''}
          </p>
          <dl className="details">
            <dt>{t('certification.fields.holder')}</dt>
            <dd>{c.holderName}</dd>
            <dt>{t('certification.fields.track')}</dt>
            <dd>{c.trackTitle}</dd>
            <dt>{t('certification.fields.number')}</dt>
            <dd>{c.number}</dd>
            <dt>{t('certification.fields.issuedAt')}</dt>
            <dd>{formatDate(c.issuedAt, i18n.language)}</dd>
            <dt>{t('certification.fields.expiresAt')}</dt>
            <dd>{c.expiresAt ? formatDate(c.expiresAt, i18n.language) : t('certification.fields.noExpiry')}</dd>
            <dt>{t('certification.fields.points')}</dt>
            <dd>{c.accreditationPoints}</dd>
            <dt>{t('certification.fields.signatory')}</dt>
            <dd>{c.signatoryName}</dd>
          </dl>
          <p>{t('certification.verify.compare')}</p>
          <UploadCheck number={c.number} maxBytes={c.uploadMaxBytes} />
        </>
      ) : null}
    </Page>
  );
}
