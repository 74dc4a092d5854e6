import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { CohortRowFragment, CohortsFilterInput } from '../../gql/graphql';
import { request } from '../../lib/api';
import { DataTable, type Column } from '../../lib/data-table';
import { ErrorAlert, Loading, Page, Pagination, StatusMessage } from '../../lib/ui';
import { useFlashFromLocation } from '../learning/queries';
import { COHORT_STATUSES, CohortStatusTag, isCohortStatus, modeLabel } from './components';
import { CohortsDocument } from './cohorts.documents';
import { useCohortErrorMessage } from './errors';
import { formatPeriod } from './format';
import { cohortPath, formCohortsPath } from './paths';
import { useCohortTracks } from './queries';

const PAGE_SIZE = 20;

/** /admin/cohorts — every cohort, newest period first, filtered by track and status. */
export function CohortsPage() {
  const { t } = useTranslation();
  const errorText = useCohortErrorMessage();
  const [params, setParams] = useSearchParams();
  const [flash] = useFlashFromLocation();
  const tracks = useCohortTracks();
  const columns = useCohortColumns();

  // The URL holds the filters, so back/forward and reload keep them.
  const trackId = params.get('track') ?? '';
  const status = params.get('status');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filter: CohortsFilterInput = {
    trackId: trackId || undefined,
    status: isCohortStatus(status) ? status : undefined,
  };
  const filtered = Boolean(filter.trackId || filter.status);

  const cohorts = useQuery({
    queryKey: ['cohorts', filter, page],
    queryFn: () => request(CohortsDocument, { filter, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  function setPage(next: number) {
    const nextParams = new URLSearchParams(params);
    if (next > 1) nextParams.set('page', String(next));
    else nextParams.delete('page');
    setParams(nextParams);
  }

  const data = cohorts.data?.cohorts;

  return (
    <Page
      title={t('cohorts.list.title')}
      actions={
        <Link to={formCohortsPath()} className="button">
          {t('cohorts.list.formGroups')}
        </Link>
      }
    >
      <StatusMessage message={flash} />
      <p className="lead">{t('cohorts.list.intro')}</p>
      <CohortFilters
        key={params.toString()}
        tracks={tracks.data?.tracks ?? []}
        initial={{ trackId, status: filter.status ?? '' }}
        onApply={(next) => {
          const nextParams = new URLSearchParams();
          if (next.trackId) nextParams.set('track', next.trackId);
          if (next.status) nextParams.set('status', next.status);
          setParams(nextParams);
        }}
        onClear={filtered ? () => setParams(new URLSearchParams()) : undefined}
      />

      {cohorts.isPending ? (
        <Loading label={t('cohorts.list.loading')} />
      ) : cohorts.isError ? (
        <ErrorAlert message={errorText(cohorts.error)} />
      ) : data ? (
        <DataTable
          caption={t('cohorts.list.caption')}
          count={t('cohorts.list.count', { count: data.totalCount })}
          columns={columns}
          rows={data.items}
          rowKey={(cohort) => cohort.id}
          busy={cohorts.isFetching}
          empty={
            <>
              <p>{filtered ? t('cohorts.list.emptyFiltered') : t('cohorts.list.empty')}</p>
              {!filtered && (
                <p>
                  <Link to={formCohortsPath()}>{t('cohorts.list.formGroups')}</Link>
                </p>
              )}
            </>
          }
          footer={
            <Pagination
              label={t('cohorts.list.pagination')}
              page={page}
              pageSize={PAGE_SIZE}
              offset={data.offset}
              shown={data.items.length}
              total={data.totalCount}
              onPage={setPage}
            />
          }
        />
      ) : null}
    </Page>
  );
}

interface FilterValues {
  trackId: string;
  status: string;
}

function CohortFilters({
  tracks,
  initial,
  onApply,
  onClear,
}: {
  tracks: { id: string; title: string }[];
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
  onClear?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('cohorts.list.filters.label')}>
      <div className="field">
        <label htmlFor={`${id}-track`}>{t('cohorts.list.filters.track')}</label>
        <select
          id={`${id}-track`}
          name="track"
          value={values.trackId}
          onChange={(e) => setValues({ ...values, trackId: e.target.value })}
        >
          <option value="">{t('cohorts.list.filters.anyTrack')}</option>
          {tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {track.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('cohorts.list.filters.status')}</label>
        <select
          id={`${id}-status`}
          name="status"
          value={values.status}
          onChange={(e) => setValues({ ...values, status: e.target.value })}
        >
          <option value="">{t('cohorts.list.filters.anyStatus')}</option>
          {COHORT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`cohorts.status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('cohorts.list.filters.submit')}
        </button>
        {onClear && (
          <button type="button" className="button button-secondary" onClick={onClear}>
            {t('cohorts.list.filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The columns of the cohort list; the cohort's name, a link to it, heads each row. */
function useCohortColumns(): Column<CohortRowFragment>[] {
  const { t, i18n } = useTranslation();
  return [
    {
      key: 'cohort',
      header: t('cohorts.columns.cohort'),
      rowHeader: true,
      cell: (cohort) => <Link to={cohortPath(cohort.id)}>{cohort.name}</Link>,
    },
    { key: 'track', header: t('cohorts.columns.track'), cell: (cohort) => cohort.track.title },
    {
      key: 'period',
      header: t('cohorts.columns.period'),
      className: 'cohort-nowrap',
      cell: (cohort) => formatPeriod(cohort.startsOn, cohort.endsOn, i18n.language),
    },
    {
      key: 'mode',
      header: t('cohorts.columns.mode'),
      cell: (cohort) => modeLabel(t, cohort.mode, cohort.organisation),
    },
    {
      key: 'status',
      header: t('cohorts.columns.status'),
      cell: (cohort) => <CohortStatusTag status={cohort.status} />,
    },
    {
      key: 'docents',
      header: t('cohorts.columns.docents'),
      cell: (cohort) =>
        cohort.docents.length ? (
          cohort.docents.map((docent) => docent.name).join(', ')
        ) : (
          <span className="muted">{t('cohorts.noDocents')}</span>
        ),
    },
    { key: 'students', header: t('cohorts.columns.students'), cell: (cohort) => cohort.studentCount },
  ];
}
