import type { QueryClient } from '@tanstack/react-query';
import type { MyDashboardQuery } from '../../gql/graphql';
import { readEarly } from '../../lib/api';
import { NOTIFICATIONS_KEY } from '../notifications/queries';

/** Under the notifications key, so marking one read (here or elsewhere) refreshes the overview too. */
export const DASHBOARD_KEY = [...NOTIFICATIONS_KEY, 'dashboard'] as const;

/**
 * Opened at '/', index.html asked for the overview beside `me`: its answer goes into the cache
 * as it arrives, so the page shows it on its first render instead of fetching after mounting.
 */
export function prefetchEarlyDashboard(queryClient: QueryClient): void {
  const early = readEarly<MyDashboardQuery>('dashboard');
  if (early) void queryClient.prefetchQuery({ queryKey: DASHBOARD_KEY, queryFn: () => early });
}
