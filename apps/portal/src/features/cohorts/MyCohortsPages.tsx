import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDetailFragment } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { useSessionUser } from '../session/session';
import { CohortStatusTag, disciplineLabel, modeLabel, PeopleTable, Schedule } from './components';
import { MyCohortsDocument } from './cohorts.documents';
import { useCohortErrorMessage } from './errors';
import { formatPeriod } from './format';
import { MY_COHORTS_KEY } from './queries';

/**
 * The signed-in user's cohorts in one role: someone who both teaches and follows a course sees
 * each cohort on the page of the role they have in it.
 */
function useMyCohorts(role: 'docent' | 'student') {
  const me = useSessionUser();
  const query = useQuery({ queryKey: MY_COHORTS_KEY, queryFn: () => request(MyCohortsDocument) });
  const cohorts = query.data?.myCohorts.filter((cohort) =>
    (role === 'docent' ? cohort.docents : cohort.students).some((person) => person.id === me.id),
  );
  return { query, cohorts };
}

function CohortFacts({ cohort }: { cohort: CohortDetailFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="details">
      <dt>{t('cohorts.columns.track')}</dt>
      <dd>{cohort.track.title}</dd>
      <dt>{t('cohorts.columns.period')}</dt>
      <dd>{formatPeriod(cohort.startsOn, cohort.endsOn, i18n.language)}</dd>
      <dt>{t('cohorts.columns.mode')}</dt>
      <dd>{modeLabel(t, cohort.mode, cohort.organisation)}</dd>
      <dt>{t('cohorts.columns.status')}</dt>
      <dd>
        <CohortStatusTag status={cohort.status} />
      </dd>
    </dl>
  );
}

/** /cohorts — "Mijn lesgroepen": the cohorts a docent teaches, with members and schedule. */
export function DocentCohortsPage() {
  const { t } = useTranslation();
  const errorText = useCohortErrorMessage();
  const { query, cohorts } = useMyCohorts('docent');
  return (
    <Page title={t('cohorts.docent.title')}>
      {query.isPending ? (
        <Loading label={t('cohorts.docent.loading')} />
      ) : query.isError ? (
        <ErrorAlert message={errorText(query.error)} />
      ) : !cohorts?.length ? (
        <div className="empty-state">
          <p>{t('cohorts.docent.empty')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('cohorts.docent.intro', { count: cohorts.length })}</p>
          {cohorts.map((cohort) => (
            <DocentCohort key={cohort.id} cohort={cohort} />
          ))}
        </>
      )}
    </Page>
  );
}

function DocentCohort({ cohort }: { cohort: CohortDetailFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const me = useSessionUser();
  const colleagues = cohort.docents.filter((docent) => docent.id !== me.id);
  return (
    <section className="card cohort-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{cohort.name}</h2>
      <CohortFacts cohort={cohort} />
      {colleagues.length > 0 && (
        <p>{t('cohorts.docent.colleagues', { names: colleagues.map((docent) => docent.name).join(', ') })}</p>
      )}
      <h3>{t('cohorts.docent.members')}</h3>
      {cohort.students.length === 0 ? (
        <p className="muted">{t('cohorts.detail.noStudents')}</p>
      ) : (
        <PeopleTable
          caption={t('cohorts.docent.membersOf', { name: cohort.name })}
          people={cohort.students}
          showOrganisation
          showEmail
        />
      )}
      <h3>{t('cohorts.schedule.title')}</h3>
      <Schedule caption={t('cohorts.schedule.caption', { name: cohort.name })} meetings={cohort.meetings} />
    </section>
  );
}

/** /my-cohort — "Mijn lesgroep": a student's cohort, their fellow students, docents and schedule. */
export function StudentCohortPage() {
  const { t } = useTranslation();
  const errorText = useCohortErrorMessage();
  const { query, cohorts } = useMyCohorts('student');
  return (
    <Page title={t('cohorts.student.title')}>
      {query.isPending ? (
        <Loading label={t('cohorts.student.loading')} />
      ) : query.isError ? (
        <ErrorAlert message={errorText(query.error)} />
      ) : !cohorts?.length ? (
        <div className="empty-state">
          <p>{t('cohorts.student.empty')}</p>
        </div>
      ) : (
        cohorts.map((cohort) => <StudentCohort key={cohort.id} cohort={cohort} />)
      )}
    </Page>
  );
}

function StudentCohort({ cohort }: { cohort: CohortDetailFragment }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const me = useSessionUser();
  const peers = cohort.students.filter((student) => student.id !== me.id);
  const disciplines = new Set(cohort.students.map((student) => student.discipline?.id ?? 'none'));
  return (
    <section className="card cohort-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{cohort.name}</h2>
      <CohortFacts cohort={cohort} />
      <h3 id={`${headingId}-docents`}>{t('cohorts.student.docents')}</h3>
      {cohort.docents.length === 0 ? (
        <p className="muted">{t('cohorts.student.noDocents')}</p>
      ) : (
        <ul className="cohort-people" aria-labelledby={`${headingId}-docents`}>
          {cohort.docents.map((docent) => (
            <li key={docent.id}>
              <strong>{docent.name}</strong>
              {docent.discipline && (
                <span className="muted"> · {disciplineLabel(t, docent.discipline, i18n.language)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('cohorts.student.peers')}</h3>
      <p className="hint">
        {t('cohorts.student.peersIntro', {
          count: cohort.students.length,
          disciplines: t('cohorts.disciplineCount', { count: disciplines.size }),
        })}
      </p>
      {peers.length === 0 ? (
        <p className="muted">{t('cohorts.student.noPeers')}</p>
      ) : (
        <PeopleTable caption={t('cohorts.student.peersOf', { name: cohort.name })} people={peers} />
      )}
      <h3>{t('cohorts.schedule.title')}</h3>
      <Schedule caption={t('cohorts.schedule.caption', { name: cohort.name })} meetings={cohort.meetings} />
    </section>
  );
}
