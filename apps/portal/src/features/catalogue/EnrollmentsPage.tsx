import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { FindStudentsQuery, TrackEnrollmentsQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { ErrorAlert, Loading, Page, Pagination, StatusMessage } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { invalidateLearning, useFlashFromLocation } from '../learning/queries';
import {
  EnrollStudentDocument,
  FindStudentsDocument,
  TrackEnrollmentsDocument,
  WithdrawEnrollmentDocument,
} from './catalogue.documents';
import { ConfirmDialog } from './dialogs';
import { useCatalogueErrorMessage } from './errors';
import { CATALOGUE_PATH, importPath, trackPath } from './paths';

const PAGE_SIZE = 20;

type EnrollmentRow = TrackEnrollmentsQuery['enrollments']['items'][number];
type Candidate = FindStudentsQuery['users']['items'][number];

export const enrollmentsKey = (trackId: string) => ['enrollments', trackId] as const;

/** /admin/catalogue/tracks/:trackId/enrollments — who is in the track; enrol one, withdraw, or import a CSV. */
export function EnrollmentsPage() {
  const { trackId } = useParams();
  return <Enrollments key={trackId} trackId={trackId!} />;
}

function Enrollments({ trackId }: { trackId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [flash, setFlash] = useFlashFromLocation();
  const [withdrawing, setWithdrawing] = useState<EnrollmentRow | null>(null);
  const captionId = useId();

  const enrollments = useQuery({
    queryKey: [...enrollmentsKey(trackId), page],
    queryFn: () =>
      request(TrackEnrollmentsDocument, { trackId, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const track = enrollments.data?.track;
  const data = enrollments.data?.enrollments;

  async function changed(message: string) {
    setWithdrawing(null);
    setFlash(message);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: enrollmentsKey(trackId) }),
      invalidateLearning(queryClient),
    ]);
  }

  function setPage(next: number) {
    const nextParams = new URLSearchParams(params);
    if (next > 1) nextParams.set('page', String(next));
    else nextParams.delete('page');
    setParams(nextParams);
  }

  const title = track ? t('enrollments.titleFor', { title: track.title }) : t('enrollments.title');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(track ? [{ label: track.title, to: trackPath(track.id) }] : []),
          { label: t('enrollments.title') },
        ]}
      />
      <Page
        title={title}
        actions={
          <Link to={importPath(trackId)} className="button button-secondary">
            {t('enrollments.import')}
          </Link>
        }
      >
        <StatusMessage message={flash} />
        {track && track.status !== 'PUBLISHED' && <p className="notice">{t('enrollments.trackDraft')}</p>}
        <EnrolStudent trackId={trackId} onEnrolled={(name) => void changed(t('enrollments.enrolled', { name }))} />

        <section className="section" aria-labelledby={captionId}>
          <h2 id={captionId}>{t('enrollments.listTitle')}</h2>
          {enrollments.isPending ? (
            <Loading label={t('enrollments.loading')} />
          ) : enrollments.isError ? (
            <ErrorAlert message={errorText(enrollments.error)} />
          ) : data && data.items.length === 0 ? (
            <div className="empty-state">
              <p>{t('enrollments.empty')}</p>
            </div>
          ) : data ? (
            <>
              <div className="table-wrap" role="region" aria-labelledby={`${captionId}-table`} tabIndex={0}>
                <table className="table" aria-busy={enrollments.isFetching}>
                  <caption id={`${captionId}-table`} className="visually-hidden">
                    {t('enrollments.listTitle')} ({t('enrollments.count', { count: data.totalCount })})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('enrollments.columns.name')}</th>
                      <th scope="col">{t('enrollments.columns.email')}</th>
                      <th scope="col">{t('enrollments.columns.status')}</th>
                      <th scope="col">{t('enrollments.columns.enrolledAt')}</th>
                      <th scope="col">{t('enrollments.columns.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((row) => (
                      <tr key={row.id}>
                        <th scope="row">{row.student.name}</th>
                        <td>{row.student.email}</td>
                        <td>
                          <span className={`state state-enrollment-${row.status.toLowerCase()}`}>
                            {t(`enrollments.status.${row.status}`)}
                          </span>
                          {row.completedAt && (
                            <span className="muted small"> {formatDate(row.completedAt, i18n.language)}</span>
                          )}
                        </td>
                        <td>{formatDate(row.enrolledAt, i18n.language)}</td>
                        <td>
                          {row.status === 'ACTIVE' && (
                            <button
                              type="button"
                              className="button button-small button-danger-outline"
                              aria-label={t('enrollments.withdrawFor', { name: row.student.name })}
                              onClick={() => {
                                setFlash(null);
                                setWithdrawing(row);
                              }}
                            >
                              {t('enrollments.withdraw')}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination
                label={t('enrollments.pagination')}
                page={page}
                pageSize={PAGE_SIZE}
                offset={data.offset}
                shown={data.items.length}
                total={data.totalCount}
                onPage={setPage}
              />
            </>
          ) : null}
        </section>

        {withdrawing && (
          <ConfirmDialog
            danger
            title={t('enrollments.withdrawTitle', { name: withdrawing.student.name })}
            body={t('enrollments.withdrawBody', { name: withdrawing.student.name, title: track?.title ?? '' })}
            confirmLabel={t('enrollments.withdrawConfirm')}
            onConfirm={async () => {
              await request(WithdrawEnrollmentDocument, { id: withdrawing.id });
              await changed(t('enrollments.withdrawn', { name: withdrawing.student.name }));
            }}
            onClose={() => setWithdrawing(null)}
          />
        )}
      </Page>
    </>
  );
}

/** Find an existing user by name or e-mail and enrol them; enrolling makes them a student. */
function EnrolStudent({ trackId, onEnrolled }: { trackId: string; onEnrolled: (name: string) => void }) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const id = useId();
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState('');
  const results = useQuery({
    queryKey: ['find-students', submitted],
    queryFn: () => request(FindStudentsDocument, { search: submitted }),
    enabled: submitted.length > 0,
  });
  const enrol = useMutation({
    mutationFn: (user: Candidate) => request(EnrollStudentDocument, { input: { trackId, userId: user.id } }),
    onSuccess: (_data, user) => {
      setSearch('');
      setSubmitted('');
      onEnrolled(user.name);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    enrol.reset();
    setSubmitted(search.trim());
  }

  const items = results.data?.users.items ?? [];
  return (
    <section className="card section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('enrollments.enrolOne.title')}</h2>
      <form role="search" className="inline-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('enrollments.enrolOne.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            autoComplete="off"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t('enrollments.enrolOne.find')}
        </button>
      </form>
      <ErrorAlert message={enrol.error ? errorText(enrol.error) : null} />
      {submitted &&
        (results.isPending ? (
          <Loading />
        ) : results.isError ? (
          <ErrorAlert message={errorText(results.error)} />
        ) : items.length === 0 ? (
          <p className="muted" role="status">
            {t('enrollments.enrolOne.noResults', { search: submitted })}
          </p>
        ) : (
          <ul className="candidate-list" aria-label={t('enrollments.enrolOne.results')}>
            {items.map((user) => (
              <li key={user.id}>
                <span>
                  <strong>{user.name}</strong> <span className="muted">{user.email}</span>
                  {user.status !== 'ACTIVE' && (
                    <span className="muted small"> · {t(`users.status.${user.status}`)}</span>
                  )}
                </span>
                <button
                  type="button"
                  className="button button-small"
                  disabled={enrol.isPending || user.status === 'DEACTIVATED'}
                  aria-label={t('enrollments.enrolOne.enrolFor', { name: user.name })}
                  onClick={() => enrol.mutate(user)}
                >
                  {t('enrollments.enrolOne.enrol')}
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
