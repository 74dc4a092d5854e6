import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../lib/api';
import { AccreditationExports } from '../accreditation/AccreditationExports';
import { DisciplineRegisters } from '../accreditation/DisciplineRegisters';
import { useErrorMessage } from '../../lib/errors';
import { Dialog, ErrorAlert, Loading, Page, SelectField, StatusMessage, TextField } from '../../lib/ui';
import {
  CertificateEligibilityDocument,
  CertificationTracksDocument,
  IssueCertificateDocument,
  RevokeCertificateDocument,
  TrackCertificatesDocument,
} from './certification.documents';
import { BulkIssuePanel } from './BulkIssuePanel';
import { ExpiringCertificates } from './ExpiringCertificates';
import { formatDate, statusLabel } from './format';

const PAGE = { limit: 100 };

/**
 * /admin/certificates — per track: who is eligible (issue), what the others still miss, and the
 * certificates issued (revoke with a reason). Every rule is the API's; this page shows its answers.
 */
export function AdminCertificatesPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const tracks = useQuery({ queryKey: ['certification-tracks'], queryFn: () => request(CertificationTracksDocument) });
  const [trackId, setTrackId] = useState('');
  const selected = trackId || tracks.data?.tracks[0]?.id || '';
  const eligibility = useQuery({
    queryKey: ['certificate-eligibility', selected],
    queryFn: () => request(CertificateEligibilityDocument, { trackId: selected, page: PAGE }),
    enabled: !!selected,
  });
  const issued = useQuery({
    queryKey: ['track-certificates', selected],
    queryFn: () => request(TrackCertificatesDocument, { trackId: selected, page: PAGE }),
    enabled: !!selected,
  });
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['certificate-eligibility', selected] }),
      queryClient.invalidateQueries({ queryKey: ['track-certificates', selected] }),
    ]);
  const issue = useMutation({
    mutationFn: (studentId: string) => request(IssueCertificateDocument, { input: { studentId, trackId: selected } }),
    onSuccess: async (data) => {
      setMessage(t('certification.admin.issued', { number: data.issueCertificate.number }));
      await refresh();
    },
  });
  const [revoking, setRevoking] = useState<{ id: string; number: string } | null>(null);
  const [reason, setReason] = useState('');
  const revoke = useMutation({
    mutationFn: () => request(RevokeCertificateDocument, { input: { certificateId: revoking!.id, reason } }),
    onSuccess: async () => {
      setMessage(t('certification.admin.revoked', { number: revoking!.number }));
      setRevoking(null);
      setReason('');
      await refresh();
    },
  });

  return (
    <Page title={t('certification.admin.title')}>
      {tracks.isError && <ErrorAlert message={errorText(tracks.error)} />}
      <SelectField label={t('certification.fields.track')} name="track" value={selected} onChange={setTrackId}>
        {tracks.data?.tracks.map((track) => (
          <option key={track.id} value={track.id}>
            {track.title}
          </option>
        ))}
      </SelectField>
      <StatusMessage message={message} />
      {selected && <BulkIssuePanel key={selected} trackId={selected} onProgress={refresh} />}
      {issue.isError && <ErrorAlert message={errorText(issue.error)} />}

      <h2>{t('certification.admin.eligibility')}</h2>
      {eligibility.isPending ? (
        <Loading label={t('certification.admin.loading')} />
      ) : eligibility.isError ? (
        <ErrorAlert message={errorText(eligibility.error)} />
      ) : !eligibility.data.certificateEligibility.items.length ? (
        <p>{t('certification.admin.noStudents')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('certification.fields.holder')}</th>
              <th scope="col">{t('certification.admin.missing')}</th>
              <th scope="col">{t('certification.fields.points')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('certification.admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {eligibility.data.certificateEligibility.items.map((row) => (
              <tr key={row.studentId}>
                <td>
                  {row.studentName}
                  <br />
                  <small>{row.studentEmail}</small>
                </td>
                <td>
                  {row.certificateNumber ? (
                    t('certification.admin.holds', { number: row.certificateNumber })
                  ) : row.eligible ? (
                    t('certification.admin.eligible')
                  ) : (
                    <ul>
                      {row.noModules && <li>{t('certification.admin.noModules')}</li>}
                      {row.requiredTrack && (
                        <li>{t('certification.admin.requiredTrack', { track: row.requiredTrack })}</li>
                      )}
                      {row.missingLessons.map((lesson) => (
                        <li key={lesson}>{t('certification.admin.lessonLeft', { lesson })}</li>
                      ))}
                      {row.unmetRequirements.map((requirement) => (
                        <li key={requirement}>{requirement}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{row.accreditationPoints}</td>
                <td>
                  {row.eligible && !row.certificateNumber && (
                    <button type="button" disabled={issue.isPending} onClick={() => issue.mutate(row.studentId)}>
                      {t('certification.admin.issue', { name: row.studentName })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('certification.admin.issuedTitle')}</h2>
      {issued.isPending ? (
        <Loading label={t('certification.admin.loading')} />
      ) : issued.isError ? (
        <ErrorAlert message={errorText(issued.error)} />
      ) : !issued.data.certificates.items.length ? (
        <p>{t('certification.admin.noneIssued')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('certification.fields.number')}</th>
              <th scope="col">{t('certification.fields.holder')}</th>
              <th scope="col">{t('certification.fields.issuedAt')}</th>
              <th scope="col">{t('certification.fields.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('certification.admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {issued.data.certificates.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <a href={c.verifyUrl}>{c.number}</a>
                </td>
                <td>{c.holderName}</td>
                <td>{formatDate(c.issuedAt, i18n.language)}</td>
                <td>
                  {statusLabel(t, c.status)}
                  {c.revocationReason ? ` — ${c.revocationReason}` : ''}
                </td>
                <td>
                  {c.pdfDownloadPath && <a href={c.pdfDownloadPath}>{t('certification.mine.pdf')}</a>}{' '}
                  {c.status !== 'REVOKED' && (
                    <button type="button" onClick={() => setRevoking({ id: c.id, number: c.number })}>
                      {t('certification.admin.revoke', { number: c.number })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <ExpiringCertificates />

      {revoking && (
        <Dialog
          title={t('certification.admin.revokeTitle', { number: revoking.number })}
          onClose={() => setRevoking(null)}
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              revoke.mutate();
            }}
          >
            {revoke.isError && <ErrorAlert message={errorText(revoke.error)} />}
            <TextField label={t('certification.admin.reason')} name="reason" value={reason} onChange={setReason} />
            <button type="submit" disabled={revoke.isPending}>
              {t('certification.admin.confirmRevoke')}
            </button>
          </form>
        </Dialog>
      )}
      <AccreditationExports />
      <DisciplineRegisters />
    </Page>
  );
}
