import { Navigate, useParams, type RouteObject } from 'react-router-dom';
import { lazyPage } from '../../lib/lazy';
import { confidantThreadPath, CHANGE_PASSWORD_PATH, RECEIPT_PATH, writerThreadPath } from './paths';

// Routes outside the confidential sections, which the shell loads; apart from routes.tsx so that
// the shell does not carry every confidential page.

/** Signed out or in: an anonymous thread by its receipt. */
export const receiptRoutes: RouteObject[] = [
  { path: RECEIPT_PATH, element: lazyPage(() => import('./ReceiptPage').then((m) => m.ReceiptPage)) },
];

/** Any signed-in user: changing the password keeps the confidential messages readable. */
export const confidentialAccountRoutes: RouteObject[] = [
  {
    path: CHANGE_PASSWORD_PATH,
    element: lazyPage(() => import('../auth/ChangePasswordPage').then((m) => m.ChangePasswordPage)),
  },
];

function LinkRedirect({ to }: { to: (threadId: string) => string }) {
  const { threadId = '' } = useParams();
  return <Navigate to={to(threadId)} replace />;
}

/** The links in the e-mails, which name no content, lead to the thread in the reader's section. */
export const confidentialLinkRoutes: RouteObject[] = [
  { path: '/vertrouwenspersoon/:threadId', element: <LinkRedirect to={writerThreadPath} /> },
  { path: '/vertrouwelijk/:threadId', element: <LinkRedirect to={confidantThreadPath} /> },
];
