import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CohortMeetingFieldsFragment,
  CohortMode,
  CohortPersonFieldsFragment,
  CohortStatus,
} from '../../gql/graphql';
import { formatClock, formatMeetingDay } from './format';

export const COHORT_STATUSES: CohortStatus[] = ['PLANNED', 'ACTIVE', 'COMPLETED'];

export const isCohortStatus = (value: string | null): value is CohortStatus =>
  COHORT_STATUSES.includes(value as CohortStatus);

/** Every cached cohort view, after anything that changes cohorts or the pool. */
export function invalidateCohorts(queryClient: QueryClient) {
  return Promise.all(
    ['cohorts', 'cohort', 'my-cohorts', 'cohort-pool'].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
  );
}

type NamedDiscipline = { nameNl: string; nameEn: string } | null | undefined;

/** A discipline in the current language, or "no discipline". */
export function disciplineLabel(t: TFunction, discipline: NamedDiscipline, language: string): string {
  if (!discipline) return t('cohorts.noDiscipline');
  return language === 'en' ? discipline.nameEn : discipline.nameNl;
}

export function modeLabel(t: TFunction, mode: CohortMode, organisation?: { name: string } | null): string {
  return mode === 'IN_COMPANY'
    ? t('cohorts.mode.inCompanyFor', { organisation: organisation?.name ?? '' })
    : t('cohorts.mode.OPEN');
}

/** The status as a word and a colour; the word carries the meaning. */
export function CohortStatusTag({ status }: { status: CohortStatus }) {
  const { t } = useTranslation();
  return <span className={`state cohort-status-${status.toLowerCase()}`}>{t(`cohorts.status.${status}`)}</span>;
}

/**
 * The people of a cohort as a table. `organisation` and `email` columns only where the viewer
 * may see them (admins and the cohort's docents; fellow students see names and disciplines).
 */
export function PeopleTable({
  caption,
  people,
  showOrganisation = false,
  showEmail = false,
  actions,
}: {
  caption: string;
  people: CohortPersonFieldsFragment[];
  showOrganisation?: boolean;
  showEmail?: boolean;
  actions?: { header: string; render: (person: CohortPersonFieldsFragment) => ReactNode };
}) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>
          {caption} <span className="muted">({t('cohorts.people', { count: people.length })})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('cohorts.columns.name')}</th>
            <th scope="col">{t('cohorts.columns.discipline')}</th>
            {showOrganisation && <th scope="col">{t('cohorts.columns.organisation')}</th>}
            {showEmail && <th scope="col">{t('cohorts.columns.email')}</th>}
            {actions && <th scope="col">{actions.header}</th>}
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              <td>{disciplineLabel(t, person.discipline, i18n.language)}</td>
              {showOrganisation && <td>{person.organisation?.name ?? t('cohorts.noOrganisation')}</td>}
              {showEmail && <td>{person.email ?? ''}</td>}
              {actions && <td>{actions.render(person)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where a meeting is: a place, an online link, or both. */
function MeetingWhere({ meeting }: { meeting: CohortMeetingFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <>
      {meeting.place && <span className="cohort-place">{meeting.place}</span>}
      {meeting.place && meeting.onlineUrl && <br />}
      {meeting.onlineUrl && (
        <a href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
          {t('cohorts.schedule.online')}
          <span className="visually-hidden"> ({meeting.onlineUrl})</span>
        </a>
      )}
    </>
  );
}

/** A cohort's schedule in time order, past meetings marked; an admin gets actions per meeting. */
export function Schedule({
  meetings,
  caption,
  actions,
}: {
  meetings: CohortMeetingFieldsFragment[];
  caption: string;
  actions?: (meeting: CohortMeetingFieldsFragment) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  if (meetings.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('cohorts.schedule.empty')}</p>
      </div>
    );
  }
  const now = Date.now();
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table cohort-schedule">
        <caption id={captionId}>
          {caption} <span className="muted">({t('cohorts.schedule.count', { count: meetings.length })})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('cohorts.schedule.date')}</th>
            <th scope="col">{t('cohorts.schedule.time')}</th>
            <th scope="col">{t('cohorts.schedule.topic')}</th>
            <th scope="col">{t('cohorts.schedule.where')}</th>
            {actions && <th scope="col">{t('cohorts.columns.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => {
            const past = new Date(meeting.endsAt).getTime() < now;
            return (
              <tr key={meeting.id} className={past ? 'cohort-meeting-past' : undefined}>
                <th scope="row">
                  {formatMeetingDay(meeting.startsAt, i18n.language)}
                  {past && <span className="muted small"> · {t('cohorts.schedule.past')}</span>}
                </th>
                <td className="cohort-nowrap">
                  {t('cohorts.schedule.timeRange', {
                    start: formatClock(meeting.startsAt, i18n.language),
                    end: formatClock(meeting.endsAt, i18n.language),
                  })}
                </td>
                <td>{meeting.topic || <span className="muted">{t('cohorts.schedule.noTopic')}</span>}</td>
                <td>
                  <MeetingWhere meeting={meeting} />
                </td>
                {actions && <td>{actions(meeting)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
