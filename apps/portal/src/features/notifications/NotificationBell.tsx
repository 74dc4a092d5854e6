import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useUnreadCount } from './queries';

/** In the header: a link to the notifications with the unread count, read out in full. */
export function NotificationBell() {
  const { t } = useTranslation();
  const count = useUnreadCount().data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifications" className="notification-bell" data-testid="notification-bell">
      <span aria-hidden="true" className="bell-icon">
        🔔
      </span>
      <span className="visually-hidden">{t('notifications.bell', { count })}</span>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true" data-testid="notification-count">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
