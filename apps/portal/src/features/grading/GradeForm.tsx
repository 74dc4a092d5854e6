import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GradeFieldsFragment, RubricFieldsFragment } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { formatTime } from '../../lib/format';
import { Dialog, ErrorAlert, StatusMessage } from '../../lib/ui';
import { PassRuleText, Verdict } from '../assignments/components';
import { useAssignmentErrorMessage } from '../assignments/errors';
import { TextAreaField } from '../catalogue/fields';
import { RubricVerdictDocument, SaveGradeDocument } from './grading.documents';
import { GRADING_KEY } from './queries';

type Criterion = RubricFieldsFragment['criteria'][number];

/** What a finished save was: a draft, a final double mark, a release, or a change after release. */
export type SaveOutcome = 'draft' | 'final' | 'released' | 'changed';

type Confirm = 'release' | 'final' | 'reason';

/**
 * The scores as typed: whole numbers go to the API, which decides whether each is in range and
 * what total and verdict they give; anything else is not a number yet.
 */
function parseScores(rubric: RubricFieldsFragment, raw: Record<string, string>) {
  const notNumbers = new Set<string>();
  const scores: { criterionId: string; points: number }[] = [];
  for (const criterion of rubric.criteria) {
    const value = (raw[criterion.id] ?? '').trim();
    if (value === '') continue;
    const points = Number(value);
    if (!Number.isInteger(points)) notNumbers.add(criterion.id);
    else scores.push({ criterionId: criterion.id, points });
  }
  return { notNumbers, scores };
}

type Score = { criterionId: string; points: number };

/** The criteria whose score a refusal names (`scores.<i>.points` or `.criterionId`: the i-th score sent). */
function refusedCriteria(error: unknown, scores: Score[]): Set<string> {
  if (!isApiError(error)) return new Set();
  return new Set(
    error.fieldPaths
      .map((path) => /^scores\.(\d+)\./.exec(path)?.[1])
      .filter((index): index is string => index !== undefined)
      .map((index) => scores[Number(index)]?.criterionId)
      .filter((id): id is string => id !== undefined),
  );
}

