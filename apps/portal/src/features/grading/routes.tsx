import type { RouteObject } from 'react-router-dom';
import { CohortOverviewPage } from './CohortOverviewPage';
import { GradingPage } from './GradingPage';
import { GradingQueuePage } from './GradingQueuePage';

/** Under the docent's section (/grading). */
export const gradingRoutes: RouteObject[] = [
  { index: true, element: <GradingQueuePage /> },
  { path: ':submissionId', element: <GradingPage /> },
  { path: 'overview/:assignmentId/:cohortId', element: <CohortOverviewPage /> },
];
