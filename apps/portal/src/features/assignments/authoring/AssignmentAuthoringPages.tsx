import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AuthoringAssignmentQuery } from '../../../gql/graphql';
import { request } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../../lib/ui';
import { ConfirmDialog } from '../../catalogue/dialogs';
import { CATALOGUE_PATH, moduleEditorPath, trackPath } from '../../catalogue/paths';
import { Breadcrumbs } from '../../learning/components';
import { useFlashFromLocation, type FlashState } from '../../learning/queries';
import { useAssignmentErrorMessage } from '../errors';
import { amsterdamLocalToIso, formatDateTime, isoToAmsterdamLocal } from '../format';
import { ASSIGNMENTS_KEY } from '../queries';
import { AssignmentForm } from './AssignmentForm';
import {
  AuthoringAssignmentDocument,
  AuthoringModuleDocument,
  DeleteAssignmentDocument,
  SetAssignmentDueDateDocument,
  TrackCohortsDocument,
} from './authoring.documents';
import { assignmentEditorPath } from './paths';

/** /admin/catalogue/modules/:moduleId/assignments/new */
export function NewAssignmentPage() {
  const { t } = useTranslation();
  const { moduleId } = useParams();
  const navigate = useNavigate();
  const module = useQuery({
    queryKey: [...ASSIGNMENTS_KEY, 'authoring-module', moduleId],
    queryFn: () => request(AuthoringModuleDocument, { id: moduleId! }),
  });
  const data = module.data?.module;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(data
            ? [
                { label: data.track.title, to: trackPath(data.track.id) },
                { label: data.title, to: moduleEditorPath(data.id) },
              ]
            : []),
          { label: t('assignments.authoring.newTitle') },
        ]}
      />
      <Page title={t('assignments.authoring.newTitle')}>
        <p>{t('assignments.authoring.newIntro')}</p>
        <AssignmentForm
          moduleId={moduleId!}
          onSaved={async (saved) => {
            const state: FlashState = { flash: t('assignments.authoring.created', { title: saved.title }) };
            await navigate(assignmentEditorPath(saved.id), { state });
          }}
          cancel={
            <Link to={moduleEditorPath(moduleId!)} className="button button-secondary">
              {t('assignments.cancel')}
            </Link>
          }
        />
      </Page>
    </>
  );
}

/** /admin/catalogue/assignments/:assignmentId — the assignment, its rubric and its due dates per cohort. */
export function AssignmentEditorPage() {
  const { assignmentId } = useParams();
  return <AssignmentEditor key={assignmentId} assignmentId={assignmentId!} />;
}

function AssignmentEditor({ assignmentId }: { assignmentId: string }) {
  const { t } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [flash, setFlash] = useFlashFromLocation();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const formId = useId();
  const query = useQuery({
    queryKey: [...ASSIGNMENTS_KEY, 'authoring', assignmentId],
    queryFn: () => request(AuthoringAssignmentDocument, { id: assignmentId }),
  });
  const data = query.data?.assignment;
  const title = data?.title ?? t('assignments.assignment');

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('catalogue.title'), to: CATALOGUE_PATH },
          ...(data
            ? [
                { label: data.module.track.title, to: trackPath(data.module.track.id) },
                { label: data.module.title, to: moduleEditorPath(data.module.id) },
              ]
            : []),
          { label: title },
        ]}
      />
      <Page
        title={title}
        actions={
          data && (
            <button type="button" className="button button-danger-outline" onClick={() => setConfirmDelete(true)}>
              {t('assignments.authoring.delete')}
            </button>
          )
        }
      >
        <StatusMessage message={flash} />
        {query.isPending ? (
          <Loading label={t('assignments.loading')} />
        ) : query.isError ? (
          <ErrorAlert message={errorText(query.error)} />
        ) : data ? (
          <div className="asg-authoring-layout">
            <section className="card" aria-labelledby={formId}>
              <h2 id={formId}>{t('assignments.authoring.details')}</h2>
              <AssignmentForm
                key={data.updatedAt}
                moduleId={data.moduleId}
                assignment={data}
                onSaved={(saved) => setFlash(t('assignments.authoring.saved', { title: saved.title }))}
              />
            </section>
            <DueDates assignment={data} onSaved={setFlash} />
          </div>
        ) : null}
        {confirmDelete && data && (
          <ConfirmDialog
            danger
            title={t('assignments.authoring.deleteTitle', { title: data.title })}
            body={t('assignments.authoring.deleteBody')}
            confirmLabel={t('assignments.authoring.deleteConfirm')}
            onConfirm={async () => {
              await request(DeleteAssignmentDocument, { id: data.id });
              await queryClient.invalidateQueries({ queryKey: ASSIGNMENTS_KEY });
              const state: FlashState = { flash: t('assignments.authoring.deleted', { title: data.title }) };
              await navigate(moduleEditorPath(data.moduleId), { state });
            }}
            onClose={() => setConfirmDelete(false)}
          />
        )}
      </Page>
    </>
  );
}