/** The total and verdict the API gives these scores (refused scores come back as an error naming them). */
function useVerdict(assignmentId: string, scores: Score[]) {
  return useQuery({
    queryKey: [...GRADING_KEY, 'verdict', assignmentId, scores],
    queryFn: () => request(RubricVerdictDocument, { input: { assignmentId, scores } }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/**
 * The rubric as a scoring form with the feedback, for the docent's own mark. The total and
 * verdict are the API's (the same rule a saved grade follows). Saves send the version read, so
 * a save over someone else's newer one is refused (CONFLICT) and the docent is offered the
 * newest version instead of overwriting it. Releasing saves and releases in one request.
 */
export function GradeForm({
  submissionId,
  assignmentId,
  authorName,
  rubric,
  grade,
  mode,
  doubleMarking,
  onSaved,
  onReload,
  onCancel,
}: {
  submissionId: string;
  assignmentId: string;
  authorName: string;
  rubric: RubricFieldsFragment;
  grade: GradeFieldsFragment | null;
  /** `mark`: a mark still being made. `change`: a released grade, changed with a reason. */
  mode: 'mark' | 'change';
  doubleMarking: boolean;
  onSaved: (grade: GradeFieldsFragment | null, outcome: SaveOutcome) => void | Promise<void>;
  onReload: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const formId = useId();
  const [raw, setRaw] = useState<Record<string, string>>(() =>
    Object.fromEntries((grade?.scores ?? []).map((s) => [s.criterionId, String(s.points)])),
  );
  const [feedback, setFeedback] = useState(grade?.feedback ?? '');
  const [version, setVersion] = useState<number | null>(grade?.version ?? null);
  const [showErrors, setShowErrors] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [reloading, setReloading] = useState(false);
  const { notNumbers, scores } = parseScores(rubric, raw);
  const verdictQuery = useVerdict(assignmentId, scores);
  const verdict = verdictQuery.isError ? undefined : verdictQuery.data?.rubricVerdict;
  const [sent, setSent] = useState<Score[]>([]);

  const save = useMutation({
    mutationFn: async (outcome: SaveOutcome) => {
      setSent(scores);
      const saved = (
        await request(SaveGradeDocument, {
          input: {
            submissionId,
            version,
            scores,
            feedback,
            final: outcome === 'final',
            release: outcome === 'released',
            reason: outcome === 'changed' ? reason.trim() : null,
          },
        })
      ).saveGrade;
      setVersion(saved.version);
      return saved;
    },
    onSuccess: async (saved, outcome) => {
      setConfirm(null);
      setSavedAt(new Date());
      await onSaved(saved, outcome);
    },
    onError: () => setConfirm(null),
  });

  const conflict = isApiError(save.error) && save.error.code === 'CONFLICT';
  // The API's word on the scores: the verdict's refusal, or a save's.
  const refused = new Set([...refusedCriteria(verdictQuery.error, scores), ...refusedCriteria(save.error, sent)]);
  const invalid = (criterionId: string) => notNumbers.has(criterionId) || refused.has(criterionId);

  /**
   * Checks the form for the action, with the API's verdict on exactly these scores (waiting for
   * it when it is still on its way); opens its confirm step or saves a draft straight away.
   */
  async function start(outcome: SaveOutcome) {
    setShowErrors(true);
    save.reset();
    if (notNumbers.size) return setProblem(t('grading.form.invalidScores'));
    const current =
      verdictQuery.isFetching || verdictQuery.isPlaceholderData ? await verdictQuery.refetch() : verdictQuery;
    if (refusedCriteria(current.error, scores).size) return setProblem(t('grading.form.invalidScores'));
    if (outcome !== 'draft' && !current.data?.rubricVerdict.complete) {
      return setProblem(t('grading.form.incomplete'));
    }
    setProblem(null);
    if (outcome === 'draft') save.mutate('draft');
    else setConfirm(outcome === 'released' ? 'release' : outcome === 'final' ? 'final' : 'reason');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void start(mode === 'change' ? 'changed' : 'draft');
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  }

  const set = (criterionId: string, value: string) => setRaw((current) => ({ ...current, [criterionId]: value }));

  return (
    <form id={formId} className="form grd-form" onSubmit={submit} noValidate>
      {rubric.criteria.map((criterion) => (
        <CriterionField
          key={criterion.id}
          criterion={criterion}
          value={raw[criterion.id] ?? ''}
          invalid={(showErrors || refused.has(criterion.id)) && invalid(criterion.id)}
          onChange={(value) => {
            set(criterion.id, value);
            setProblem(null);
          }}
        />
      ))}

      <p role="status" className="grd-total">
        <strong>{t('assignments.grade.total', { points: verdict?.totalPoints ?? '…', max: rubric.maxPoints })}</strong>{' '}
        <Verdict passed={verdict?.passed} />
        <span className="muted small">
          {' '}
          <PassRuleText rubric={rubric} />
        </span>
      </p>

      <TextAreaField
        label={t('grading.form.feedback')}
        hint={t('grading.form.feedbackHint', { name: authorName })}
        name="feedback"
        rows={8}
        className="markdown-input"
        value={feedback}
        onChange={setFeedback}
      />

      <ErrorAlert message={problem} />
      <div role="alert" className="live-region">
        {save.error && (
          <div className="notice notice-error">
            <p>{conflict ? t('grading.form.conflict') : errorText(save.error)}</p>
            {conflict && (
              <button type="button" className="button" disabled={reloading} onClick={() => void reload()}>
                {reloading ? t('assignments.working') : t('grading.form.reload')}
              </button>
            )}
          </div>
        )}
      </div>
      <StatusMessage
        message={
          savedAt && save.isSuccess && save.variables === 'draft'
            ? t('grading.form.savedAt', { time: formatTime(savedAt, i18n.language) })
            : null
        }
      />

      <div className="button-row">
        {mode === 'change' ? (
          <>
            <button type="submit" className="button" disabled={save.isPending || conflict}>
              {t('grading.form.saveChange')}
            </button>
            {onCancel && (
              <button type="button" className="button button-secondary" onClick={onCancel}>
                {t('assignments.cancel')}
              </button>
            )}
          </>
        ) : (
          <>
            <button type="submit" className="button button-secondary" disabled={save.isPending || conflict}>
              {save.isPending && save.variables === 'draft' ? t('grading.form.saving') : t('grading.form.saveDraft')}
            </button>
            {doubleMarking ? (
              <button
                type="button"
                className="button"
                disabled={save.isPending || conflict}
                onClick={() => void start('final')}
              >
                {t('grading.form.makeFinal')}
              </button>
            ) : (
              <button
                type="button"
                className="button"
                disabled={save.isPending || conflict}
                onClick={() => void start('released')}
              >
                {t('grading.form.release')}
              </button>
            )}
          </>
        )}
      </div>

      {confirm === 'release' && (
        <Dialog title={t('grading.form.releaseTitle', { name: authorName })} onClose={() => setConfirm(null)}>
          <p>{t('grading.form.releaseBody', { name: authorName })}</p>
          <p>
            <strong>
              {t('assignments.grade.total', { points: verdict?.totalPoints ?? '…', max: rubric.maxPoints })}
            </strong>{' '}
            <Verdict passed={verdict?.passed} />
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={save.isPending} onClick={() => save.mutate('released')}>
              {save.isPending ? t('assignments.working') : t('grading.form.releaseConfirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirm(null)} data-autofocus>
              {t('assignments.cancel')}
            </button>
          </div>
        </Dialog>
      )}
      {confirm === 'final' && (
        <Dialog title={t('grading.form.finalTitle')} onClose={() => setConfirm(null)}>
          <p>{t('grading.form.finalBody')}</p>
          <div className="button-row">
            <button type="button" className="button" disabled={save.isPending} onClick={() => save.mutate('final')}>
              {save.isPending ? t('assignments.working') : t('grading.form.finalConfirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirm(null)} data-autofocus>
              {t('assignments.cancel')}
            </button>
          </div>
        </Dialog>
      )}
      {confirm === 'reason' && (
        <Dialog title={t('grading.form.reasonTitle')} onClose={() => setConfirm(null)}>
          <p>{t('grading.form.reasonBody', { name: authorName })}</p>
          <TextAreaField
            label={t('grading.form.reason')}
            name="reason"
            rows={3}
            required
            value={reason}
            error={reasonError ?? undefined}
            onChange={(value) => {
              setReason(value);
              setReasonError(null);
            }}
          />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={save.isPending}
              onClick={() => {
                if (!reason.trim()) setReasonError(t('grading.form.reasonMissing'));
                else save.mutate('changed');
              }}
            >
              {save.isPending ? t('assignments.working') : t('grading.form.reasonConfirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirm(null)} data-autofocus>
              {t('assignments.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </form>
  );
}

/**
 * One criterion: its levels as radio buttons and the points as a number (a score between two
 * levels is allowed), or passed / not passed.
 */
function CriterionField({
  criterion,
  value,
  invalid,
  onChange,
}: {
  criterion: Criterion;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [criterion.description && `${id}-desc`, invalid && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset className="field grd-criterion" aria-describedby={describedBy || undefined}>
      <legend>
        {criterion.title}{' '}
        <span className="muted small">
          {criterion.kind === 'PASS_FAIL'
            ? t('grading.form.passFailTag')
            : t('grading.form.maxTag', { count: criterion.maxPoints })}
        </span>
      </legend>
      {criterion.description && (
        <p className="hint" id={`${id}-desc`}>
          {criterion.description}
        </p>
      )}
      {invalid && (
        <p className="field-error" id={`${id}-error`}>
          {t('grading.form.pointsRange', { max: criterion.maxPoints })}
        </p>
      )}
      <div className="grd-levels">
        {criterion.kind === 'PASS_FAIL' ? (
          <>
            <label className="grd-level">
              <input type="radio" name={id} value="1" checked={value === '1'} onChange={() => onChange('1')} />
              {t('assignments.grade.met')}
            </label>
            <label className="grd-level">
              <input type="radio" name={id} value="0" checked={value === '0'} onChange={() => onChange('0')} />
              {t('assignments.grade.notMet')}
            </label>
          </>
        ) : (
          criterion.levels.map((level) => (
            <label key={level.points} className="grd-level">
              <input
                type="radio"
                name={id}
                value={level.points}
                checked={value.trim() !== '' && Number(value) === level.points}
                onChange={() => onChange(String(level.points))}
              />
              <span>
                <strong>{level.label}</strong> · {t('assignments.points', { count: level.points })}
                {level.description && <span className="muted small grd-level-text">{level.description}</span>}
              </span>
            </label>
          ))
        )}
      </div>
      {criterion.kind === 'POINTS' && (
        <div className="grd-points">
          <label htmlFor={`${id}-points`}>
            {t('grading.form.points', { title: criterion.title, max: criterion.maxPoints })}
          </label>
          <input
            id={`${id}-points`}
            type="number"
            inputMode="numeric"
            min={0}
            max={criterion.maxPoints}
            step={1}
            className="input-short"
            value={value}
            aria-invalid={invalid ? true : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      )}
    </fieldset>
  );
}
