import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AssignmentLimitsQuery,
  AuthoringAssignmentFieldsFragment,
  CriterionKind,
  PassRule,
  SubmissionKind,
} from '../../../gql/graphql';
import { isApiError, request } from '../../../lib/api';
import { refusalValues } from '../../../lib/refusals';
import { CheckboxGroup, ErrorAlert, TextField } from '../../../lib/ui';
import { NumberField, parseNumber, TextAreaField } from '../../catalogue/fields';
import { useAssignmentErrorMessage } from '../errors';
import { formatMegabytes } from '../format';
import { ASSIGNMENTS_KEY, useAssignmentLimits } from '../queries';
import { CreateAssignmentDocument, UpdateAssignmentDocument } from './authoring.documents';

const MB = 1024 * 1024;
const KINDS: SubmissionKind[] = ['TEXT', 'FILES', 'BOTH'];
const PASS_RULES: PassRule[] = ['MIN_TOTAL_POINTS', 'ALL_CRITERIA_PASSED'];

interface LevelValues {
  key: string;
  label: string;
  description: string;
  points: string;
}

interface CriterionValues {
  key: string;
  title: string;
  description: string;
  kind: CriterionKind;
  levels: LevelValues[];
}

interface FormValues {
  title: string;
  instructions: string;
  submissionKind: SubmissionKind;
  allowedFileTypes: string[];
  maxFileMb: string;
  passRule: PassRule;
  passMinPoints: string;
  maxAttempts: string;
  anonymousGrading: boolean;
  doubleMarking: boolean;
  doubleMarkingThreshold: string;
  criteria: CriterionValues[];
}

let nextKey = 0;
/** React keys for rows added in the form (criteria and levels have no id until saved). */
const newKey = () => `new-${++nextKey}`;

function defaultLevels(t: TFunction): LevelValues[] {
  return [
    { key: newKey(), label: t('assignments.authoring.defaultLevels.low'), description: '', points: '0' },
    { key: newKey(), label: t('assignments.authoring.defaultLevels.mid'), description: '', points: '1' },
    { key: newKey(), label: t('assignments.authoring.defaultLevels.high'), description: '', points: '2' },
  ];
}

function initialValues(t: TFunction, assignment?: AuthoringAssignmentFieldsFragment): FormValues {
  if (!assignment) {
    return {
      title: '',
      instructions: '',
      submissionKind: 'BOTH',
      allowedFileTypes: ['pdf', 'docx'],
      maxFileMb: '10',
      passRule: 'MIN_TOTAL_POINTS',
      passMinPoints: '',
      maxAttempts: '2',
      anonymousGrading: false,
      doubleMarking: false,
      doubleMarkingThreshold: '0',
      criteria: [{ key: newKey(), title: '', description: '', kind: 'POINTS', levels: defaultLevels(t) }],
    };
  }
  return {
    title: assignment.title,
    instructions: assignment.instructions,
    submissionKind: assignment.submissionKind,
    allowedFileTypes: assignment.allowedFileTypes,
    maxFileMb: String(Math.round((assignment.maxFileBytes / MB) * 10) / 10),
    passRule: assignment.passRule,
    passMinPoints:
      assignment.passMinPoints === null || assignment.passMinPoints === undefined
        ? ''
        : String(assignment.passMinPoints),
    maxAttempts: String(assignment.maxAttempts),
    anonymousGrading: assignment.anonymousGrading,
    doubleMarking: assignment.doubleMarking,
    doubleMarkingThreshold: String(assignment.doubleMarkingThreshold),
    criteria: assignment.rubric.criteria.map((c) => ({
      key: c.id,
      title: c.title,
      description: c.description,
      kind: c.kind,
      levels: c.levels.map((l, i) => ({
        key: `${c.id}-${i}`,
        label: l.label,
        description: l.description,
        points: String(l.points),
      })),
    })),
  };
}

type Limits = AssignmentLimitsQuery['assignmentLimits'];

