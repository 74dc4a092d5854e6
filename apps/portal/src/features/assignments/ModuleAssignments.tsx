import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../lib/ui';
import { StateBadge } from './components';
import { useAssignmentErrorMessage } from './errors';
import { formatDateTime } from './format';
import { assignmentPath } from './paths';
import { useModuleAssignments } from './queries';
import { assignmentState } from './status';

/** The assignments of a module on the student's module page; nothing when the module has none. */
export function ModuleAssignments({ moduleId }: { moduleId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const query = useModuleAssignments(moduleId);
  const headingId = useId();
  const assignments = query.data?.assignments ?? [];
  if (query.isSuccess && assignments.length === 0) return null;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('assignments.module.title')}</h2>
      {query.isPending ? (
        <Loading label={t('assignments.list.loading')} />
      ) : query.isError ? (
        <ErrorAlert message={errorText(query.error)} />
      ) : (
        <ul className="asg-module-list">
          {assignments.map((assignment) => (
            <li key={assignment.id}>
              <Link to={assignmentPath(assignment.id)}>{assignment.title}</Link>{' '}
              <StateBadge state={assignmentState(assignment.mySubmissions)} />
              <span className="muted small">
                {' '}
                ·{' '}
                {assignment.myDueAt
                  ? t('assignments.facts.due', { date: formatDateTime(assignment.myDueAt, i18n.language) })
                  : t('assignments.noDueDate')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
