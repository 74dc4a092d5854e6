import type { RouteObject } from 'react-router-dom';
import { ConfidantThreadPage } from './ConfidantThreadPage';
import { FiguresPage } from './FiguresPage';
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
