import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { assignmentAuthoringRoutes } from '../features/assignments/authoring/routes';
import { assignmentRoutes } from '../features/assignments/routes';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { SetPasswordPage } from '../features/auth/SetPasswordPage';
import { adminCertificatesRoutes, myCertificatesRoutes, verifyRoutes } from '../features/certification/routes';
import { catalogueRoutes, intakeRoutes, learningRoutes, publicRoutes } from '../features/catalogue/routes';
import { adminCohortsRoutes, docentCohortsRoutes, studentCohortRoutes } from '../features/cohorts/routes';
import { ComingSoonPage } from '../features/coming-soon/ComingSoonPage';
import {
  confidantRoutes,
  confidentialAccountRoutes,
  confidentialLinkRoutes,
  receiptRoutes,
  writerRoutes,
} from '../features/confidential/routes';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { gradingRoutes } from '../features/grading/routes';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { UnsubscribePage } from '../features/notifications/UnsubscribePage';
import { InviteUserPage } from '../features/users/InviteUserPage';
import { UsersPage } from '../features/users/UsersPage';
import { RequireAuth, RequireRole } from './guards';
import { AppShell, PublicLayout, RootLayout } from './layouts';
import { SECTIONS, sectionRoles, type SectionKey } from './navigation';
import { NotFoundPage } from './status-pages';

/** The sections that have a real page; the rest show a "coming soon" state. */
const BUILT: Partial<Record<SectionKey, RouteObject[]>> = {
  adminUsers: [
    { index: true, element: <UsersPage /> },
    { path: 'invite', element: <InviteUserPage /> },
  ],
  track: learningRoutes,
  assignments: assignmentRoutes,
  grading: gradingRoutes,
  adminCatalogue: [...catalogueRoutes, ...assignmentAuthoringRoutes],
  adminIntake: intakeRoutes,
  adminCohorts: adminCohortsRoutes,
  cohorts: docentCohortsRoutes,
  myCohort: studentCohortRoutes,
  confidant: writerRoutes,
  confidential: confidantRoutes,
  certificates: myCertificatesRoutes,
  adminCertificates: adminCertificatesRoutes,
};

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
          { path: '/set-password', element: <SetPasswordPage key="invitation" mode="invitation" /> },
          { path: '/reset-password', element: <SetPasswordPage key="reset" mode="reset" /> },
          { path: '/unsubscribe', element: <UnsubscribePage /> },
        ],
      },
      // The public catalogue, the intake form and a receipt's anonymous thread: signed out or in, on a wide page.
      { element: <PublicLayout wide />, children: [...publicRoutes, ...receiptRoutes] },
      // Certificate verification: signed out or in.
      { element: <PublicLayout wide />, children: verifyRoutes },
      {
        element: (
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        ),
        children: [
          { path: '/', element: <DashboardPage /> },
          { path: '/notifications', element: <NotificationsPage /> },
          { path: '/notifications/settings', element: <NotificationSettingsPage /> },
          ...SECTIONS.map((section): RouteObject => ({
            path: section.path,
            element: <RequireRole roles={sectionRoles(section)} />,
            children: BUILT[section.key] ?? [{ index: true, element: <ComingSoonPage section={section.key} /> }],
          })),
          ...confidentialAccountRoutes,
          ...confidentialLinkRoutes,
          { path: '/home', element: <Navigate to="/" replace /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
