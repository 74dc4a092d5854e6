import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert, SelectField } from '../../lib/ui';
import {
  CertificateBatchesDocument,
  CertificationCohortsDocument,
  IssueCohortCertificatesDocument,
} from './bulk.documents';

/** How often the page asks how far a running bulk issue is. */
const POLL_MS = 1500;

/**
 * Issue the certificate to every eligible member of one cohort of the track. The worker does the
 * work; this panel shows the batch's progress as the API counts it, polling while it runs.
 */
export function BulkIssuePanel({ trackId, onProgress }: { trackId: string; onProgress: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const titleId = useId();
  const cohorts = useQuery({
    queryKey: ['certification-cohorts', trackId],
    queryFn: () => request(CertificationCohortsDocument, { trackId }),
  });
  const [cohortId, setCohortId] = useState('');
  const selected = cohortId || cohorts.data?.cohorts.items[0]?.id || '';
  const batches = useQuery({
    queryKey: ['certificate-batches', selected],
    queryFn: () => request(CertificateBatchesDocument, { cohortId: selected, page: { limit: 1 } }),
    enabled: !!selected,
    refetchInterval: (query) => (query.state.data?.certificateBatches.items[0]?.running ? POLL_MS : false),
  });
  const latest = batches.data?.certificateBatches.items[0] ?? null;
  const running = !!latest?.running;
  // Each poll while it runs brings new certificates: let the lists below follow.
  const processed = latest?.processed ?? 0;
  const follow = useRef(onProgress);
  follow.current = onProgress;
  useEffect(() => {
    if (processed) follow.current();
  }, [processed]);
  const start = useMutation({
    mutationFn: () => request(IssueCohortCertificatesDocument, { input: { cohortId: selected } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['certificate-batches', selected] }),
  });

  if (cohorts.isError) return <ErrorAlert message={errorText(cohorts.error)} />;
  if (!cohorts.data?.cohorts.items.length) return null;
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('certification.bulk.title')}</h2>
      <p>{t('certification.bulk.intro')}</p>
      <SelectField label={t('certification.bulk.cohort')} name="cohort" value={selected} onChange={setCohortId}>
        {cohorts.data.cohorts.items.map((cohort) => (
          <option key={cohort.id} value={cohort.id}>
            {cohort.name}
          </option>
        ))}
      </SelectField>
      {start.isError && <ErrorAlert message={errorText(start.error)} />}
      <button type="button" disabled={running || start.isPending} onClick={() => start.mutate()}>
        {t('certification.bulk.start')}
      </button>
      {latest && (
        <div className="card" role="status" aria-live="polite">
          <p>
            {t(`certification.bulk.status.${latest.status}`, { cohort: latest.cohortName })}{' '}
            {t('certification.bulk.percent', { percent: latest.percent })}
          </p>
          <progress max={100} value={latest.percent} aria-label={t('certification.bulk.progress')}>
            {latest.percent}%
          </progress>
          <p>
            {t('certification.bulk.counts', {
              processed: latest.processed,
              total: latest.total,
              issued: latest.issued,
              alreadyCertified: latest.alreadyCertified,
              notEligible: latest.notEligible,
            })}
          </p>
        </div>
      )}
    </section>
  );
}
