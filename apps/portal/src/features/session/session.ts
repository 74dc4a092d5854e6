import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SessionUserFragment } from '../../gql/graphql';
import { forgetEarlyRequests, request, requestEarly } from '../../lib/api';
import { LogoutDocument, MeDocument } from './session.documents';

export type SessionUser = SessionUserFragment;

export const ME_KEY = ['me'] as const;

/**
 * Why the last session ended, so login can say so: the user signed out, the server ended it, or
 * it could not open the user's confidential messages (signing in again unwraps their key).
 */
export type SessionEnd = 'logout' | 'expired' | 'keysMissing';
export const SESSION_END_KEY = ['session-end'] as const;

/** Who is signed in (or null): the answer index.html asked for when the portal opened, else asked now. */
async function fetchMe(): Promise<SessionUser | null> {
  return (await requestEarly('me', MeDocument)).me ?? null;
}

/** The signed-in user (or null), loaded once when the portal starts. */
export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity });
}

/** Starts loading the signed-in user before the first render (main.tsx), while the messages load. */
export function prefetchMe(queryClient: QueryClient): void {
  void queryClient.prefetchQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity });
}

/** The signed-in user; only for components under the signed-in routes. */
export function useSessionUser(): SessionUser {
  const { data } = useMeQuery();
  if (!data) throw new Error('useSessionUser outside a signed-in route');
  return data;
}

/** After login, an accepted invitation or a reset: the API answered with the user, so no refetch. */
export function setSessionUser(queryClient: QueryClient, user: SessionUser | null) {
  queryClient.setQueryData(ME_KEY, user);
}

/** Ends the session on the server, then forgets everything cached for this user. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await request(LogoutDocument);
    } finally {
      endSession(queryClient, 'logout');
    }
  }, [queryClient]);
}

/** A new session (login, accepted invitation, reset): nothing cached for anyone before survives. */
export function startSession(queryClient: QueryClient, user: SessionUser) {
  forgetEarlyRequests();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
  setSessionUser(queryClient, user);
}

/** Forgets the user and everything cached for them; the route guard then sends them to login. */
export function endSession(queryClient: QueryClient, reason: SessionEnd) {
  forgetEarlyRequests();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData<SessionEnd>(SESSION_END_KEY, reason);
  setSessionUser(queryClient, null);
}
