import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { IntakeRequestsQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { formatDate, formatTime } from '../../lib/format';
import { ErrorAlert, Loading, Page, Pagination, StatusMessage } from '../../lib/ui';
import { IntakeRequestsDocument, SetIntakeRequestHandledDocument } from './catalogue.documents';
import { useCatalogueErrorMessage } from './errors';

const PAGE_SIZE = 20;
const FILTERS = ['open', 'handled', 'all'] as const;
type Filter = (typeof FILTERS)[number];

type IntakeRow = IntakeRequestsQuery['intakeRequests']['items'][number];

/** /admin/intake — intake requests from the public form, newest first; open ones first by default. */
export function IntakeRequestsPage() {
  const { t, i18n } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filterParam = params.get('show');
  const filter: Filter = FILTERS.includes(filterParam as Filter) ? (filterParam as Filter) : 'open';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [flash, setFlash] = useState<string | null>(null);
  const filterId = useId();

  const handled = filter === 'all' ? undefined : filter === 'handled';
  const requests = useQuery({
    queryKey: ['intake-requests', filter, page],
    queryFn: () =>
      request(IntakeRequestsDocument, { handled, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  const mark = useMutation({
    mutationFn: (vars: { row: IntakeRow; handled: boolean }) =>
      request(SetIntakeRequestHandledDocument, { id: vars.row.id, handled: vars.handled }),
    onMutate: () => setFlash(null),
    onSuccess: async (_data, vars) => {
      setFlash(t(vars.handled ? 'intakeRequests.markedHandled' : 'intakeRequests.reopened', { name: vars.row.name }));
      await queryClient.invalidateQueries({ queryKey: ['intake-requests'] });
      // The request usually leaves the filtered list, and its button with it: focus goes back
      // to the top of the page, where the confirmation is.
      document.querySelector<HTMLElement>('main h1')?.focus();
    },
  });

  function update(next: { filter?: Filter; page?: number }) {
    const nextParams = new URLSearchParams(params);
    if (next.filter) {
      if (next.filter === 'open') nextParams.delete('show');
      else nextParams.set('show', next.filter);
      nextParams.delete('page');
    }
    if (next.page !== undefined) {
      if (next.page > 1) nextParams.set('page', String(next.page));
      else nextParams.delete('page');
    }
    setParams(nextParams);
  }

  const data = requests.data?.intakeRequests;

  return (
    <Page title={t('intakeRequests.title')}>
      <p className="lead">{t('intakeRequests.intro')}</p>
      <StatusMessage message={flash} />
      <ErrorAlert message={mark.error ? errorText(mark.error) : null} />
      <div className="filters">
        <div className="field">
          <label htmlFor={filterId}>{t('intakeRequests.filter')}</label>
          <select id={filterId} value={filter} onChange={(e) => update({ filter: e.target.value as Filter })}>
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`intakeRequests.filters.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {requests.isPending ? (
        <Loading label={t('intakeRequests.loading')} />
      ) : requests.isError ? (
        <ErrorAlert message={errorText(requests.error)} />
      ) : data && data.items.length === 0 ? (
        <div className="empty-state">
          <p>{t(`intakeRequests.empty.${filter}`)}</p>
        </div>
      ) : data ? (
        <>
          <ul className="intake-list" aria-busy={requests.isFetching}>
            {data.items.map((row) => (
              <li key={row.id} className="card intake-card">
                <div className="intake-head">
                  <h2 className="intake-name">{row.name}</h2>
                  <span className={row.handledAt ? 'state state-completed' : 'state state-open'}>
                    {row.handledAt
                      ? t('intakeRequests.handledOn', { date: formatDate(row.handledAt, i18n.language) })
                      : t('intakeRequests.open')}
                  </span>
                </div>
                <p className="muted small">
                  {t('intakeRequests.received', {
                    date: formatDate(row.createdAt, i18n.language),
                    time: formatTime(row.createdAt, i18n.language),
                  })}
                </p>
                <dl className="details">
                  <dt>{t('intakeForm.email')}</dt>
                  <dd>
                    <a href={`mailto:${row.email}`}>{row.email}</a>
                  </dd>
                  {row.phone && (
                    <>
                      <dt>{t('intakeForm.phone')}</dt>
                      <dd>{row.phone}</dd>
                    </>
                  )}
                  <dt>{t('intakeForm.organisation')}</dt>
                  <dd>{row.organisation}</dd>
                  <dt>{t('intakeForm.discipline')}</dt>
                  <dd>{row.discipline}</dd>
                  <dt>{t('intakeForm.trackInterest')}</dt>
                  <dd>{row.trackInterest ? t(`trackCodes.${row.trackInterest}`) : t('intakeForm.noPreference')}</dd>
                </dl>
                {row.message && <blockquote className="intake-message">{row.message}</blockquote>}
                <button
                  type="button"
                  className="button button-small button-secondary"
                  disabled={mark.isPending}
                  aria-label={t(row.handledAt ? 'intakeRequests.reopenFor' : 'intakeRequests.markHandledFor', {
                    name: row.name,
                  })}
                  onClick={() => mark.mutate({ row, handled: !row.handledAt })}
                >
                  {row.handledAt ? t('intakeRequests.reopen') : t('intakeRequests.markHandled')}
                </button>
              </li>
            ))}
          </ul>
          <Pagination
            label={t('enrollments.pagination')}
            page={page}
            pageSize={PAGE_SIZE}
            offset={data.offset}
            shown={data.items.length}
            total={data.totalCount}
            onPage={(next) => update({ page: next })}
          />
        </>
      ) : null}
    </Page>
  );
}