/**
 * What the form checks itself: only that a number field holds a number (nothing else can be
 * sent). Every rule of an assignment is the API's; its refusal lands on the field it names.
 */
function numberProblems(t: TFunction, form: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const notANumber = (value: string) => value.trim() !== '' && Number.isNaN(parseNumber(value));
  const message = t('assignments.authoring.errors.notANumber');
  if (form.submissionKind !== 'TEXT' && notANumber(form.maxFileMb)) errors.maxFileMb = message;
  if (notANumber(form.maxAttempts)) errors.maxAttempts = message;
  if (form.passRule === 'MIN_TOTAL_POINTS' && notANumber(form.passMinPoints)) errors.passMinPoints = message;
  if (form.doubleMarking && notANumber(form.doubleMarkingThreshold)) errors.doubleMarkingThreshold = message;
  form.criteria.forEach((c, i) => {
    if (c.kind === 'PASS_FAIL') return;
    c.levels.forEach((l, j) => {
      if (notANumber(l.points) || l.points.trim() === '') errors[`criteria.${i}.levels.${j}`] = message;
    });
  });
  return errors;
}

/** The form's field for a path the API named (`maxFileBytes` is typed in MB; a level's parts are its row). */
function formField(path: string): string {
  if (path === 'maxFileBytes') return 'maxFileMb';
  const level = /^(criteria\.\d+\.levels\.\d+)\./.exec(path);
  return level ? level[1] : path;
}

/** The sentence for a field the API refused: its problem's refusal sentence, else the field's own. */
function fieldSentence(
  t: TFunction,
  language: string,
  limits: Limits | undefined,
  path: string,
  problem: string,
  params: Record<string, string | number | boolean | string[]>,
) {
  const refusal = `refusals.${problem}`;
  if (t(refusal as 'refusals.INVALID_ASSIGNMENT', { defaultValue: '' })) {
    return t(refusal as 'refusals.INVALID_ASSIGNMENT', refusalValues(params, language));
  }
  if (path === 'title') return t('assignments.authoring.errors.title');
  if (path === 'maxAttempts') return t('assignments.authoring.errors.attempts', { max: limits?.maxAttempts ?? 1 });
  if (path === 'doubleMarkingThreshold') return t('assignments.authoring.errors.threshold');
  if (path === 'criteria') return t('assignments.authoring.errors.noCriteria');
  if (/^criteria\.\d+\.title$/.test(path)) return t('assignments.authoring.errors.criterionTitle');
  if (/^criteria\.\d+\.levels\.\d+\.label$/.test(path)) return t('assignments.authoring.errors.levelLabel');
  if (/^criteria\.\d+\.levels\.\d+\.points$/.test(path)) return t('assignments.authoring.errors.levelPoints');
  return t('errors.field.other');
}

/** Form field → the translated refusal of each field the API named. */
function serverFieldErrors(t: TFunction, language: string, limits: Limits | undefined, error: unknown) {
  const errors: Record<string, string> = {};
  if (!isApiError(error)) return errors;
  for (const [path, problem] of Object.entries(error.fieldsByPath)) {
    errors[formField(path)] ??= fieldSentence(t, language, limits, path, problem, error.params);
  }
  return errors;
}

/**
 * An assignment with its rubric: what is handed in, how it is graded, and the criteria with
 * their levels. Creates one on `moduleId`, or saves `assignment` (its rubric only while nothing
 * has been graded against it; the API says so otherwise).
 */
