import { useQuery, type QueryClient } from '@tanstack/react-query';
import { request } from '../../lib/api';
import { MyNotificationSettingsDocument, UnreadNotificationCountDocument } from './notifications.documents';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** The bell's number: asked again every half minute and whenever the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread'],
    queryFn: () => request(UnreadNotificationCountDocument),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'settings'],
    queryFn: () => request(MyNotificationSettingsDocument),
  });
}

export function invalidateNotifications(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
}