type Assignment = AuthoringAssignmentQuery['assignment'];

/** A due date per cohort of the track, in Amsterdam time. */
function DueDates({ assignment, onSaved }: { assignment: Assignment; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const errorText = useAssignmentErrorMessage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const cohorts = useQuery({
    queryKey: [...ASSIGNMENTS_KEY, 'track-cohorts', assignment.module.trackId],
    queryFn: () => request(TrackCohortsDocument, { trackId: assignment.module.trackId }),
  });
  const due = new Map(assignment.dueDates.map((d) => [d.cohortId, d.dueAt]));
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(assignment.dueDates.map((d) => [d.cohortId, isoToAmsterdamLocal(d.dueAt)])),
  );
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: ({ cohortId, dueAt }: { cohortId: string; name: string; dueAt: string }) =>
      request(SetAssignmentDueDateDocument, { input: { assignmentId: assignment.id, cohortId, dueAt } }),
    onSuccess: async (result, { name }) => {
      await queryClient.invalidateQueries({ queryKey: ASSIGNMENTS_KEY });
      onSaved(
        t('assignments.authoring.dueSaved', {
          cohort: name,
          date: formatDateTime(result.setAssignmentDueDate.dueAt, i18n.language),
        }),
      );
    },
  });
  const items = cohorts.data?.cohorts.items ?? [];

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('assignments.authoring.dueDates')}</h2>
      <p className="muted small">{t('assignments.authoring.dueDatesHint')}</p>
      <ErrorAlert message={save.error ? errorText(save.error) : invalid} />
      {cohorts.isPending ? (
        <Loading label={t('assignments.authoring.loadingCohorts')} />
      ) : cohorts.isError ? (
        <ErrorAlert message={errorText(cohorts.error)} />
      ) : items.length === 0 ? (
        <div className="empty-state">
          <p>{t('assignments.authoring.noCohorts')}</p>
        </div>
      ) : (
        <ul className="editor-list">
          {items.map((cohort) => {
            const inputId = `${headingId}-${cohort.id}`;
            const current = due.get(cohort.id);
            return (
              <li key={cohort.id} className="editor-item">
                <form
                  className="inline-form"
                  onSubmit={(event) => {
                    event.preventDefault();
                    const dueAt = amsterdamLocalToIso(values[cohort.id] ?? '');
                    setInvalid(dueAt ? null : t('assignments.authoring.dueInvalid', { cohort: cohort.name }));
                    if (dueAt) save.mutate({ cohortId: cohort.id, name: cohort.name, dueAt });
                  }}
                >
                  <div className="field">
                    <label htmlFor={inputId}>{t('assignments.authoring.dueFor', { cohort: cohort.name })}</label>
                    <p className="hint">
                      {t('assignments.authoring.period', {
                        from: formatDate(cohort.startsOn, i18n.language),
                        to: formatDate(cohort.endsOn, i18n.language),
                      })}
                      {' · '}
                      {current
                        ? t('assignments.authoring.dueNow', { date: formatDateTime(current, i18n.language) })
                        : t('assignments.noDueDate')}
                    </p>
                    <input
                      id={inputId}
                      type="datetime-local"
                      value={values[cohort.id] ?? ''}
                      onChange={(e) => setValues((v) => ({ ...v, [cohort.id]: e.target.value }))}
                    />
                  </div>
                  <button
                    type="submit"
                    className="button button-small"
                    disabled={save.isPending}
                    aria-label={t('assignments.authoring.saveDueFor', { cohort: cohort.name })}
                  >
                    {t('assignments.authoring.saveDue')}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
