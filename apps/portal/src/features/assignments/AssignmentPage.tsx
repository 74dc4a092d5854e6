import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/status-pages';
import type { MyAssignmentQuery, StudentSubmissionFieldsFragment } from '../../gql/graphql';
import { reasonSentence } from '../../lib/refusals';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { demoteHeadings } from '../learning/format';
import { GradeView, RubricView, StateBadge } from './components';
import { DraftEditor } from './DraftEditor';
import { isNotFound, useAssignmentErrorMessage } from './errors';
import { formatDateTime } from './format';
import { ASSIGNMENTS_PATH, attemptPath } from './paths';
import { invalidateAssignments, myAssignmentKey, useMyAssignment } from './queries';
import { attemptState } from './status';

type Assignment = MyAssignmentQuery['assignment'];
type Attempt = StudentSubmissionFieldsFragment;

/** /assignments/:assignmentId — instructions, rubric, the draft, handing in, attempts and the grade. */
export function AssignmentPage() {
  const { assignmentId } = useParams();
  return <AssignmentPageContent key={assignmentId} assignmentId={assignmentId!} />;
}

function AssignmentPageContent({ assignmentId }: { assignmentId: string }) {
  const { t } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const query = useMyAssignment(assignmentId);
  const assignment = query.data?.assignment;

  if (query.isError && isNotFound(query.error)) return <NotFoundPage />;
  const title = assignment?.title ?? t('assignments.assignment');
  return (
    <>
      <Breadcrumbs items={[{ label: t('sections.assignments.label'), to: ASSIGNMENTS_PATH }, { label: title }]} />
      <Page title={title}>
        {query.isPending ? (
          <Loading label={t('assignments.loading')} />
        ) : query.isError ? (
          <>
            <ErrorAlert message={errorText(query.error)} />
            <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
              {t('app.retry')}
            </button>
          </>
        ) : assignment ? (
          <AssignmentDetails assignment={assignment} />
        ) : null}
      </Page>
    </>
  );
}

/**
 * Where the student stands: their attempts, and what the API says they may do now (keep a draft
 * or start the next attempt, and why not).
 */
function progressOf(assignment: Assignment) {
  const attempts = [...assignment.mySubmissions].sort((a, b) => a.attempt - b.attempt);
  const draft = attempts.find((a) => a.status === 'DRAFT') ?? null;
  const handedIn = attempts.filter((a) => a.status !== 'DRAFT');
  const last = handedIn.at(-1) ?? null;
  const graded = [...handedIn].reverse().find((a) => a.grade) ?? null;
  const { canWrite, reason, nextAttempt } = assignment.myHandIn;
  return {
    draft,
    handedIn,
    last,
    graded,
    canWrite,
    /** Why not, when the page has nothing else to say about it (a locked module, no cohort). */
    blocked: !canWrite && reason !== 'AWAITING_GRADE' && reason !== 'ALREADY_PASSED' ? reason : null,
    attemptsLeft: reason !== 'NO_ATTEMPTS_LEFT',
    nextAttempt,
  };
}

