import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { GradingFiltersQuery, GradingQueueFilterInput, GradingQueueQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { DataTable, type Column } from '../../lib/data-table';
import { Dialog, ErrorAlert, Loading, Page, Pagination, StatusMessage } from '../../lib/ui';
import { useAssignmentErrorMessage } from '../assignments/errors';
import { formatDateTime } from '../assignments/format';
import { GradingFiltersDocument, GradingQueueDocument, ReleaseGradesDocument } from './grading.documents';
import { cohortOverviewPath, gradingPath } from './paths';
import { GRADING_KEY } from './queries';
import { GRADING_STATE_CLASS, GRADING_STATE_KEY, isQueueFilter, QUEUE_FILTERS } from './status';

const PAGE_SIZE = 20;

type QueueItem = GradingQueueQuery['gradingQueue']['items'][number];

/** /grading — handed-in work in the docent's cohorts, oldest first, with bulk release. */
export function GradingQueuePage() {
  const { t, i18n } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();

  // The URL holds the filters and the page, so back/forward and reload keep them.
  const cohortId = params.get('cohort') ?? '';
  const assignmentId = params.get('assignment') ?? '';
  const statusParam = params.get('status');
  const status = isQueueFilter(statusParam) ? statusParam : '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filter: GradingQueueFilterInput = {
    cohortId: cohortId || undefined,
    assignmentId: assignmentId || undefined,
    status: status || undefined,
  };
  const filtered = Boolean(cohortId || assignmentId || status);

  const options = useQuery({ queryKey: [...GRADING_KEY, 'filters'], queryFn: () => request(GradingFiltersDocument) });
  const queue = useQuery({
    queryKey: [...GRADING_KEY, 'queue', filter, page],
    queryFn: () =>
      request(GradingQueueDocument, { filter, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });

  const [selected, setSelected] = useState<string[]>([]);
  const [flash, setFlash] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const release = useMutation({
    mutationFn: (ids: string[]) => request(ReleaseGradesDocument, { submissionIds: ids }),
    onSuccess: async (data) => {
      setConfirming(false);
      setSelected([]);
      setFlash(t('grading.queue.released', { count: data.releaseGrades.length }));
      await queryClient.invalidateQueries({ queryKey: GRADING_KEY });
    },
  });

  function setPage(next: number) {
    const nextParams = new URLSearchParams(params);
    if (next > 1) nextParams.set('page', String(next));
    else nextParams.delete('page');
    setSelected([]);
    setParams(nextParams);
  }

  const data = queue.data?.gradingQueue;
  const items = data?.items ?? [];
  const releasable = items.filter((item) => item.releasable);
  const chosen = selected.filter((id) => releasable.some((item) => item.id === id));
  const columns = useQueueColumns({ items, language: i18n.language, selected: chosen, onSelect: setSelected });

  return (
    <Page title={t('sections.grading.label')}>
      <p className="lead">{t('grading.queue.intro')}</p>
      <StatusMessage message={flash} />

      <QueueFilters
        key={params.toString()}
        cohorts={options.data?.myCohorts ?? []}
        initial={{ cohortId, assignmentId, status }}
        onApply={(next) => {
          const nextParams = new URLSearchParams();
          if (next.cohortId) nextParams.set('cohort', next.cohortId);
          if (next.assignmentId) nextParams.set('assignment', next.assignmentId);
          if (next.status) nextParams.set('status', next.status);
          setSelected([]);
          setFlash(null);
          setParams(nextParams);
        }}
        onClear={filtered ? () => setParams(new URLSearchParams()) : undefined}
      />
      {cohortId && assignmentId ? (
        <p>
          <Link to={cohortOverviewPath(assignmentId, cohortId)}>{t('grading.overview.link')}</Link>
        </p>
      ) : (
        <p className="muted small">{t('grading.overview.hint')}</p>
      )}
      {options.isError && <ErrorAlert message={errorText(options.error)} />}

      {queue.isPending ? (
        <Loading label={t('grading.queue.loading')} />
      ) : queue.isError ? (
        <>
          <ErrorAlert message={errorText(queue.error)} />
          <button type="button" className="button button-secondary" onClick={() => void queue.refetch()}>
            {t('app.retry')}
          </button>
        </>
      ) : (
        <DataTable
          caption={t('grading.queue.caption')}
          count={t('grading.queue.count', { count: data?.totalCount ?? 0 })}
          columns={columns}
          rows={items}
          rowKey={(item) => item.id}
          busy={queue.isFetching}
          className="grd-queue"
          empty={<p>{filtered ? t('grading.queue.emptyFiltered') : t('grading.queue.empty')}</p>}
          toolbar={
            <div className="grd-bulk">
              <button
                type="button"
                className="button"
                disabled={chosen.length === 0}
                onClick={() => {
                  setFlash(null);
                  release.reset();
                  setConfirming(true);
                }}
              >
                {t('grading.queue.releaseSelected', { count: chosen.length })}
              </button>
              <span className="muted small">{t('grading.queue.releaseHint')}</span>
            </div>
          }
          footer={
            <Pagination
              label={t('grading.queue.pagination')}
              page={page}
              pageSize={PAGE_SIZE}
              offset={data?.offset ?? 0}
              shown={data?.items.length ?? 0}
              total={data?.totalCount ?? 0}
              onPage={setPage}
            />
          }
        />
      )}

      {confirming && (
        <Dialog title={t('grading.queue.confirmTitle', { count: chosen.length })} onClose={() => setConfirming(false)}>
          <p>{t('grading.queue.confirmBody', { count: chosen.length })}</p>
          <ul>
            {items
              .filter((item) => chosen.includes(item.id))
              .map((item) => (
                <li key={item.id}>
                  {item.authorName} · {item.assignment.title}
                </li>
              ))}
          </ul>
          <ErrorAlert message={release.error ? errorText(release.error) : null} />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={release.isPending}
              onClick={() => release.mutate(chosen)}
            >
              {release.isPending ? t('assignments.working') : t('grading.queue.confirm', { count: chosen.length })}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setConfirming(false)}
              data-autofocus
            >
              {t('assignments.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </Page>
  );
}

interface FilterValues {
  cohortId: string;
  assignmentId: string;
  status: string;
}

function QueueFilters({
  cohorts,
  initial,
  onApply,
  onClear,
}: {
  cohorts: GradingFiltersQuery['myCohorts'];
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
  onClear?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = (key: keyof FilterValues) => (event: { target: { value: string } }) =>
    setValues({ ...values, [key]: event.target.value });

  // The assignments of the chosen cohort's track (or of every track taught), each once.
  const tracks = new Map<string, GradingFiltersQuery['myCohorts'][number]['track']>();
  for (const cohort of cohorts) {
    if (!values.cohortId || cohort.id === values.cohortId) tracks.set(cohort.track.id, cohort.track);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form role="search" className="filters" onSubmit={submit} aria-label={t('grading.filters.label')}>
      <div className="field">
        <label htmlFor={`${id}-cohort`}>{t('grading.filters.cohort')}</label>
        <select id={`${id}-cohort`} name="cohort" value={values.cohortId} onChange={set('cohortId')}>
          <option value="">{t('grading.filters.anyCohort')}</option>
          {cohorts.map((cohort) => (
            <option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-assignment`}>{t('grading.filters.assignment')}</label>
        <select id={`${id}-assignment`} name="assignment" value={values.assignmentId} onChange={set('assignmentId')}>
          <option value="">{t('grading.filters.anyAssignment')}</option>
          {[...tracks.values()].map((track) => (
            <optgroup key={track.id} label={track.title}>
              {track.modules.flatMap((module) =>
                module.assignments.map((assignment) => (
                  <option key={assignment.id} value={assignment.id}>
                    {assignment.title}
                  </option>
                )),
              )}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('grading.filters.status')}</label>
        <select id={`${id}-status`} name="status" value={values.status} onChange={set('status')}>
          {QUEUE_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`grading.filters.statuses.${value || 'WAITING'}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('grading.filters.submit')}
        </button>
        {onClear && (
          <button type="button" className="button button-secondary" onClick={onClear}>
            {t('grading.filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The columns of the grading queue: a checkbox to pick releasable work (with select-all in the
 * header), then the student's name heading the row.
 */
function useQueueColumns({
  items,
  language,
  selected,
  onSelect,
}: {
  items: QueueItem[];
  language: string;
  selected: string[];
  onSelect: (ids: string[]) => void;
}): Column<QueueItem>[] {
  const { t } = useTranslation();
  const releasable = items.filter((item) => item.releasable).map((item) => item.id);
  const allChosen = releasable.length > 0 && releasable.every((id) => selected.includes(id));
  return [
    {
      key: 'select',
      header: (
        <input
          type="checkbox"
          aria-label={t('grading.queue.selectAll')}
          disabled={releasable.length === 0}
          checked={allChosen}
          onChange={(event) => onSelect(event.target.checked ? releasable : [])}
        />
      ),
      cell: (item) => (
        <input
          type="checkbox"
          aria-label={t('grading.queue.select', { name: item.authorName, attempt: item.attempt })}
          disabled={!releasable.includes(item.id)}
          checked={selected.includes(item.id)}
          onChange={(event) =>
            onSelect(event.target.checked ? [...selected, item.id] : selected.filter((id) => id !== item.id))
          }
        />
      ),
    },
    {
      key: 'student',
      header: t('grading.queue.columns.student'),
      rowHeader: true,
      cell: (item) => (
        <>
          <Link to={gradingPath(item.id)}>{item.authorName}</Link>
          {item.anonymised && <span className="tag grd-anonymous">{t('grading.anonymous')}</span>}
        </>
      ),
    },
    { key: 'assignment', header: t('grading.queue.columns.assignment'), cell: (item) => item.assignment.title },
    { key: 'cohort', header: t('grading.queue.columns.cohort'), cell: (item) => item.cohort.name },
    { key: 'attempt', header: t('grading.queue.columns.attempt'), cell: (item) => item.attempt },
    {
      key: 'submitted',
      header: t('grading.queue.columns.submitted'),
      cell: (item) => (
        <>
          {item.submittedAt ? formatDateTime(item.submittedAt, language) : ''}
          {item.late && <span className="asg-late-tag"> {t('assignments.lateTag')}</span>}
        </>
      ),
    },
    {
      key: 'status',
      header: t('grading.queue.columns.status'),
      cell: (item) => (
        <span className={GRADING_STATE_CLASS[item.gradingState]}>
          {t(`grading.state.${GRADING_STATE_KEY[item.gradingState]}`)}
        </span>
      ),
    },
  ];
}
