import type { RouteObject } from 'react-router-dom';
import { AssignmentEditorPage, NewAssignmentPage } from './AssignmentAuthoringPages';

/** Under the admin's catalogue section (/admin/catalogue), beside the catalogue's own pages. */
export const assignmentAuthoringRoutes: RouteObject[] = [
  { path: 'modules/:moduleId/assignments/new', element: <NewAssignmentPage /> },
  { path: 'assignments/:assignmentId', element: <AssignmentEditorPage /> },
];
