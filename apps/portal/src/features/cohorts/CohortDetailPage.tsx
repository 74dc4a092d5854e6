import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { CohortDetailFragment, CohortMeetingFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page, StatusMessage } from '../../lib/ui';
import { Breadcrumbs } from '../learning/components';
import { ConfirmDialog } from '../../lib/confirm-dialog';
import { CohortStatusTag, invalidateCohorts, modeLabel, PeopleTable, Schedule } from './components';
import {
  AddCohortDocentDocument,
  CohortDocument,
  RemoveCohortDocentDocument,
  RemoveCohortMeetingDocument,
} from './cohorts.documents';
import { useCohortErrorMessage } from './errors';
import { formatMeetingDay, formatPeriod } from './format';
import { MeetingDialog } from './MeetingDialog';
import { ADMIN_COHORTS_PATH } from './paths';
import { cohortKey, useDocentOptions } from './queries';

/** /admin/cohorts/:cohortId — one cohort: its facts, docents, students and schedule. */
export function CohortDetailPage() {
  const { cohortId } = useParams();
  return <CohortDetail key={cohortId} cohortId={cohortId!} />;
}

type MeetingAction = { kind: 'add' } | { kind: 'edit' | 'remove'; meeting: CohortMeetingFieldsFragment };

function CohortDetail({ cohortId }: { cohortId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useCohortErrorMessage();
  const queryClient = useQueryClient();
  const cohort = useQuery({ queryKey: cohortKey(cohortId), queryFn: () => request(CohortDocument, { id: cohortId }) });
  const [flash, setFlash] = useState<string | null>(null);
  const [meetingAction, setMeetingAction] = useState<MeetingAction | null>(null);
  const scheduleHeading = useRef<HTMLHeadingElement>(null);

  async function changed(message: string, focus?: HTMLElement | null) {
    setFlash(message);
    setMeetingAction(null);
    await invalidateCohorts(queryClient);
    focus?.focus();
  }

  const data = cohort.data?.cohort;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('cohorts.list.title'), to: ADMIN_COHORTS_PATH },
          { label: data?.name ?? t('cohorts.detail.title') },
        ]}
      />
      <Page title={data?.name ?? t('cohorts.detail.title')}>
        <StatusMessage message={flash} />
        {cohort.isPending ? (
          <Loading label={t('cohorts.detail.loading')} />
        ) : cohort.isError ? (
          <ErrorAlert message={errorText(cohort.error)} />
        ) : data ? (
          <>
            <dl className="details">
              <dt>{t('cohorts.columns.track')}</dt>
              <dd>{data.track.title}</dd>
              <dt>{t('cohorts.columns.period')}</dt>
              <dd>{formatPeriod(data.startsOn, data.endsOn, i18n.language)}</dd>
              <dt>{t('cohorts.columns.mode')}</dt>
              <dd>{modeLabel(t, data.mode, data.organisation)}</dd>
              <dt>{t('cohorts.columns.status')}</dt>
              <dd>
                <CohortStatusTag status={data.status} />
              </dd>
              {data.proposalId && (
                <>
                  <dt>{t('cohorts.detail.origin')}</dt>
                  <dd>{t('cohorts.detail.fromProposal')}</dd>
                </>
              )}
            </dl>

            <Docents cohort={data} onChanged={(message) => void changed(message)} />

            <section className="section" aria-labelledby="cohort-students">
              <h2 id="cohort-students">{t('cohorts.detail.students')}</h2>
              {data.students.length === 0 ? (
                <div className="empty-state">
                  <p>{t('cohorts.detail.noStudents')}</p>
                </div>
              ) : (
                <PeopleTable caption={t('cohorts.detail.students')} people={data.students} showOrganisation showEmail />
              )}
            </section>

            <section className="section" aria-labelledby="cohort-schedule">
              <div className="section-header">
                <h2 id="cohort-schedule" ref={scheduleHeading} tabIndex={-1}>
                  {t('cohorts.schedule.title')}
                </h2>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setFlash(null);
                    setMeetingAction({ kind: 'add' });
                  }}
                >
                  {t('cohorts.meeting.add')}
                </button>
              </div>
              <p className="hint">{t('cohorts.schedule.timeZone')}</p>
              <Schedule
                caption={t('cohorts.schedule.caption', { name: data.name })}
                meetings={data.meetings}
                actions={(meeting) => {
                  const day = formatMeetingDay(meeting.startsAt, i18n.language);
                  const what = meeting.topic ? `${meeting.topic} (${day})` : day;
                  return (
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button-small button-secondary"
                        aria-label={t('cohorts.meeting.editFor', { meeting: what })}
                        onClick={() => {
                          setFlash(null);
                          setMeetingAction({ kind: 'edit', meeting });
                        }}
                      >
                        {t('cohorts.meeting.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger-outline"
                        aria-label={t('cohorts.meeting.removeFor', { meeting: what })}
                        onClick={() => {
                          setFlash(null);
                          setMeetingAction({ kind: 'remove', meeting });
                        }}
                      >
                        {t('cohorts.meeting.remove')}
                      </button>
                    </div>
                  );
                }}
              />
            </section>

            {(meetingAction?.kind === 'add' || meetingAction?.kind === 'edit') && (
              <MeetingDialog
                cohortId={data.id}
                meeting={meetingAction.kind === 'edit' ? meetingAction.meeting : undefined}
                onClose={() => setMeetingAction(null)}
                onSaved={(meeting) =>
                  void changed(
                    t(meetingAction.kind === 'edit' ? 'cohorts.meeting.saved' : 'cohorts.meeting.added', {
                      day: formatMeetingDay(meeting.startsAt, i18n.language),
                    }),
                  )
                }
              />
            )}
            {meetingAction?.kind === 'remove' && (
              <ConfirmDialog
                danger
                title={t('cohorts.meeting.removeTitle')}
                body={t('cohorts.meeting.removeBody', {
                  day: formatMeetingDay(meetingAction.meeting.startsAt, i18n.language),
                })}
                confirmLabel={t('cohorts.meeting.removeConfirm')}
                onConfirm={async () => {
                  await request(RemoveCohortMeetingDocument, { id: meetingAction.meeting.id });
                  await changed(
                    t('cohorts.meeting.removed', {
                      day: formatMeetingDay(meetingAction.meeting.startsAt, i18n.language),
                    }),
                    scheduleHeading.current,
                  );
                }}
                onClose={() => setMeetingAction(null)}
              />
            )}
          </>
        ) : null}
      </Page>
    </>
  );
}