function AssignmentDetails({ assignment }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const queryClient = useQueryClient();
  const [flash, setFlash] = useState<string | null>(null);
  // A new editor after handing in or reloading a draft that changed elsewhere.
  const [editorKey, setEditorKey] = useState(0);
  const [settling, setSettling] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const [focusStatus, setFocusStatus] = useState(false);
  const instructionsId = useId();
  const rubricId = useId();
  const gradeId = useId();
  const instructions = useMemo(() => demoteHeadings(assignment.instructionsHtml), [assignment.instructionsHtml]);
  const progress = progressOf(assignment);
  const { last, graded } = progress;

  // After handing in, the editor is gone: focus goes to the status that says what happened.
  useEffect(() => {
    if (!focusStatus) return;
    statusRef.current?.focus();
    setFocusStatus(false);
  }, [focusStatus]);

  async function onSubmitted(submitted: Attempt) {
    // The editor stays away until the API has said what the student may do next.
    setSettling(true);
    queryClient.setQueryData<MyAssignmentQuery>(myAssignmentKey(assignment.id), (old) =>
      old
        ? {
            assignment: {
              ...old.assignment,
              mySubmissions: [...old.assignment.mySubmissions.filter((s) => s.id !== submitted.id), submitted],
            },
          }
        : old,
    );
    setFlash(
      submitted.late
        ? t('assignments.submittedLate', { attempt: submitted.attempt })
        : t('assignments.submitted', { attempt: submitted.attempt }),
    );
    await queryClient.refetchQueries({ queryKey: myAssignmentKey(assignment.id) });
    setSettling(false);
    setEditorKey((key) => key + 1);
    setFocusStatus(true);
    await invalidateAssignments(queryClient);
  }

  /** The refusal's own sentence, naming the module when it is locked. */
  const blockedText = (reason: string) =>
    reasonSentence(t, language, reason, { module: assignment.module.title }) ?? t('errors.code.FORBIDDEN');

  async function reload() {
    await queryClient.refetchQueries({ queryKey: myAssignmentKey(assignment.id) });
    setEditorKey((key) => key + 1);
  }

  return (
    <>
      <StatusMessage message={flash} />
      <ul className="facts">
        <li>{t('assignments.facts.module', { module: assignment.module.title })}</li>
        <li>
          {assignment.myDueAt
            ? t('assignments.facts.due', { date: formatDateTime(assignment.myDueAt, language) })
            : t('assignments.noDueDate')}
        </li>
        <li>{t('assignments.facts.attempts', { count: assignment.maxAttempts })}</li>
        <li>{t(`assignments.kind.${assignment.submissionKind}`)}</li>
      </ul>

      <div ref={statusRef} tabIndex={-1} className="asg-status">
        {last?.awaitingGrade && (
          <div className="notice">
            <p>
              <StateBadge state={attemptState(last)} />{' '}
              {t('assignments.awaiting', {
                attempt: last.attempt,
                date: last.submittedAt ? formatDateTime(last.submittedAt, language) : '',
              })}
            </p>
            {last.late && <p>{t('assignments.lateNote')}</p>}
          </div>
        )}
        {last?.status === 'REVISION_REQUESTED' && (
          <div className="notice asg-notice-revision">
            <p>
              <strong>{t('assignments.revision.title', { attempt: last.attempt })}</strong>
            </p>
            {last.revisionCommentHtml && (
              <div className="asg-rich-text" dangerouslySetInnerHTML={{ __html: last.revisionCommentHtml }} />
            )}
            <p>
              {progress.attemptsLeft
                ? t('assignments.revision.next', { attempt: progress.nextAttempt, max: assignment.maxAttempts })
                : t('assignments.noAttemptsLeft')}
            </p>
          </div>
        )}
        {last?.status === 'GRADED' && !last.grade?.passed && (
          <div className="notice">
            <p>
              {progress.attemptsLeft
                ? t('assignments.retry', { attempt: progress.nextAttempt, max: assignment.maxAttempts })
                : t('assignments.noAttemptsLeft')}
            </p>
          </div>
        )}
        {progress.blocked && progress.blocked !== 'NO_ATTEMPTS_LEFT' && (
          <div className="notice notice-locked">
            <p>{blockedText(progress.blocked)}</p>
          </div>
        )}
      </div>

      {graded?.grade && (
        <section className="section card asg-grade-section" aria-labelledby={gradeId}>
          <h2 id={gradeId}>{t('assignments.grade.title', { attempt: graded.attempt })}</h2>
          <GradeView rubric={assignment.rubric} grade={graded.grade} />
        </section>
      )}

      <section className="section" aria-labelledby={instructionsId}>
        <h2 id={instructionsId}>{t('assignments.instructions')}</h2>
        {instructions.trim() ? (
          // Sanitised by the API, like lesson text.
          <div className="lesson-body" dangerouslySetInnerHTML={{ __html: instructions }} />
        ) : (
          <p className="muted">{t('assignments.noInstructions')}</p>
        )}
      </section>

      <section className="section" aria-labelledby={rubricId}>
        <h2 id={rubricId}>{t('assignments.rubric.title')}</h2>
        <RubricView rubric={assignment.rubric} />
      </section>

      {progress.canWrite && !settling && (
        <DraftEditor
          key={editorKey}
          assignment={assignment}
          draft={progress.draft}
          attempt={progress.nextAttempt}
          previous={progress.draft ? null : last}
          onSubmitted={(submitted) => void onSubmitted(submitted)}
          onReload={reload}
        />
      )}

      <Attempts assignment={assignment} attempts={progress.handedIn} />
    </>
  );
}

/** Every attempt handed in, each with its own readable page. */
function Attempts({ assignment, attempts }: { assignment: Assignment; attempts: Attempt[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('assignments.attempts.title')}</h2>
      {attempts.length === 0 ? (
        <p className="muted">{t('assignments.attempts.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('assignments.attempts.attempt')}</th>
                <th scope="col">{t('assignments.attempts.submittedAt')}</th>
                <th scope="col">{t('assignments.attempts.status')}</th>
              </tr>
            </thead>
            <tbody>
              {[...attempts].reverse().map((attempt) => (
                <tr key={attempt.id}>
                  <th scope="row">
                    <Link to={attemptPath(assignment.id, attempt.id)}>
                      {t('assignments.attempts.name', { attempt: attempt.attempt })}
                    </Link>
                  </th>
                  <td>
                    {attempt.submittedAt ? formatDateTime(attempt.submittedAt, i18n.language) : ''}
                    {attempt.late && <span className="asg-late-tag"> {t('assignments.lateTag')}</span>}
                  </td>
                  <td>
                    <StateBadge state={attemptState(attempt)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
