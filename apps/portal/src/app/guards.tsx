import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Role } from '../gql/graphql';
import { SESSION_END_KEY, useMeQuery, type SessionEnd } from '../features/session/session';
import type { LoginState } from '../features/auth/LoginPage';
import { ForbiddenPage } from './status-pages';

/**
 * Signed-out visitors of an app page go to login, which brings them back afterwards. After
 * signing out they land on login without a way back: the next person should start at home.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMeQuery().data;
  const ended = useQueryClient().getQueryData<SessionEnd>(SESSION_END_KEY);
  const location = useLocation();
  if (!me) {
    const from = `${location.pathname}${location.search}`;
    const state: LoginState =
      ended === 'logout'
        ? { loggedOut: true }
        : { from, expired: ended === 'expired', keysMissing: ended === 'keysMissing' };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}

/** The menu only offers a user's own sections; a typed URL to another role's page says so plainly. */
export function RequireRole({ roles }: { roles: Role[] }) {
  const me = useMeQuery().data;
  if (!roles.some((role) => me?.roles.includes(role))) return <ForbiddenPage />;
  return <Outlet />;
}
