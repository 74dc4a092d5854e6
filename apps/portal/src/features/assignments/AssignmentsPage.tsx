import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { StateBadge } from './components';
import { useAssignmentErrorMessage } from './errors';
import { formatDateTime } from './format';
import { assignmentPath } from './paths';
import { useAllMyAssignments } from './queries';
import { assignmentState } from './status';

/** /assignments — the student's assignments across their modules, soonest due first. */
export function AssignmentsPage() {
  const { t, i18n } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const all = useAllMyAssignments();
  const captionId = useId();

  const rows = (all.data?.myAssignments ?? [])
    .map((assignment) => ({ module: assignment.module, assignment }))
    .sort((a, b) => {
      // Soonest due first; those without a due date last, in module order.
      const da = a.assignment.myDueAt ? Date.parse(a.assignment.myDueAt) : Infinity;
      const db = b.assignment.myDueAt ? Date.parse(b.assignment.myDueAt) : Infinity;
      return da - db || a.module.position - b.module.position;
    });
  const now = Date.now();

  return (
    <Page title={t('sections.assignments.label')}>
      <p className="lead">{t('assignments.list.intro')}</p>
      {all.isPending ? (
        <Loading label={t('assignments.list.loading')} />
      ) : all.error ? (
        <>
          <ErrorAlert message={errorText(all.error)} />
          <button type="button" className="button button-secondary" onClick={() => void all.refetch()}>
            {t('app.retry')}
          </button>
        </>
      ) : rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('assignments.list.empty')}</p>
          <p>
            <Link to="/track">{t('assignments.list.toTrack')}</Link>
          </p>
        </div>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table asg-list">
            <caption id={captionId}>
              {t('assignments.list.caption')}{' '}
              <span className="muted">({t('assignments.list.count', { count: rows.length })})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('assignments.list.assignment')}</th>
                <th scope="col">{t('assignments.list.module')}</th>
                <th scope="col">{t('assignments.list.due')}</th>
                <th scope="col">{t('assignments.list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ module, assignment }) => {
                const state = assignmentState(assignment.mySubmissions);
                const overdue =
                  assignment.myDueAt !== null &&
                  assignment.myDueAt !== undefined &&
                  Date.parse(assignment.myDueAt) < now &&
                  (state === 'notStarted' || state === 'draft');
                return (
                  <tr key={assignment.id}>
                    <th scope="row">
                      <Link to={assignmentPath(assignment.id)}>{assignment.title}</Link>
                    </th>
                    <td>
                      {module.title}
                      <span className="muted small"> · {module.track.title}</span>
                    </td>
                    <td>
                      {assignment.myDueAt
                        ? formatDateTime(assignment.myDueAt, i18n.language)
                        : t('assignments.noDueDate')}
                      {overdue && <span className="asg-overdue"> {t('assignments.overdue')}</span>}
                    </td>
                    <td>
                      <StateBadge state={state} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
