import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/status-pages';
import type { GradeFieldsFragment, GradingSubmissionQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { Dialog, ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { GradeView, SubmissionContent } from '../assignments/components';
import { isForbidden, isNotFound, useAssignmentErrorMessage } from '../assignments/errors';
import { formatDateTime } from '../assignments/format';
import { TextAreaField } from '../catalogue/fields';
import { Breadcrumbs } from '../learning/components';
import { demoteHeadings } from '../learning/format';
import { ExtensionDialog } from './ExtensionDialog';
import { GradeForm, type SaveOutcome } from './GradeForm';
import { ReleaseGradesDocument, RequestRevisionDocument } from './grading.documents';
import { GRADING_PATH } from './paths';
import { GRADING_KEY, gradingSubmissionKey, useGradingSubmission } from './queries';

type Submission = GradingSubmissionQuery['submission'];

/** /grading/:submissionId — the work, the rubric as a scoring form, release and revision requests. */
export function GradingPage() {
  const { submissionId } = useParams();
  return <GradingPageContent key={submissionId} submissionId={submissionId!} />;
}

function GradingPageContent({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const query = useGradingSubmission(submissionId);
  const submission = query.data?.submission;

  if (query.isError && isNotFound(query.error)) return <NotFoundPage />;
  const title = submission
    ? t('grading.page.title', { name: submission.authorName, assignment: submission.assignment.title })
    : t('grading.page.fallbackTitle');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('sections.grading.label'), to: GRADING_PATH },
          { label: submission?.authorName ?? t('grading.page.fallbackTitle') },
        ]}
      />
      <Page title={isForbidden(query.error) ? t('grading.page.forbiddenTitle') : title}>
        {query.isPending ? (
          <Loading label={t('grading.page.loading')} />
        ) : query.isError ? (
          isForbidden(query.error) ? (
            <>
              <p>{t('grading.page.forbidden')}</p>
              <p>
                <Link to={GRADING_PATH}>{t('grading.page.backToQueue')}</Link>
              </p>
            </>
          ) : (
            <>
              <ErrorAlert message={errorText(query.error)} />
              <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
                {t('app.retry')}
              </button>
            </>
          )
        ) : submission ? (
          <GradingWorkspace submission={submission} />
        ) : null}
      </Page>
    </>
  );
}