export function AssignmentForm({
  moduleId,
  assignment,
  onSaved,
  cancel,
}: {
  moduleId: string;
  assignment?: AuthoringAssignmentFieldsFragment;
  onSaved: (saved: AuthoringAssignmentFieldsFragment) => void | Promise<void>;
  cancel?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const queryClient = useQueryClient();
  const limits = useAssignmentLimits().data?.assignmentLimits;
  const [form, setForm] = useState(() => initialValues(t, assignment));
  const [numberErrors, setNumberErrors] = useState<Record<string, string>>({});
  const gradingId = useId();
  const rubricId = useId();
  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) =>
      setForm((current) => ({ ...current, [key]: value }));
  const setCriterion = (index: number, patch: Partial<CriterionValues>) =>
    setForm((current) => ({
      ...current,
      criteria: current.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    }));

  const save = useMutation({
    mutationFn: async () => {
      const input = {
        title: form.title.trim(),
        instructions: form.instructions,
        submissionKind: form.submissionKind,
        allowedFileTypes: form.submissionKind === 'TEXT' ? [] : form.allowedFileTypes,
        maxFileBytes: Math.round(parseNumber(form.maxFileMb || '10') * MB),
        passRule: form.passRule,
        passMinPoints:
          form.passRule === 'MIN_TOTAL_POINTS' && form.passMinPoints.trim() !== ''
            ? parseNumber(form.passMinPoints)
            : null,
        maxAttempts: parseNumber(form.maxAttempts || '1'),
        anonymousGrading: form.anonymousGrading,
        doubleMarking: form.doubleMarking,
        doubleMarkingThreshold: form.doubleMarking ? parseNumber(form.doubleMarkingThreshold) : 0,
        criteria: form.criteria.map((c) => ({
          title: c.title.trim(),
          description: c.description.trim(),
          kind: c.kind,
          levels:
            c.kind === 'PASS_FAIL'
              ? []
              : c.levels.map((l) => ({
                  label: l.label.trim(),
                  description: l.description.trim(),
                  points: parseNumber(l.points),
                })),
        })),
      };
      if (assignment) {
        return (await request(UpdateAssignmentDocument, { input: { id: assignment.id, ...input } })).updateAssignment;
      }
      return (await request(CreateAssignmentDocument, { input: { moduleId, ...input } })).createAssignment;
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ASSIGNMENTS_KEY });
      await onSaved(saved);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = numberProblems(t, form);
    setNumberErrors(found);
    save.reset();
    if (Object.keys(found).length === 0) save.mutate();
  }

  // The form's own number checks, else what the API refused, each on the field it names.
  const errors = Object.keys(numberErrors).length
    ? numberErrors
    : serverFieldErrors(t, i18n.language, limits, save.error);
  const problems = Object.keys(errors).length;
  return (
    <form onSubmit={submit} noValidate className="form form-wide asg-authoring">
      <ErrorAlert
        message={
          problems > 0
            ? t('assignments.authoring.checkFields', { count: problems })
            : save.error
              ? errorText(save.error)
              : null
        }
      />
      <TextField
        label={t('assignments.authoring.title')}
        name="title"
        required
        value={form.title}
        onChange={set('title')}
        error={errors.title}
      />
      <TextAreaField
        label={t('assignments.authoring.instructions')}
        hint={t('assignments.authoring.instructionsHint')}
        name="instructions"
        rows={10}
        className="markdown-input"
        value={form.instructions}
        onChange={set('instructions')}
      />

      <fieldset className="field">
        <legend>{t('assignments.authoring.kind')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="radio"
              name="submissionKind"
              value={kind}
              checked={form.submissionKind === kind}
              onChange={() => set('submissionKind')(kind)}
            />
            {t(`assignments.authoring.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {form.submissionKind !== 'TEXT' && (
        <>
          <CheckboxGroup
            legend={t('assignments.authoring.fileTypes')}
            error={errors.allowedFileTypes}
            options={(limits?.fileTypes ?? form.allowedFileTypes).map((ext) => ({ value: ext, label: ext }))}
            selected={form.allowedFileTypes}
            onChange={set('allowedFileTypes')}
          />
          <NumberField
            label={t('assignments.authoring.maxFile')}
            hint={
              limits
                ? t('assignments.authoring.maxFileHint', { max: formatMegabytes(i18n.language, limits.maxUploadBytes) })
                : undefined
            }
            name="maxFileMb"
            step={0.1}
            value={form.maxFileMb}
            onChange={set('maxFileMb')}
            error={errors.maxFileMb}
          />
        </>
      )}

      <section className="asg-authoring-group" aria-labelledby={gradingId}>
        <h3 id={gradingId}>{t('assignments.authoring.grading')}</h3>
        <NumberField
          label={t('assignments.authoring.maxAttempts')}
          name="maxAttempts"
          value={form.maxAttempts}
          onChange={set('maxAttempts')}
          error={errors.maxAttempts}
        />
        <fieldset className="field" aria-describedby={errors.passRule ? `${gradingId}-rule` : undefined}>
          <legend>{t('assignments.authoring.passRule')}</legend>
          {errors.passRule && (
            <p className="field-error" id={`${gradingId}-rule`}>
              {errors.passRule}
            </p>
          )}
          {PASS_RULES.map((rule) => (
            <label key={rule} className="checkbox">
              <input
                type="radio"
                name="passRule"
                value={rule}
                checked={form.passRule === rule}
                onChange={() => set('passRule')(rule)}
              />
              {t(`assignments.authoring.passRules.${rule}`)}
            </label>
          ))}
        </fieldset>
        {form.passRule === 'MIN_TOTAL_POINTS' && (
          <NumberField
            label={t('assignments.authoring.passMinPoints')}
            name="passMinPoints"
            value={form.passMinPoints}
            onChange={set('passMinPoints')}
            error={errors.passMinPoints}
          />
        )}
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.anonymousGrading}
              onChange={(e) => set('anonymousGrading')(e.target.checked)}
            />
            {t('assignments.authoring.anonymous')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.doubleMarking}
              onChange={(e) => set('doubleMarking')(e.target.checked)}
            />
            {t('assignments.authoring.doubleMarking')}
          </label>
        </div>
        {form.doubleMarking && (
          <NumberField
            label={t('assignments.authoring.threshold')}
            hint={t('assignments.authoring.thresholdHint')}
            name="doubleMarkingThreshold"
            value={form.doubleMarkingThreshold}
            onChange={set('doubleMarkingThreshold')}
            error={errors.doubleMarkingThreshold}
          />
        )}
      </section>

      <section className="asg-authoring-group" aria-labelledby={rubricId}>
        <h3 id={rubricId}>{t('assignments.authoring.rubric')}</h3>
        {errors.criteria && <p className="field-error">{errors.criteria}</p>}
        <ol className="asg-criteria">
          {form.criteria.map((criterion, index) => (
            <CriterionEditor
              key={criterion.key}
              index={index}
              criterion={criterion}
              errors={errors}
              onChange={(patch) => setCriterion(index, patch)}
              onRemove={
                form.criteria.length > 1
                  ? () =>
                      setForm((current) => ({ ...current, criteria: current.criteria.filter((_, i) => i !== index) }))
                  : undefined
              }
            />
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            setForm((current) => ({
              ...current,
              criteria: [
                ...current.criteria,
                { key: newKey(), title: '', description: '', kind: 'POINTS', levels: defaultLevels(t) },
              ],
            }))
          }
        >
          {t('assignments.authoring.addCriterion')}
        </button>
      </section>

      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending
            ? t('assignments.working')
            : assignment
              ? t('assignments.authoring.save')
              : t('assignments.authoring.create')}
        </button>
        {cancel}
      </div>
    </form>
  );
}

function CriterionEditor({
  index,
  criterion,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  criterion: CriterionValues;
  errors: Record<string, string>;
  onChange: (patch: Partial<CriterionValues>) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const number = index + 1;
  const levelsError = errors[`criteria.${index}.levels`];
  const setLevel = (levelIndex: number, patch: Partial<LevelValues>) =>
    onChange({ levels: criterion.levels.map((l, i) => (i === levelIndex ? { ...l, ...patch } : l)) });
  return (
    <li className="card asg-criterion-editor">
      <fieldset className="field">
        <legend>{t('assignments.authoring.criterion', { number })}</legend>
        <TextField
          label={t('assignments.authoring.criterionTitle', { number })}
          name={`criterion-${number}-title`}
          value={criterion.title}
          onChange={(title) => onChange({ title })}
          error={errors[`criteria.${index}.title`]}
        />
        <TextAreaField
          label={t('assignments.authoring.criterionDescription', { number })}
          name={`criterion-${number}-description`}
          rows={2}
          value={criterion.description}
          onChange={(description) => onChange({ description })}
        />
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('assignments.authoring.criterionKind', { number })}</label>
          <select
            id={`${id}-kind`}
            value={criterion.kind}
            onChange={(e) => onChange({ kind: e.target.value as CriterionKind })}
          >
            <option value="POINTS">{t('assignments.authoring.kindPoints')}</option>
            <option value="PASS_FAIL">{t('assignments.authoring.kindPassFail')}</option>
          </select>
        </div>
        {criterion.kind === 'POINTS' && (
          <div className="asg-level-editor" role="group" aria-label={t('assignments.authoring.levels', { number })}>
            {levelsError && <p className="field-error">{levelsError}</p>}
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('assignments.authoring.levelLabel')}</th>
                  <th scope="col">{t('assignments.authoring.levelDescription')}</th>
                  <th scope="col">{t('assignments.authoring.levelPoints')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('assignments.authoring.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {criterion.levels.map((level, levelIndex) => {
                  const name = t('assignments.authoring.levelName', { number, level: levelIndex + 1 });
                  const levelError = errors[`criteria.${index}.levels.${levelIndex}`];
                  const levelErrorId = `${id}-level-${levelIndex}-error`;
                  return (
                    <tr key={level.key} className={levelError ? 'asg-level-invalid' : undefined}>
                      <td>
                        <input
                          aria-label={`${name}: ${t('assignments.authoring.levelLabel')}`}
                          aria-describedby={levelError ? levelErrorId : undefined}
                          value={level.label}
                          onChange={(e) => setLevel(levelIndex, { label: e.target.value })}
                        />
                      </td>
                      <td>
                        <input
                          aria-label={`${name}: ${t('assignments.authoring.levelDescription')}`}
                          aria-describedby={levelError ? levelErrorId : undefined}
                          value={level.description}
                          onChange={(e) => setLevel(levelIndex, { description: e.target.value })}
                        />
                      </td>
                      <td>
                        <input
                          aria-label={`${name}: ${t('assignments.authoring.levelPoints')}`}
                          inputMode="numeric"
                          className="input-short"
                          value={level.points}
                          aria-invalid={levelError ? true : undefined}
                          aria-describedby={levelError ? levelErrorId : undefined}
                          onChange={(e) => setLevel(levelIndex, { points: e.target.value })}
                        />
                        {levelError && (
                          <p className="field-error" id={levelErrorId}>
                            {levelError}
                          </p>
                        )}
                      </td>
                      <td>
                        {criterion.levels.length > 2 && (
                          <button
                            type="button"
                            className="button button-small button-secondary"
                            aria-label={t('assignments.authoring.removeLevel', { name })}
                            onClick={() => onChange({ levels: criterion.levels.filter((_, i) => i !== levelIndex) })}
                          >
                            {t('assignments.files.remove')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() =>
                onChange({
                  levels: [
                    ...criterion.levels,
                    {
                      key: newKey(),
                      label: '',
                      description: '',
                      points: String(Math.max(0, ...criterion.levels.map((l) => parseNumber(l.points) || 0)) + 1),
                    },
                  ],
                })
              }
            >
              {t('assignments.authoring.addLevel', { number })}
            </button>
          </div>
        )}
        {onRemove && (
          <p>
            <button type="button" className="button button-small button-danger-outline" onClick={onRemove}>
              {t('assignments.authoring.removeCriterion', { number })}
            </button>
          </p>
        )}
      </fieldset>
    </li>
  );
}
