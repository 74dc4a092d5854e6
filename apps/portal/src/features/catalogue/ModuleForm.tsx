import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModuleFieldsFragment } from '../../gql/graphql';
import { isApiError, request } from '../../lib/api';
import { ErrorAlert, Loading, TextField } from '../../lib/ui';
import { CreateModuleDocument, UpdateModuleDocument } from './catalogue.documents';
import { fieldMessages, useCatalogueErrorMessage } from './errors';
import { NumberField, parseNumber, TextAreaField } from './fields';
import { invalidateCatalogue, usePrerequisiteOptions } from './queries';

interface ModuleFormValues {
  title: string;
  summary: string;
  studyHours: string;
  accreditationPoints: string;
  learningGoals: string;
  prerequisiteIds: string[];
}

function initialValues(module?: ModuleFieldsFragment): ModuleFormValues {
  return {
    title: module?.title ?? '',
    summary: module?.summary ?? '',
    studyHours: module ? String(module.studyHours) : '',
    accreditationPoints: module ? String(module.accreditationPoints) : '',
    learningGoals: module?.learningGoals.join('\n') ?? '',
    prerequisiteIds: module?.prerequisites.map((p) => p.id) ?? [],
  };
}

/**
 * Title, summary, hours, points, learning goals (one per line) and prerequisites. Creates a
 * module in `trackId`, or saves `module`. A prerequisite cycle comes back from the API with
 * the modules in it, shown at the prerequisites.
 */
export function ModuleForm({
  trackId,
  module,
  onSaved,
  cancel,
}: {
  trackId: string;
  module?: ModuleFieldsFragment;
  onSaved: (saved: ModuleFieldsFragment) => void | Promise<void>;
  cancel?: ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorMessage();
  const queryClient = useQueryClient();
  const options = usePrerequisiteOptions();
  const [form, setForm] = useState(() => initialValues(module));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const set =
    <K extends keyof ModuleFormValues>(key: K) =>
    (value: ModuleFormValues[K]) =>
      setForm({ ...form, [key]: value });

  const save = useMutation({
    mutationFn: async () => {
      const input = {
        title: form.title,
        summary: form.summary,
        studyHours: form.studyHours.trim() ? parseNumber(form.studyHours) : 0,
        accreditationPoints: form.accreditationPoints.trim() ? parseNumber(form.accreditationPoints) : 0,
        learningGoals: form.learningGoals
          .split('\n')
          .map((goal) => goal.trim())
          .filter(Boolean),
        prerequisiteIds: form.prerequisiteIds,
      };
      if (module) return (await request(UpdateModuleDocument, { input: { id: module.id, ...input } })).updateModule;
      return (await request(CreateModuleDocument, { input: { trackId, ...input } })).createModule;
    },
    onSuccess: async (saved) => {
      await invalidateCatalogue(queryClient);
      await onSaved(saved);
    },
  });

  const apiFields = fieldMessages(t, save.error, {
    title: t('catalogueErrors.field.title'),
    summary: t('catalogueErrors.field.tooLong'),
    studyHours: t('catalogueErrors.field.studyHours'),
    accreditationPoints: t('catalogueErrors.field.accreditationPoints'),
    learningGoals: t('catalogueErrors.field.learningGoals'),
    prerequisiteIds: t('catalogueErrors.field.prerequisiteIds'),
  });
  // The cycle's own sentence names the modules in it; it belongs next to the checkboxes.
  if (
    isApiError(save.error) &&
    (save.error.reason === 'PREREQUISITE_CYCLE' || save.error.reason === 'DRAFT_PREREQUISITES')
  ) {
    apiFields.prerequisiteIds = errorText(save.error);
  }
  const fields = { ...apiFields, ...localErrors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const hours = form.studyHours.trim() ? parseNumber(form.studyHours) : 0;
    const points = form.accreditationPoints.trim() ? parseNumber(form.accreditationPoints) : 0;
    if (!Number.isFinite(hours) || hours < 0 || Math.round(hours * 10) !== hours * 10) {
      errors.studyHours = t('catalogueErrors.field.studyHours');
    }
    if (!Number.isInteger(points) || points < 0)
      errors.accreditationPoints = t('catalogueErrors.field.accreditationPoints');
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) save.mutate();
  }

  const tracks = options.data?.tracks ?? [];
  return (
    <form onSubmit={submit} noValidate className="form form-wide">
      <ErrorAlert
        message={
          Object.keys(localErrors).length ? t('errors.code.BAD_USER_INPUT') : save.error ? errorText(save.error) : null
        }
      />
      <TextField
        label={t('catalogue.moduleForm.title')}
        name="title"
        required
        value={form.title}
        onChange={set('title')}
        error={fields.title}
      />
      <TextAreaField
        label={t('catalogue.moduleForm.summary')}
        name="summary"
        value={form.summary}
        onChange={set('summary')}
        error={fields.summary}
        rows={3}
      />
      <div className="field-row">
        <NumberField
          label={t('catalogue.moduleForm.studyHours')}
          name="studyHours"
          step={0.5}
          value={form.studyHours}
          onChange={set('studyHours')}
          error={fields.studyHours}
        />
        <NumberField
          label={t('catalogue.moduleForm.accreditationPoints')}
          name="accreditationPoints"
          value={form.accreditationPoints}
          onChange={set('accreditationPoints')}
          error={fields.accreditationPoints}
        />
      </div>
      <TextAreaField
        label={t('catalogue.moduleForm.learningGoals')}
        hint={t('catalogue.moduleForm.learningGoalsHint')}
        name="learningGoals"
        value={form.learningGoals}
        onChange={set('learningGoals')}
        error={fields.learningGoals}
        rows={Math.max(4, Math.min(12, form.learningGoals.split('\n').length * 2))}
      />
      {options.isPending ? (
        <Loading label={t('catalogue.moduleForm.loadingPrerequisites')} />
      ) : options.isError ? (
        <ErrorAlert message={errorText(options.error)} />
      ) : (
        <PrerequisitePicker
          tracks={tracks}
          exclude={module?.id}
          selected={form.prerequisiteIds}
          onChange={set('prerequisiteIds')}
          error={fields.prerequisiteIds}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending
            ? t('catalogue.saving')
            : module
              ? t('catalogue.moduleForm.save')
              : t('catalogue.moduleForm.create')}
        </button>
        {cancel}
      </div>
    </form>
  );
}

function PrerequisitePicker({
  tracks,
  exclude,
  selected,
  onChange,
  error,
}: {
  tracks: { id: string; title: string; modules: { id: string; title: string; status: string }[] }[];
  exclude?: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (moduleId: string, checked: boolean) =>
    onChange(checked ? [...selected, moduleId] : selected.filter((value) => value !== moduleId));
  return (
    <fieldset
      className="field prerequisites"
      aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
    >
      <legend>{t('catalogue.moduleForm.prerequisites')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('catalogue.moduleForm.prerequisitesHint')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {tracks.map((track) => {
        const modules = track.modules.filter((m) => m.id !== exclude);
        if (modules.length === 0) return null;
        return (
          <fieldset key={track.id} className="prerequisite-group">
            <legend>{track.title}</legend>
            {modules.map((m) => (
              <label key={m.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                />
                <span>
                  {m.title}
                  {m.status === 'DRAFT' && (
                    <span className="muted"> ({t('catalogue.status.DRAFT').toLowerCase()})</span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
