import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/status-pages';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { GradeView, StateBadge, SubmissionContent } from './components';
import { isNotFound, useAssignmentErrorMessage } from './errors';
import { formatDateTime } from './format';
import { ASSIGNMENTS_PATH, assignmentPath } from './paths';
import { useMyAttempt } from './queries';
import { attemptState } from './status';

/** /assignments/:assignmentId/attempts/:submissionId — one earlier attempt, as it was handed in. */
export function AttemptPage() {
  const { assignmentId, submissionId } = useParams();
  return <AttemptPageContent key={submissionId} assignmentId={assignmentId!} submissionId={submissionId!} />;
}

function AttemptPageContent({ assignmentId, submissionId }: { assignmentId: string; submissionId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const query = useMyAttempt(submissionId);
  const attempt = query.data?.submission;
  const gradeId = useId();
  const revisionId = useId();
  const workId = useId();

  // Another student's attempt is "not found" (the API reveals nothing), and so is a mismatched URL.
  if ((query.isError && isNotFound(query.error)) || (attempt && attempt.assignmentId !== assignmentId)) {
    return <NotFoundPage />;
  }
  const name = attempt ? t('assignments.attempts.name', { attempt: attempt.attempt }) : t('assignments.attempts.one');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('sections.assignments.label'), to: ASSIGNMENTS_PATH },
          ...(attempt ? [{ label: attempt.assignment.title, to: assignmentPath(assignmentId) }] : []),
          { label: name },
        ]}
      />
      <Page title={attempt ? `${name} · ${attempt.assignment.title}` : name}>
        {query.isPending ? (
          <Loading label={t('assignments.loadingAttempt')} />
        ) : query.isError ? (
          <ErrorAlert message={errorText(query.error)} />
        ) : attempt ? (
          <>
            <p className="asg-attempt-meta">
              <StateBadge state={attemptState(attempt)} />{' '}
              {attempt.submittedAt
                ? t('assignments.attempts.submittedOn', { date: formatDateTime(attempt.submittedAt, i18n.language) })
                : t('assignments.attempts.notSubmitted')}
              {attempt.late && <span className="asg-late-tag"> {t('assignments.lateTag')}</span>}
            </p>
            {attempt.revisionCommentHtml && (
              <section className="notice asg-notice-revision" aria-labelledby={revisionId}>
                <h2 id={revisionId}>{t('assignments.revision.comment')}</h2>
                <div className="asg-rich-text" dangerouslySetInnerHTML={{ __html: attempt.revisionCommentHtml }} />
              </section>
            )}
            {attempt.grade && (
              <section className="section card" aria-labelledby={gradeId}>
                <h2 id={gradeId}>{t('assignments.grade.heading')}</h2>
                <GradeView rubric={attempt.assignment.rubric} grade={attempt.grade} />
              </section>
            )}
            <section className="section" aria-labelledby={workId}>
              <h2 id={workId}>{t('assignments.attempts.work')}</h2>
              <SubmissionContent text={attempt.text} files={attempt.files} />
            </section>
            <p>
              <Link to={assignmentPath(assignmentId)}>{t('assignments.backToAssignment')}</Link>
            </p>
          </>
        ) : null}
      </Page>
    </>
  );
}
