import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { request } from '../../lib/api';
import { useErrorMessage } from '../../lib/errors';
import { formatDate, formatTime } from '../../lib/format';
import { ErrorAlert, Loading, Page, Pagination } from '../../lib/ui';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
} from './notifications.documents';
import { invalidateNotifications, NOTIFICATIONS_KEY } from './queries';
import { notificationSentence } from './sentence';

const PAGE_SIZE = 20;

/** /notifications — everything the academy told you, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorMessage();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);

  const list = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', page],
    queryFn: () => request(MyNotificationsDocument, { page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const markAll = useMutation({
    mutationFn: () => request(MarkAllNotificationsReadDocument),
    onSuccess: () => invalidateNotifications(queryClient),
  });
  const open = useMutation({
    mutationFn: (vars: { id: string; link: string }) => request(MarkNotificationReadDocument, { id: vars.id }),
    onSuccess: async (_data, vars) => {
      await invalidateNotifications(queryClient);
      void navigate(vars.link);
    },
  });

  const data = list.data?.myNotifications;
  const unread = list.data?.unreadNotificationCount ?? 0;

  return (
    <Page
      title={t('notifications.title')}
      actions={
        <>
          <Link to="/notifications/settings" className="button button-secondary">
            {t('notifications.settingsLink')}
          </Link>
          {unread > 0 && (
            <button type="button" className="button" onClick={() => markAll.mutate()} disabled={markAll.isPending}>
              {t('notifications.markAll')}
            </button>
          )}
        </>
      }
    >
      <ErrorAlert message={markAll.error || open.error ? errorText(markAll.error ?? open.error) : null} />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorAlert message={errorText(list.error)} />
      ) : !data?.items.length ? (
        <div className="empty-state">
          <p>{t('notifications.empty')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('notifications.unread', { count: unread })}</p>
          <ul className="notification-list">
            {data.items.map((item) => (
              <li key={item.id} className={item.readAt ? 'notification' : 'notification notification-unread'}>
                <a
                  href={item.link}
                  onClick={(event) => {
                    event.preventDefault();
                    open.mutate({ id: item.id, link: item.link });
                  }}
                >
                  {!item.readAt && <span className="visually-hidden">{t('notifications.new')} </span>}
                  {notificationSentence(t, i18n.language, item.kind, item.params)}
                </a>
                <span className="muted small">
                  {' '}
                  · {formatDate(item.createdAt, i18n.language)} {formatTime(item.createdAt, i18n.language)}
                </span>
              </li>
            ))}
          </ul>
          <Pagination
            label={t('notifications.pages')}
            page={page}
            pageSize={PAGE_SIZE}
            offset={data.offset}
            shown={data.items.length}
            total={data.totalCount}
            onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})}
          />
        </>
      )}
    </Page>
  );
}
