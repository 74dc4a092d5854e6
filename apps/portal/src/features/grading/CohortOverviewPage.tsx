import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/status-pages';
import type { AssignmentCohortOverviewQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { isForbidden, isNotFound, useAssignmentErrorMessage } from '../assignments/errors';
import { formatDateTime } from '../assignments/format';
import { Breadcrumbs } from '../learning/components';
import { ExtensionDialog } from './ExtensionDialog';
import { AssignmentCohortOverviewDocument } from './grading.documents';
import { GRADING_KEY } from './queries';
import { GRADING_PATH, gradingPath } from './paths';

type Student = AssignmentCohortOverviewQuery['assignmentCohortOverview']['students'][number];

/**
 * /grading/overview/:assignmentId/:cohortId — every student of a cohort on one assignment,
 * also those who handed nothing in yet, with their due date; extensions are granted here.
 */
export function CohortOverviewPage() {
  const { assignmentId, cohortId } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const errorText = useAssignmentErrorMessage();
  const queryClient = useQueryClient();
  const captionId = useId();
  const [extending, setExtending] = useState<Student | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const key = [...GRADING_KEY, 'overview', assignmentId, cohortId];
  const query = useQuery({
    queryKey: key,
    queryFn: () => request(AssignmentCohortOverviewDocument, { assignmentId: assignmentId!, cohortId: cohortId! }),
  });

  // Drafts never reach the overview: it lists handed-in attempts only. While grading is
  // anonymous the API hides what a student handed in, and so does the page.
  const statusText = ({ latestStatus: status, attemptsHidden }: Student) =>
    attemptsHidden
      ? t('grading.overview.hidden')
      : status && status !== 'DRAFT'
        ? t(`grading.filters.statuses.${status}`)
        : t('grading.overview.notHandedIn');

  if (query.isError && isNotFound(query.error)) return <NotFoundPage />;
  const overview = query.data?.assignmentCohortOverview;
  const title = query.data
    ? t('grading.overview.title', { assignment: query.data.assignment.title, cohort: overview!.cohortName })
    : t('grading.overview.fallbackTitle');

  return (
    <>
      <Breadcrumbs items={[{ label: t('sections.grading.label'), to: GRADING_PATH }, { label: title }]} />
      <Page title={title}>
        <StatusMessage message={flash} />
        {query.isPending ? (
          <Loading label={t('grading.overview.loading')} />
        ) : query.isError ? (
          isForbidden(query.error) ? (
            <p>{t('grading.page.forbidden')}</p>
          ) : (
            <>
              <ErrorAlert message={errorText(query.error)} />
              <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
                {t('app.retry')}
              </button>
            </>
          )
        ) : overview ? (
          <>
            <p className="lead">
              {overview.cohortDueAt
                ? t('grading.extension.cohortDue', { date: formatDateTime(overview.cohortDueAt, language) })
                : t('grading.extension.noCohortDue')}
            </p>
            {overview.anonymousGrading && <p className="muted">{t('grading.overview.anonymous')}</p>}
            {overview.students.length === 0 ? (
              <p className="empty-state">{t('grading.overview.empty')}</p>
            ) : (
              <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
                <table className="table">
                  <caption id={captionId}>{t('grading.overview.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('grading.overview.student')}</th>
                      <th scope="col">{t('grading.overview.status')}</th>
                      <th scope="col">{t('grading.overview.due')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('grading.overview.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {overview.students.map((student) => (
                      <tr key={student.studentId}>
                        <th scope="row">{student.studentName}</th>
                        <td>
                          {student.latestSubmissionId ? (
                            <Link to={gradingPath(student.latestSubmissionId)}>{statusText(student)}</Link>
                          ) : (
                            statusText(student)
                          )}
                          {!!student.attempts && (
                            <span className="muted small">
                              {' · '}
                              {t('grading.overview.attempts', { count: student.attempts })}
                            </span>
                          )}
                          {student.late && <span className="asg-late-tag"> {t('assignments.lateTag')}</span>}
                        </td>
                        <td>
                          {student.effectiveDueAt
                            ? formatDateTime(student.effectiveDueAt, language)
                            : t('assignments.noDueDate')}
                          {student.extension && (
                            <span className="muted small"> · {t('grading.overview.extended')}</span>
                          )}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            aria-label={t('grading.overview.extendFor', { name: student.studentName })}
                            onClick={() => setExtending(student)}
                          >
                            {student.extension ? t('grading.extension.change') : t('grading.extension.open')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : null}
      </Page>
      {extending && overview && (
        <ExtensionDialog
          assignmentId={overview.assignmentId}
          studentId={extending.studentId}
          studentName={extending.studentName}
          cohortDueAt={overview.cohortDueAt ?? null}
          extension={extending.extension ?? null}
          onClose={() => setExtending(null)}
          onDone={async (outcome) => {
            const name = extending.studentName;
            setExtending(null);
            await queryClient.refetchQueries({ queryKey: key });
            setFlash(t(`grading.extension.done.${outcome}`, { name }));
          }}
        />
      )}
    </>
  );
}
