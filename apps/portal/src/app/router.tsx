import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { publicRoutes } from '../features/catalogue/public-routes';
import { verifyRoutes } from '../features/certification/public-routes';
import { ComingSoonPage } from '../features/coming-soon/ComingSoonPage';
import {
  confidentialAccountRoutes,
  confidentialLinkRoutes,
  receiptRoutes,
} from '../features/confidential/public-routes';
import { lazyPage, lazyRoutes, pageLoader } from '../lib/lazy';
import { RequireAuth, RequireRole } from './guards';
import { AppShell, PublicLayout, RootLayout } from './layouts';
import { SECTIONS, sectionRoles, type SectionKey } from './navigation';
import { NotFoundPage } from './status-pages';

/**
 * Every page is loaded when first shown (lib/lazy.tsx): a section's routes when the section is
 * first opened, with the "not found" page for a path under it that they do not match.
 */
const lazySection = (load: () => Promise<RouteObject[]>) => lazyRoutes(load, <NotFoundPage />);

const catalogue = () => import('../features/catalogue/routes');
const cohorts = () => import('../features/cohorts/routes');
const confidential = () => import('../features/confidential/routes');
const certification = () => import('../features/certification/routes');

/** The sections that have a real page; the rest show a "coming soon" state. */
const BUILT: Partial<Record<SectionKey, RouteObject[]>> = {
  adminUsers: [
    { index: true, element: lazyPage(() => import('../features/users/UsersPage').then((m) => m.UsersPage)) },
    {
      path: 'invite',
      element: lazyPage(() => import('../features/users/InviteUserPage').then((m) => m.InviteUserPage)),
    },
  ],
  track: lazySection(() => catalogue().then((m) => m.learningRoutes)),
  assignments: lazySection(() => import('../features/assignments/routes').then((m) => m.assignmentRoutes)),
  grading: lazySection(() => import('../features/grading/routes').then((m) => m.gradingRoutes)),
  adminCatalogue: lazySection(async () => {
    const [{ catalogueRoutes }, { assignmentAuthoringRoutes }] = await Promise.all([
      catalogue(),
      import('../features/assignments/authoring/routes'),
    ]);
    return [...catalogueRoutes, ...assignmentAuthoringRoutes];
  }),
  adminIntake: lazySection(() => catalogue().then((m) => m.intakeRoutes)),
  adminCohorts: lazySection(() => cohorts().then((m) => m.adminCohortsRoutes)),
  cohorts: lazySection(() => cohorts().then((m) => m.docentCohortsRoutes)),
  myCohort: lazySection(() => cohorts().then((m) => m.studentCohortRoutes)),
  confidant: lazySection(() => confidential().then((m) => m.writerRoutes)),
  confidential: lazySection(() => confidential().then((m) => m.confidantRoutes)),
  certificates: lazySection(() => certification().then((m) => m.myCertificatesRoutes)),
  adminCertificates: lazySection(() => certification().then((m) => m.adminCertificatesRoutes)),
};

const dashboardPage = pageLoader(() => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage));

/**
 * Starts fetching the page the portal was opened on while `me` is still being asked, instead of
 * after it: the overview at '/', the page most visits open (its data is asked by index.html).
 */
export function preloadPage(pathname: string): void {
  if (pathname === '/') void dashboardPage();
}

const setPassword = () => import('../features/auth/SetPasswordPage').then((m) => m.SetPasswordPage);

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: lazyPage(() => import('../features/auth/LoginPage').then((m) => m.LoginPage)) },
          {
            path: '/forgot-password',
            element: lazyPage(() => import('../features/auth/ForgotPasswordPage').then((m) => m.ForgotPasswordPage)),
          },
          // Two lazy pages of one component: moving between them mounts it afresh, as its `key` did.
          { path: '/set-password', element: lazyPage(setPassword, { mode: 'invitation' as const }) },
          { path: '/reset-password', element: lazyPage(setPassword, { mode: 'reset' as const }) },
          {
            path: '/unsubscribe',
            element: lazyPage(() => import('../features/notifications/UnsubscribePage').then((m) => m.UnsubscribePage)),
          },
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
          {
            path: '/',
            element: lazyPage(dashboardPage),
          },
          {
            path: '/notifications',
            element: lazyPage(() =>
              import('../features/notifications/NotificationsPage').then((m) => m.NotificationsPage),
            ),
          },
          {
            path: '/notifications/settings',
            element: lazyPage(() =>
              import('../features/notifications/NotificationSettingsPage').then((m) => m.NotificationSettingsPage),
            ),
          },
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
