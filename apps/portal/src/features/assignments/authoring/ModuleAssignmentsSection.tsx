import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { request } from '../../../lib/api';
import { ErrorAlert, Loading } from '../../../lib/ui';
import { useAssignmentErrorMessage } from '../errors';
import { ASSIGNMENTS_KEY } from '../queries';
import { AuthoringModuleAssignmentsDocument } from './authoring.documents';
import { assignmentEditorPath, newAssignmentPath } from './paths';

/** The "Opdrachten" card of the admin's module editor: the module's assignments and a way to add one. */
export function ModuleAssignmentsSection({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const headingId = useId();
  const query = useQuery({
    queryKey: [...ASSIGNMENTS_KEY, 'authoring-list', moduleId],
    queryFn: () => request(AuthoringModuleAssignmentsDocument, { moduleId }),
  });
  const assignments = query.data?.assignments ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('assignments.module.title')}</h2>
        <Link to={newAssignmentPath(moduleId)} className="button button-small">
          {t('assignments.authoring.new')}
        </Link>
      </div>
      {query.isPending ? (
        <Loading label={t('assignments.list.loading')} />
      ) : query.isError ? (
        <ErrorAlert message={errorText(query.error)} />
      ) : assignments.length === 0 ? (
        <div className="empty-state">
          <p>{t('assignments.authoring.empty')}</p>
        </div>
      ) : (
        <ul className="editor-list">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="editor-item">
              <div>
                <h3 className="editor-item-title">
                  <Link to={assignmentEditorPath(assignment.id)}>{assignment.title}</Link>
                </h3>
                <ul className="facts small">
                  <li>{t('assignments.authoring.criteriaCount', { count: assignment.rubric.criteria.length })}</li>
                  <li>{t('assignments.points', { count: assignment.rubric.maxPoints })}</li>
                  <li>{t('assignments.facts.attempts', { count: assignment.maxAttempts })}</li>
                  <li>{t('assignments.authoring.dueDateCount', { count: assignment.dueDates.length })}</li>
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
