import type { RouteObject } from 'react-router-dom';
import { AssignmentPage } from './AssignmentPage';
import { AssignmentsPage } from './AssignmentsPage';
import { AttemptPage } from './AttemptPage';

/** Under the student's section (/assignments). */
export const assignmentRoutes: RouteObject[] = [
  { index: true, element: <AssignmentsPage /> },
  { path: ':assignmentId', element: <AssignmentPage /> },
  { path: ':assignmentId/attempts/:submissionId', element: <AttemptPage /> },
];
