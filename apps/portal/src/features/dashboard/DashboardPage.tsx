import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { navigationFor } from '../../app/navigation';
import type { MyDashboardQuery } from '../../gql/graphql';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { ErrorAlert, Loading, Page } from '../../lib/ui';
import { StateBadge, Verdict } from '../assignments/components';
import { formatDateTime } from '../assignments/format';
import { assignmentPath, attemptPath } from '../assignments/paths';
import { assignmentState } from '../assignments/status';
import { proposalPath } from '../cohorts/paths';
import { GRADING_PATH } from '../grading/paths';
import { lessonPath } from '../learning/paths';
import { MarkNotificationReadDocument } from '../notifications/notifications.documents';
import { invalidateNotifications } from '../notifications/queries';
import { notificationSentence } from '../notifications/sentence';
import { useSessionUser } from '../session/session';
import { MyDashboardDocument } from './dashboard.documents';
import { DASHBOARD_KEY } from './queries';

type Dashboard = MyDashboardQuery['myDashboard'];
type StudentPart = NonNullable<Dashboard['student']>;
type DocentPart = NonNullable<Dashboard['docent']>;
type AdminPart = NonNullable<Dashboard['admin']>;

/**
 * "/" — Overzicht: per role the user holds what waits for them, as the API decides it (one
 * request), each part with a way to the page where it is handled.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const errorText = useErrorMessage();
  const user = useSessionUser();
  const groups = navigationFor(user.roles);
  // Opened at '/', the answer index.html asked for is in the cache already (prefetchEarlyDashboard).
  const dashboard = useQuery({ queryKey: DASHBOARD_KEY, queryFn: () => request(MyDashboardDocument) });
  const data = dashboard.data?.myDashboard;

  return (
    <Page title={t('dashboard.greeting', { name: user.name })}>
      {groups.length > 0 && (
        <p className="lead">
          {t('dashboard.yourRoles', { roles: groups.map((g) => t(`roles.${g.role}`)).join(', ') })}
        </p>
      )}
      {dashboard.isPending ? (
        <Loading label={t('dashboard.loading')} />
      ) : dashboard.error || !data ? (
        <>
          <ErrorAlert message={errorText(dashboard.error)} />
          <button type="button" className="button button-secondary" onClick={() => void dashboard.refetch()}>
            {t('app.retry')}
          </button>
        </>
      ) : (
        <>
          {data.student && <StudentSection part={data.student} />}
          {data.docent && <DocentSection part={data.docent} />}
          {data.admin && <AdminSection part={data.admin} />}
          <NotificationsSection unread={data.unreadNotifications} />
        </>
      )}
      {/* Roles without a part of their own (the confidant) keep their way in. */}
      {groups
        .filter(({ role }) => role === 'CONFIDANT')
        .map(({ role, sections }) => (
          <section key={role} className="dashboard-group" aria-labelledby={`dashboard-${role}`}>
            <h2 id={`dashboard-${role}`}>{t(`nav.groups.${role}`)}</h2>
            <p>{t(`dashboard.intro.${role}`)}</p>
            <ul className="card-grid">
              {sections.map((section) => (
                <li key={section.key} className="card link-card">
                  <Link to={section.path}>{t(`sections.${section.key}.label`)}</Link>
                  <p>{t(`sections.${section.key}.description`)}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Page>
  );
}

export default DashboardPage;

/** One part of the overview: a labelled region with its heading and a way to the full page. */
function Part({ title, more, children }: { title: string; more?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="section dashboard-part" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{title}</h2>
        {more}
      </div>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
    </div>
  );
}

function StudentSection({ part }: { part: StudentPart }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const { continueLesson, dueSoon, latestFeedback } = part;
  return (
    <>
      <Part title={t('dashboard.student.continue')}>
        {continueLesson ? (
          <p className="card link-card">
            <Link to={lessonPath(continueLesson.lessonId)}>{continueLesson.lessonTitle}</Link>
            <span className="muted"> · {continueLesson.moduleTitle}</span>
          </p>
        ) : (
          <Empty>
            {t('dashboard.student.nothingToContinue')} <Link to="/track">{t('dashboard.student.toTrack')}</Link>
          </Empty>
        )}
      </Part>

      <Part
        title={t('dashboard.student.dueSoon', { count: dueSoon.days })}
        more={<Link to="/assignments">{t('dashboard.student.allAssignments')}</Link>}
      >
        {dueSoon.items.length === 0 ? (
          <Empty>{t('dashboard.student.nothingDue', { count: dueSoon.days })}</Empty>
        ) : (
          <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="table">
              <caption id={captionId}>
                {t('dashboard.student.dueCaption', { count: dueSoon.days })}{' '}
                {dueSoon.totalCount > dueSoon.items.length && (
                  <span className="muted">
                    ({t('dashboard.student.dueShown', { shown: dueSoon.items.length, count: dueSoon.totalCount })})
                  </span>
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('assignments.list.assignment')}</th>
                  <th scope="col">{t('assignments.list.module')}</th>
                  <th scope="col">{t('assignments.list.due')}</th>
                  <th scope="col">{t('assignments.list.status')}</th>
                </tr>
              </thead>
              <tbody>
                {dueSoon.items.map(({ assignment, dueAt, extended }) => (
                  <tr key={assignment.id}>
                    <th scope="row">
                      <Link to={assignmentPath(assignment.id)}>{assignment.title}</Link>
                    </th>
                    <td>{assignment.module.title}</td>
                    <td>
                      {formatDateTime(dueAt, i18n.language)}
                      {extended && <span className="muted small"> · {t('dashboard.student.extended')}</span>}
                    </td>
                    <td>
                      <StateBadge state={assignmentState(assignment.mySubmissions)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Part>

      <Part title={t('dashboard.student.latestFeedback')}>
        {latestFeedback?.grade ? (
          <article className="card">
            <h3>
              <Link to={attemptPath(latestFeedback.assignment.id, latestFeedback.id)}>
                {latestFeedback.assignment.title}
              </Link>
            </h3>
            <p>
              <Verdict passed={latestFeedback.grade.passed} />
              {latestFeedback.grade.releasedAt && (
                <span className="muted small">
                  {' '}
                  ·{' '}
                  {t('assignments.grade.releasedOn', {
                    date: formatDateTime(latestFeedback.grade.releasedAt, i18n.language),
                  })}
                </span>
              )}
            </p>
            {latestFeedback.grade.feedbackHtml.trim() ? (
              // Rendered by the API from markdown and sanitised there, as on the attempt page.
              <div className="asg-rich-text" dangerouslySetInnerHTML={{ __html: latestFeedback.grade.feedbackHtml }} />
            ) : (
              <p className="muted">{t('assignments.grade.noFeedback')}</p>
            )}
          </article>
        ) : (
          <Empty>{t('dashboard.student.noFeedback')}</Empty>
        )}
      </Part>
    </>
  );
}

function DocentSection({ part }: { part: DocentPart }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const { totalWaiting, entries } = part.waitingForGrading;
  return (
    <Part title={t('dashboard.docent.waiting')} more={<Link to={GRADING_PATH}>{t('dashboard.docent.toQueue')}</Link>}>
      {entries.length === 0 ? (
        <Empty>{t('dashboard.docent.nothingWaiting')}</Empty>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table">
            <caption id={captionId}>{t('dashboard.docent.caption', { count: totalWaiting })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.docent.assignment')}</th>
                <th scope="col">{t('dashboard.docent.cohort')}</th>
                <th scope="col">{t('dashboard.docent.count')}</th>
                <th scope="col">{t('dashboard.docent.oldest')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.cohortId}:${entry.assignmentId}`}>
                  <th scope="row">
                    <Link
                      to={`${GRADING_PATH}?${new URLSearchParams({ cohort: entry.cohortId, assignment: entry.assignmentId })}`}
                    >
                      {entry.assignmentTitle}
                    </Link>
                  </th>
                  <td>{entry.cohortName}</td>
                  <td>{entry.waiting}</td>
                  <td>{formatDateTime(entry.oldestSubmittedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Part>
  );
}

function AdminSection({ part }: { part: AdminPart }) {
  const { t, i18n } = useTranslation();
  const { openIntakeRequests: intake, openProposals: proposals } = part;
  return (
    <>
      <Part
        title={t('dashboard.admin.intake', { count: intake.totalCount })}
        more={<Link to="/admin/intake">{t('dashboard.admin.toIntake')}</Link>}
      >
        {intake.items.length === 0 ? (
          <Empty>{t('dashboard.admin.noIntake')}</Empty>
        ) : (
          <ul className="dashboard-list">
            {intake.items.map((request) => (
              <li key={request.id}>
                <strong>{request.name}</strong> · {request.organisation}
                <span className="muted small"> · {formatDateTime(request.createdAt, i18n.language)}</span>
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part
        title={t('dashboard.admin.proposals', { count: proposals.totalCount })}
        more={<Link to="/admin/cohorts">{t('dashboard.admin.toCohorts')}</Link>}
      >
        {proposals.items.length === 0 ? (
          <Empty>{t('dashboard.admin.noProposals')}</Empty>
        ) : (
          <ul className="dashboard-list">
            {proposals.items.map((proposal) => (
              <li key={proposal.id}>
                <Link to={proposalPath(proposal.id)}>
                  {t('dashboard.admin.proposal', { track: proposal.trackTitle })}
                </Link>{' '}
                · {t('dashboard.admin.proposalSize', { count: proposal.groupCount, students: proposal.studentCount })}
                <span className="muted small"> · {formatDateTime(proposal.createdAt, i18n.language)}</span>
              </li>
            ))}
          </ul>
        )}
      </Part>
    </>
  );
}

function NotificationsSection({ unread }: { unread: Dashboard['unreadNotifications'] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: (id: string) => request(MarkNotificationReadDocument, { id }),
    onSuccess: () => invalidateNotifications(queryClient),
  });
  return (
    <Part
      title={t('dashboard.notifications.title', { count: unread.totalCount })}
      more={<Link to="/notifications">{t('dashboard.notifications.all')}</Link>}
    >
      {unread.items.length === 0 ? (
        <Empty>{t('dashboard.notifications.none')}</Empty>
      ) : (
        <ul className="dashboard-list">
          {unread.items.map((notification) => (
            <li key={notification.id}>
              {/* Opening it marks it read, as on the notifications page. */}
              <Link to={notification.link} onClick={() => markRead.mutate(notification.id)}>
                {notificationSentence(t, i18n.language, notification.kind, notification.params)}
              </Link>
              <span className="muted small"> · {formatDateTime(notification.createdAt, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
    </Part>
  );
}
