import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortMeetingFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/api';
import { Dialog, ErrorAlert } from '../../lib/ui';
import { AddCohortMeetingDocument, UpdateCohortMeetingDocument } from './cohorts.documents';
import { useCohortErrorMessage, useCohortFieldErrors } from './errors';
import { InputField } from './fields';
import { amsterdamToIso, isoToAmsterdam } from './format';

interface MeetingForm {
  day: string;
  start: string;
  end: string;
  topic: string;
  place: string;
  onlineUrl: string;
}

function initialForm(meeting?: CohortMeetingFieldsFragment): MeetingForm {
  if (!meeting) return { day: '', start: '', end: '', topic: '', place: '', onlineUrl: '' };
  const start = isoToAmsterdam(meeting.startsAt);
  return {
    day: start.day,
    start: start.time,
    end: isoToAmsterdam(meeting.endsAt).time,
    topic: meeting.topic,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
  };
}

/**
 * Adds a meeting to a cohort's schedule or changes one. Date and times are Amsterdam wall-clock
 * times, whatever the browser's zone; a meeting ends on the day it starts.
 */
export function MeetingDialog({
  cohortId,
  meeting,
  onClose,
  onSaved,
}: {
  cohortId: string;
  meeting?: CohortMeetingFieldsFragment;
  onClose: () => void;
  onSaved: (meeting: CohortMeetingFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const errorText = useCohortErrorMessage();
  const fieldErrorsOf = useCohortFieldErrors();
  const [form, setForm] = useState<MeetingForm>(() => initialForm(meeting));
  const [missing, setMissing] = useState<Partial<Record<keyof MeetingForm, string>>>({});
  const set = (key: keyof MeetingForm) => (value: string) => setForm({ ...form, [key]: value });

  const save = useMutation({
    mutationFn: async () => {
      const startsAt = amsterdamToIso(form.day, form.start);
      const endsAt = amsterdamToIso(form.day, form.end);
      const place = form.place.trim() || null;
      const onlineUrl = form.onlineUrl.trim() || null;
      if (meeting) {
        const input = { id: meeting.id, startsAt, endsAt, topic: form.topic, place, onlineUrl };
        return (await request(UpdateCohortMeetingDocument, { input })).updateCohortMeeting;
      }
      const input = { cohortId, startsAt, endsAt, topic: form.topic, place, onlineUrl };
      return (await request(AddCohortMeetingDocument, { input })).addCohortMeeting;
    },
    onSuccess: onSaved,
  });

  const fields: Record<string, string | undefined> = {
    ...fieldErrorsOf(save.error, {
      startsAt: t('cohorts.meeting.errors.startsAt'),
      endsAt: t('cohorts.meeting.errors.endsAt'),
      place: t('cohorts.meeting.errors.placeOrLink'),
      onlineUrl: t('cohorts.meeting.errors.onlineUrl'),
      topic: t('cohorts.meeting.errors.topic'),
    }),
    ...missing,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: typeof missing = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.day)) next.day = t('cohorts.meeting.errors.day');
    if (!/^\d{2}:\d{2}$/.test(form.start)) next.start = t('cohorts.meeting.errors.time');
    if (!/^\d{2}:\d{2}$/.test(form.end)) next.end = t('cohorts.meeting.errors.time');
    setMissing(next);
    if (Object.keys(next).length === 0) save.mutate();
  }

  const hasMissing = Object.keys(missing).length > 0;
  return (
    <Dialog title={meeting ? t('cohorts.meeting.editTitle') : t('cohorts.meeting.addTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('cohorts.meeting.timeZoneHint')}</p>
        <InputField
          label={t('cohorts.meeting.day')}
          name="day"
          type="date"
          required
          value={form.day}
          onChange={set('day')}
          error={fields.day ?? fields.startsAt}
        />
        <div className="field-row">
          <InputField
            label={t('cohorts.meeting.start')}
            name="start"
            type="time"
            required
            value={form.start}
            onChange={set('start')}
            error={fields.start}
          />
          <InputField
            label={t('cohorts.meeting.end')}
            name="end"
            type="time"
            required
            value={form.end}
            onChange={set('end')}
            error={fields.end ?? fields.endsAt}
          />
        </div>
        <InputField
          label={t('cohorts.meeting.topic')}
          name="topic"
          value={form.topic}
          onChange={set('topic')}
          error={fields.topic}
        />
        <InputField
          label={t('cohorts.meeting.place')}
          hint={t('cohorts.meeting.placeHint')}
          name="place"
          value={form.place}
          onChange={set('place')}
          error={fields.place}
        />
        <InputField
          label={t('cohorts.meeting.onlineUrl')}
          name="onlineUrl"
          type="url"
          value={form.onlineUrl}
          onChange={set('onlineUrl')}
          error={fields.onlineUrl}
        />
        <ErrorAlert
          message={save.error ? errorText(save.error) : hasMissing ? t('errors.code.BAD_USER_INPUT') : null}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('cohorts.working') : t('cohorts.meeting.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('cohorts.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
