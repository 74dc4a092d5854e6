import { Navigate, useParams, type RouteObject } from 'react-router-dom';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { ConfidantThreadPage } from './ConfidantThreadPage';
import { FiguresPage } from './FiguresPage';
import { confidantThreadPath, CHANGE_PASSWORD_PATH, RECEIPT_PATH, writerThreadPath } from './paths';
import { ReceiptPage } from './ReceiptPage';
import { RecoveryPage } from './RecoveryPage';
import { WorkspacePage } from './WorkspacePage';
import { NewThreadPage, WriterHomePage, WriterThreadPage } from './WriterPages';

/** Under the writer's section (/confidant): students and docents. */
export const writerRoutes: RouteObject[] = [
  { index: true, element: <WriterHomePage /> },
  { path: 'new', element: <NewThreadPage /> },
  { path: ':threadId', element: <WriterThreadPage /> },
];

/** Under the confidant's section (/confidential). */
export const confidantRoutes: RouteObject[] = [
  { index: true, element: <WorkspacePage /> },
  { path: 'figures', element: <FiguresPage /> },
  { path: 'recovery', element: <RecoveryPage /> },
  { path: ':threadId', element: <ConfidantThreadPage /> },
];

/** Signed out or in: an anonymous thread by its receipt. */
export const receiptRoutes: RouteObject[] = [{ path: RECEIPT_PATH, element: <ReceiptPage /> }];

/** Any signed-in user: changing the password keeps the confidential messages readable. */
export const confidentialAccountRoutes: RouteObject[] = [
  { path: CHANGE_PASSWORD_PATH, element: <ChangePasswordPage /> },
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