function GradingWorkspace({ submission }: { submission: Submission }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const queryClient = useQueryClient();
  const errorText = useAssignmentErrorMessage();
  const assignment = submission.assignment;
  const [flash, setFlash] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [changing, setChanging] = useState(false);
  const [revising, setRevising] = useState(false);
  const [extending, setExtending] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const [focusStatus, setFocusStatus] = useState(false);
  const workId = useId();
  const gradeId = useId();
  const marksId = useId();
  const previousId = useId();
  const cohortDueAt = assignment.dueDates.find((d) => d.cohortId === submission.cohort.id)?.dueAt ?? null;
  const instructions = useMemo(() => demoteHeadings(assignment.instructionsHtml), [assignment.instructionsHtml]);

  // What the docent may do is the API's to say; the page only shows it.
  const { awaitingGrade: awaiting, canRequestRevision, releasable } = submission;
  const mine = submission.myGrade ?? null;
  const released = submission.grades.find((g) => g.agreed && g.status === 'RELEASED') ?? null;
  const agreed = releasable ? (submission.grades.find((g) => g.agreed && g.status !== 'RELEASED') ?? null) : null;
  const othersMarks = submission.grades.filter((g) => g.id !== mine?.id && g.status !== 'DRAFT');

  useEffect(() => {
    if (!focusStatus) return;
    statusRef.current?.focus();
    setFocusStatus(false);
  }, [focusStatus]);

  async function refresh() {
    await Promise.all([
      queryClient.refetchQueries({ queryKey: gradingSubmissionKey(submission.id) }),
      queryClient.invalidateQueries({ queryKey: [...GRADING_KEY, 'queue'] }),
    ]);
  }

  async function reload() {
    await refresh();
    setFormKey((key) => key + 1);
  }

  async function onSaved(_grade: GradeFieldsFragment | null, outcome: SaveOutcome | 'revision') {
    if (outcome === 'draft') {
      void queryClient.invalidateQueries({ queryKey: [...GRADING_KEY, 'queue'] });
      return;
    }
    await refresh();
    setChanging(false);
    setFormKey((key) => key + 1);
    setFlash(t(`grading.page.done.${outcome}`, { name: submission.authorName }));
    setFocusStatus(true);
  }

  const release = useMutation({
    mutationFn: () => request(ReleaseGradesDocument, { submissionIds: [submission.id] }),
    onSuccess: () => onSaved(null, 'released'),
  });

  const status = statusLine(submission, mine, t, language);

  return (
    <>
      <StatusMessage message={flash} />
      <ul className="facts">
        <li>{t('grading.page.cohort', { cohort: submission.cohort.name })}</li>
        <li>{t('grading.page.attempt', { attempt: submission.attempt, max: assignment.maxAttempts })}</li>
        <li>
          {submission.submittedAt
            ? t('grading.page.submittedOn', { date: formatDateTime(submission.submittedAt, language) })
            : ''}
          {submission.late && <span className="asg-late-tag"> {t('assignments.lateTag')}</span>}
        </li>
        {submission.anonymised && <li>{t('grading.page.anonymous')}</li>}
        {assignment.doubleMarking && <li>{t('grading.page.doubleMarking')}</li>}
      </ul>

      {/* While the author is hidden the extension is granted from the cohort overview, which names no work. */}
      {submission.author && (
        <div className="grd-extension">
          <p>
            {cohortDueAt
              ? t('grading.extension.cohortDue', { date: formatDateTime(cohortDueAt, language) })
              : t('grading.extension.noCohortDue')}
            {submission.extension && (
              <>
                {' · '}
                <strong>
                  {t('grading.extension.current', { date: formatDateTime(submission.extension.dueAt, language) })}
                </strong>
              </>
            )}
          </p>
          <button type="button" className="button button-secondary button-small" onClick={() => setExtending(true)}>
            {submission.extension ? t('grading.extension.change') : t('grading.extension.open')}
          </button>
        </div>
      )}

      <div ref={statusRef} tabIndex={-1} className="asg-status">
        {status && (
          <div className={`notice ${status.tone === 'warning' ? 'notice-locked' : ''}`}>
            <p>
              <strong>{status.text}</strong>
            </p>
            {submission.status === 'REVISION_REQUESTED' && submission.revisionCommentHtml && (
              <div className="asg-rich-text" dangerouslySetInnerHTML={{ __html: submission.revisionCommentHtml }} />
            )}
          </div>
        )}
      </div>

      <div className="grd-layout">
        <section className="grd-work" aria-labelledby={workId}>
          <h2 id={workId}>{t('grading.page.work')}</h2>
          <SubmissionContent
            text={submission.text}
            files={submission.files}
            showText={assignment.submissionKind !== 'FILES' || submission.text.trim() !== ''}
            showFiles={assignment.submissionKind !== 'TEXT' || submission.files.length > 0}
          />
          <details className="grd-instructions">
            <summary>{t('grading.page.showInstructions')}</summary>
            <div className="lesson-body" dangerouslySetInnerHTML={{ __html: instructions }} />
          </details>
        </section>

        <section className="card grd-grade" aria-labelledby={gradeId}>
          <h2 id={gradeId}>{t('grading.page.grade')}</h2>
          {released && !changing ? (
            <>
              <GradeView rubric={assignment.rubric} grade={released} />
              {mine?.id === released.id && (
                <button type="button" className="button button-secondary" onClick={() => setChanging(true)}>
                  {t('grading.page.change')}
                </button>
              )}
            </>
          ) : released && changing && mine ? (
            <GradeForm
              key={formKey}
              submissionId={submission.id}
              assignmentId={assignment.id}
              authorName={submission.authorName}
              rubric={assignment.rubric}
              grade={mine}
              mode="change"
              doubleMarking={assignment.doubleMarking}
              onSaved={onSaved}
              onReload={reload}
              onCancel={() => setChanging(false)}
            />
          ) : awaiting && (mine === null || mine.status === 'DRAFT') ? (
            <GradeForm
              key={formKey}
              submissionId={submission.id}
              assignmentId={assignment.id}
              authorName={submission.authorName}
              rubric={assignment.rubric}
              grade={mine}
              mode="mark"
              doubleMarking={assignment.doubleMarking}
              onSaved={onSaved}
              onReload={reload}
            />
          ) : mine ? (
            <GradeView rubric={assignment.rubric} grade={mine} />
          ) : (
            <p className="muted">{t('grading.page.noGrade')}</p>
          )}

          {assignment.doubleMarking && releasable && agreed && (
            <div className="grd-release">
              <p>{t('grading.page.agreedReady', { points: agreed.totalPoints })}</p>
              <ErrorAlert message={release.error ? errorText(release.error) : null} />
              <button type="button" className="button" disabled={release.isPending} onClick={() => release.mutate()}>
                {release.isPending ? t('assignments.working') : t('grading.page.releaseAgreed')}
              </button>
            </div>
          )}

          {awaiting && (
            <div className="grd-revision">
              <h3>{t('grading.revision.title')}</h3>
              {canRequestRevision ? (
                <>
                  <p className="muted small">{t('grading.revision.intro', { name: submission.authorName })}</p>
                  <button type="button" className="button button-secondary" onClick={() => setRevising(true)}>
                    {t('grading.revision.open')}
                  </button>
                </>
              ) : (
                <p className="muted small">{t('grading.revision.noAttemptsLeft')}</p>
              )}
            </div>
          )}
        </section>
      </div>

      {othersMarks.length > 0 && (
        <section className="section" aria-labelledby={marksId}>
          <h2 id={marksId}>{t('grading.marks.title')}</h2>
          <ul className="grd-marks">
            {othersMarks.map((grade) => (
              <li key={grade.id} className="card">
                <h3>
                  {t(`grading.marks.role.${grade.markerRole}`)}
                  {grade.marker && <span className="muted"> · {grade.marker.name}</span>}
                </h3>
                <GradeView rubric={assignment.rubric} grade={grade} feedbackHeadingLevel={4} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {submission.previousAttempts.length > 0 && (
        <section className="section" aria-labelledby={previousId}>
          <h2 id={previousId}>{t('grading.previous.title')}</h2>
          <ul className="grd-marks">
            {submission.previousAttempts.map((attempt) => (
              <li key={attempt.id} className="card">
                <h3>{t('grading.previous.attempt', { attempt: attempt.attempt })}</h3>
                <p className="muted small">
                  {attempt.submittedAt
                    ? t('grading.page.submittedOn', { date: formatDateTime(attempt.submittedAt, language) })
                    : ''}
                  {attempt.late && <span className="asg-late-tag"> {t('assignments.lateTag')}</span>}
                </p>
                <SubmissionContent
                  text={attempt.text}
                  files={attempt.files}
                  headingLevel={4}
                  showText={attempt.text.trim() !== ''}
                  showFiles={attempt.files.length > 0}
                />
                {attempt.revisionCommentHtml && (
                  <>
                    <h4>{t('grading.previous.revisionComment')}</h4>
                    <div className="asg-rich-text" dangerouslySetInnerHTML={{ __html: attempt.revisionCommentHtml }} />
                  </>
                )}
                {attempt.grade && (
                  <GradeView rubric={assignment.rubric} grade={attempt.grade} feedbackHeadingLevel={4} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {extending && submission.author && (
        <ExtensionDialog
          assignmentId={assignment.id}
          studentId={submission.author.id}
          studentName={submission.authorName}
          cohortDueAt={cohortDueAt}
          extension={submission.extension ?? null}
          onClose={() => setExtending(false)}
          onDone={async (outcome) => {
            setExtending(false);
            await refresh();
            setFlash(t(`grading.extension.done.${outcome}`, { name: submission.authorName }));
          }}
        />
      )}

      {revising && (
        <RevisionDialog
          submissionId={submission.id}
          name={submission.authorName}
          onClose={() => setRevising(false)}
          onDone={async () => {
            setRevising(false);
            await onSaved(null, 'revision');
          }}
        />
      )}
    </>
  );
}

/** What the docent needs to know first: waiting for whom, or what happened. */
function statusLine(
  submission: Submission,
  mine: GradeFieldsFragment | null,
  t: TFunction,
  language: string,
): { text: string; tone?: 'warning' } | null {
  switch (submission.gradingState) {
    case 'REVISION_REQUESTED':
      return {
        text: t('grading.status.revisionRequested', {
          date: submission.revisionRequestedAt ? formatDateTime(submission.revisionRequestedAt, language) : '',
        }),
      };
    case 'RELEASED':
      return { text: t('grading.status.released') };
    case 'THIRD_MARKER':
      return {
        text:
          mine && mine.markerRole !== 'THIRD' ? t('grading.status.thirdMarkerOther') : t('grading.status.thirdMarker'),
        tone: 'warning',
      };
    case 'AWAITING_SECOND':
      return { text: t('grading.status.awaitingSecond') };
    case 'READY':
      return submission.assignment.doubleMarking ? { text: t('grading.status.marksAgree') } : null;
    default:
      return null;
  }
}

function RevisionDialog({
  submissionId,
  name,
  onClose,
  onDone,
}: {
  submissionId: string;
  name: string;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const send = useMutation({
    mutationFn: () => request(RequestRevisionDocument, { input: { submissionId, comment: comment.trim() } }),
    onSuccess: onDone,
  });
  return (
    <Dialog title={t('grading.revision.dialogTitle', { name })} onClose={onClose}>
      <p>{t('grading.revision.dialogBody', { name })}</p>
      <TextAreaField
        label={t('grading.revision.comment')}
        hint={t('grading.revision.commentHint')}
        name="comment"
        rows={6}
        required
        value={comment}
        error={missing ? t('grading.revision.commentMissing') : undefined}
        onChange={(value) => {
          setComment(value);
          setMissing(false);
        }}
      />
      <ErrorAlert message={send.error ? errorText(send.error) : null} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={send.isPending}
          onClick={() => {
            if (!comment.trim()) setMissing(true);
            else send.mutate();
          }}
        >
          {send.isPending ? t('assignments.working') : t('grading.revision.send')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
          {t('assignments.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