/** The cohort's docents: remove one, or add an active docent who is not in it yet. */
function Docents({ cohort, onChanged }: { cohort: CohortDetailFragment; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const errorText = useCohortErrorMessage();
  const options = useDocentOptions();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [docentId, setDocentId] = useState('');
  const [missing, setMissing] = useState(false);

  const add = useMutation({
    mutationFn: (userId: string) => request(AddCohortDocentDocument, { input: { cohortId: cohort.id, userId } }),
    onSuccess: (data, userId) => {
      setDocentId('');
      const name = data.addCohortDocent.docents.find((d) => d.id === userId)?.name ?? '';
      onChanged(t('cohorts.detail.docentAdded', { name }));
    },
  });
  const remove = useMutation({
    mutationFn: (userId: string) => request(RemoveCohortDocentDocument, { input: { cohortId: cohort.id, userId } }),
    onSuccess: (_data, userId) => {
      onChanged(t('cohorts.detail.docentRemoved', { name: cohort.docents.find((d) => d.id === userId)?.name ?? '' }));
      // The button pressed is gone; the section heading keeps the keyboard user in place.
      heading.current?.focus();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!docentId);
    if (docentId) add.mutate(docentId);
  }

  const available = (options.data?.users.items ?? []).filter((user) => !cohort.docents.some((d) => d.id === user.id));
  const error = add.error ?? remove.error ?? options.error;
  return (
    <section className="section" aria-labelledby={`${id}-docents`}>
      <h2 id={`${id}-docents`} ref={heading} tabIndex={-1}>
        {t('cohorts.detail.docents')}
      </h2>
      {cohort.docents.length === 0 ? (
        <p className="muted">{t('cohorts.noDocents')}</p>
      ) : (
        <ul className="candidate-list cohort-docents">
          {cohort.docents.map((docent) => (
            <li key={docent.id}>
              <span>
                <strong>{docent.name}</strong> {docent.email && <span className="muted">{docent.email}</span>}
              </span>
              <button
                type="button"
                className="button button-small button-danger-outline"
                disabled={remove.isPending}
                aria-label={t('cohorts.detail.removeDocentFor', { name: docent.name })}
                onClick={() => remove.mutate(docent.id)}
              >
                {t('cohorts.detail.removeDocent')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert message={error ? errorText(error) : null} />
      <form className="inline-form cohort-add-docent" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-add`}>{t('cohorts.detail.addDocentLabel')}</label>
          {missing && (
            <p className="field-error" id={`${id}-add-error`}>
              {t('cohorts.detail.chooseDocent')}
            </p>
          )}
          <select
            id={`${id}-add`}
            name="docent"
            value={docentId}
            onChange={(e) => setDocentId(e.target.value)}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-add-error` : undefined}
          >
            <option value="">{t('cohorts.detail.chooseDocentOption')}</option>
            {available.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary" disabled={add.isPending}>
          {add.isPending ? t('cohorts.working') : t('cohorts.detail.addDocent')}
        </button>
      </form>
    </section>
  );
}
