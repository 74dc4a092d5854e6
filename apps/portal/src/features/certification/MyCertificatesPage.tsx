import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../lib/api';
import { MyAccreditation } from '../accreditation/MyAccreditation';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { MyCertificatesDocument } from './certification.documents';
import { formatDate, statusLabel } from './format';

/** /certificates — "Mijn certificaten": each certificate with its PDF, credential and verify link. */
export function MyCertificatesPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const query = useQuery({ queryKey: ['my-certificates'], queryFn: () => request(MyCertificatesDocument) });
  const certificates = query.data?.myCertificates;
  return (
    <Page title={t('certification.mine.title')}>
      {query.isPending ? (
        <Loading label={t('certification.mine.loading')} />
      ) : query.isError ? (
        <ErrorAlert message={errorText(query.error)} />
      ) : !certificates?.length ? (
        <div className="empty-state">
          <p>{t('certification.mine.empty')}</p>
        </div>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('certification.fields.track')}</th>
              <th scope="col">{t('certification.fields.number')}</th>
              <th scope="col">{t('certification.fields.issuedAt')}</th>
              <th scope="col">{t('certification.fields.expiresAt')}</th>
              <th scope="col">{t('certification.fields.points')}</th>
              <th scope="col">{t('certification.fields.status')}</th>
              <th scope="col">{t('certification.mine.downloads')}</th>
            </tr>
          </thead>
          <tbody>
            {certificates.map((c) => (
              <tr key={c.id}>
                <td>{c.trackTitle}</td>
                <td>{c.number}</td>
                <td>{formatDate(c.issuedAt, i18n.language)}</td>
                <td>{c.expiresAt ? formatDate(c.expiresAt, i18n.language) : t('certification.fields.noExpiry')}</td>
                <td>{c.accreditationPoints}</td>
                <td>
                  {statusLabel(t, c.status)}
                  {c.replacedByNumber ? ` (${t('certification.replacedBy', { number: c.replacedByNumber })})` : ''}
                </td>
                <td>
                  <ul className="inline-list">
                    <li>
                      {c.pdfDownloadPath ? (
                        <a href={c.pdfDownloadPath}>{t('certification.mine.pdf')}</a>
                      ) : (
                        t('certification.mine.pdfPending')
                      )}
                    </li>
                    <li>
                      <a href={c.credentialDownloadPath}>{t('certification.mine.credential')}</a>
                    </li>
                    <li>
                      <a href={c.verifyUrl}>{t('certification.mine.verify')}</a>
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MyAccreditation />
    </Page>
  );
}
