import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ReleasedGradeFieldsFragment,
  RubricFieldsFragment,
  SubmissionFileFieldsFragment,
} from '../../gql/graphql';
import { formatBytes } from '../learning/format';
import { formatDateTime } from './format';
import { STATE_CLASS, type AssignmentState } from './status';

type Criterion = RubricFieldsFragment['criteria'][number];

export function StateBadge({ state }: { state: AssignmentState }) {
  const { t } = useTranslation();
  return <span className={STATE_CLASS[state]}>{t(`assignments.state.${state}`)}</span>;
}

/** "Voldoende vanaf 6 van 14 punten" or "Voldoende als elk criterium behaald is". */
export function PassRuleText({ rubric }: { rubric: RubricFieldsFragment }) {
  const { t } = useTranslation();
  const hasPassFail = rubric.criteria.some((c) => c.kind === 'PASS_FAIL');
  if (rubric.passRule === 'ALL_CRITERIA_PASSED') return <>{t('assignments.rubric.ruleAllPassed')}</>;
  return (
    <>
      {t('assignments.rubric.ruleMinPoints', { min: rubric.passMinPoints ?? 0, max: rubric.maxPoints })}
      {hasPassFail && ` ${t('assignments.rubric.rulePassFailToo')}`}
    </>
  );
}

/** The rubric before grading: each criterion with what each level means. */
export function RubricView({ rubric }: { rubric: RubricFieldsFragment }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table asg-rubric">
          <caption id={captionId}>{t('assignments.rubric.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assignments.rubric.criterion')}</th>
              <th scope="col">{t('assignments.rubric.levels')}</th>
              <th scope="col">{t('assignments.rubric.maxPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row">
                  {criterion.title}
                  {criterion.description && <p className="muted small asg-criterion-text">{criterion.description}</p>}
                </th>
                <td>
                  {criterion.kind === 'PASS_FAIL' ? (
                    t('assignments.rubric.passFail')
                  ) : (
                    <ul className="asg-levels">
                      {criterion.levels.map((level) => (
                        <li key={level.points}>
                          <strong>
                            {level.label} ({t('assignments.points', { count: level.points })})
                          </strong>
                          {level.description && <>: {level.description}</>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{criterion.maxPoints}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        <PassRuleText rubric={rubric} />
      </p>
    </>
  );
}

/** How a score reads: the level it matches ("Goed"), or "Behaald"/"Niet behaald". */
export function scoreLabel(t: TFunction, criterion: Criterion, points: number | undefined) {
  if (points === undefined) return t('assignments.grade.notScored');
  if (criterion.kind === 'PASS_FAIL') return points === 1 ? t('assignments.grade.met') : t('assignments.grade.notMet');
  return criterion.levels.find((level) => level.points === points)?.label ?? '';
}

/** The verdict as a word with a colour. */
export function Verdict({ passed }: { passed: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (passed === null || passed === undefined)
    return <span className="state state-draft">{t('assignments.grade.open')}</span>;
  return passed ? (
    <span className="state state-completed">{t('assignments.grade.passed')}</span>
  ) : (
    <span className="state asg-state-failed">{t('assignments.grade.failed')}</span>
  );
}

/** A grade: per criterion the level and points, the total and verdict, then the feedback. */
export function GradeView({
  rubric,
  grade,
  feedbackHeadingLevel = 3,
}: {
  rubric: RubricFieldsFragment;
  grade: Pick<ReleasedGradeFieldsFragment, 'passed' | 'totalPoints' | 'feedbackHtml' | 'scores' | 'releasedAt'>;
  feedbackHeadingLevel?: 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const points = new Map(grade.scores.map((s) => [s.criterionId, s.points]));
  const Heading = feedbackHeadingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="asg-grade">
      <p className="asg-verdict">
        <Verdict passed={grade.passed} />{' '}
        <strong>{t('assignments.grade.total', { points: grade.totalPoints, max: rubric.maxPoints })}</strong>
        {grade.releasedAt && (
          <span className="muted small">
            {' '}
            · {t('assignments.grade.releasedOn', { date: formatDateTime(grade.releasedAt, i18n.language) })}
          </span>
        )}
      </p>
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table">
          <caption id={captionId}>{t('assignments.grade.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assignments.rubric.criterion')}</th>
              <th scope="col">{t('assignments.grade.level')}</th>
              <th scope="col">{t('assignments.grade.points')}</th>
            </tr>
          </thead>
          <tbody>
            {rubric.criteria.map((criterion) => {
              const score = points.get(criterion.id);
              return (
                <tr key={criterion.id}>
                  <th scope="row">{criterion.title}</th>
                  <td>{scoreLabel(t, criterion, score)}</td>
                  <td>{t('assignments.grade.pointsOf', { points: score ?? 0, max: criterion.maxPoints })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Heading>{t('assignments.grade.feedback')}</Heading>
      {grade.feedbackHtml.trim() ? (
        // Rendered by the API from markdown and sanitised there, like lesson text.
        <div className="asg-rich-text" dangerouslySetInnerHTML={{ __html: grade.feedbackHtml }} />
      ) : (
        <p className="muted">{t('assignments.grade.noFeedback')}</p>
      )}
    </div>
  );
}

/** What was handed in: the text as written (never HTML) and the files to download. */
export function SubmissionContent({
  text,
  files,
  headingLevel = 3,
  showText = true,
  showFiles = true,
}: {
  text: string;
  files: SubmissionFileFieldsFragment[];
  headingLevel?: 2 | 3 | 4;
  showText?: boolean;
  showFiles?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 4 ? 'h4' : 'h3';
  return (
    <>
      {showText && (
        <>
          <Heading>{t('assignments.submission.text')}</Heading>
          {text.trim() ? (
            <div className="asg-text">{text}</div>
          ) : (
            <p className="muted">{t('assignments.submission.noText')}</p>
          )}
        </>
      )}
      {showFiles && (
        <>
          <Heading>{t('assignments.submission.files')}</Heading>
          {files.length === 0 ? (
            <p className="muted">{t('assignments.submission.noFiles')}</p>
          ) : (
            <ul className="attachment-list">
              {files.map((file) => (
                <li key={file.id}>
                  <a href={file.downloadPath} download={file.originalName}>
                    {file.originalName}
                  </a>{' '}
                  <span className="muted small">({formatBytes(i18n.language, file.size)})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
