import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoringAssignmentFieldsFragment, CriterionKind, PassRule, SubmissionKind } from '../../../gql/graphql';
import { request } from '../../../lib/api';
import { CheckboxGroup, ErrorAlert, TextField } from '../../../lib/ui';
import { NumberField, parseNumber, TextAreaField } from '../../catalogue/fields';
import { ALLOWED_EXTENSIONS, MAX_UPLOAD_BYTES } from '../../catalogue/upload';
import { useAssignmentErrorMessage } from '../errors';
import { ASSIGNMENTS_KEY } from '../queries';
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

const isWhole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** The rules the API enforces, checked first so each message lands at its own field. */
function validate(t: TFunction, form: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors.title = t('assignments.authoring.errors.title');
  if (form.submissionKind !== 'TEXT') {
    if (form.allowedFileTypes.length === 0) errors.allowedFileTypes = t('assignments.authoring.errors.fileTypes');
    const mb = parseNumber(form.maxFileMb);
    if (!(mb > 0) || mb * MB > MAX_UPLOAD_BYTES) {
      errors.maxFileMb = t('assignments.authoring.errors.maxFile', { max: MAX_UPLOAD_BYTES / MB });
    }
  }
  if (!isWhole(parseNumber(form.maxAttempts), 1, 10)) errors.maxAttempts = t('assignments.authoring.errors.attempts');
  if (form.doubleMarking && !isWhole(parseNumber(form.doubleMarkingThreshold), 0, 10_000)) {
    errors.doubleMarkingThreshold = t('assignments.authoring.errors.threshold');
  }
  if (form.criteria.length === 0) errors.criteria = t('assignments.authoring.errors.noCriteria');
  let maxTotal = 0;
  form.criteria.forEach((c, i) => {
    if (!c.title.trim()) errors[`criteria.${i}.title`] = t('assignments.authoring.errors.criterionTitle');
    if (c.kind === 'PASS_FAIL') return;
    const points = c.levels.map((l) => parseNumber(l.points));
    if (c.levels.length < 2) errors[`criteria.${i}.levels`] = t('assignments.authoring.errors.twoLevels');
    else if (c.levels.some((l) => !l.label.trim()))
      errors[`criteria.${i}.levels`] = t('assignments.authoring.errors.levelLabel');
    else if (points.some((p) => !isWhole(p, 0, 1000)))
      errors[`criteria.${i}.levels`] = t('assignments.authoring.errors.levelPoints');
    else if (new Set(points).size !== points.length)
      errors[`criteria.${i}.levels`] = t('assignments.authoring.errors.uniquePoints');
    else maxTotal += Math.max(...points);
  });
  if (form.passRule === 'MIN_TOTAL_POINTS') {
    const min = parseNumber(form.passMinPoints);
    if (!isWhole(min, 0, maxTotal)) errors.passMinPoints = t('assignments.authoring.errors.passMin', { max: maxTotal });
  } else if (form.criteria.some((c) => c.kind !== 'PASS_FAIL')) {
    errors.passRule = t('assignments.authoring.errors.allPassed');
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
  const { t } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => initialValues(t, assignment));
  const [errors, setErrors] = useState<Record<string, string>>({});
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
        passMinPoints: form.passRule === 'MIN_TOTAL_POINTS' ? parseNumber(form.passMinPoints) : null,
        maxAttempts: parseNumber(form.maxAttempts),
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
    const found = validate(t, form);
    setErrors(found);
    save.reset();
    if (Object.keys(found).length === 0) save.mutate();
  }

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
            options={ALLOWED_EXTENSIONS.map((ext) => ({ value: ext, label: ext }))}
            selected={form.allowedFileTypes}
            onChange={set('allowedFileTypes')}
          />
          <NumberField
            label={t('assignments.authoring.maxFile')}
            hint={t('assignments.authoring.maxFileHint', { max: MAX_UPLOAD_BYTES / MB })}
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
                  return (
                    <tr key={level.key}>
                      <td>
                        <input
                          aria-label={`${name}: ${t('assignments.authoring.levelLabel')}`}
                          value={level.label}
                          onChange={(e) => setLevel(levelIndex, { label: e.target.value })}
                        />
                      </td>
                      <td>
                        <input
                          aria-label={`${name}: ${t('assignments.authoring.levelDescription')}`}
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
                          onChange={(e) => setLevel(levelIndex, { points: e.target.value })}
                        />
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
