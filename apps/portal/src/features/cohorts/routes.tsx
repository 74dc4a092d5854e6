import type { RouteObject } from 'react-router-dom';
import { CohortDetailPage } from './CohortDetailPage';
import { CohortsPage } from './CohortsPage';
import { FormCohortsPage } from './FormCohortsPage';
import { DocentCohortsPage, StudentCohortPage } from './MyCohortsPages';
import { ProposalPage } from './ProposalPage';

/** Under the admin's cohorts section (/admin/cohorts). */
export const adminCohortsRoutes: RouteObject[] = [
  { index: true, element: <CohortsPage /> },
  { path: 'form', element: <FormCohortsPage /> },
  { path: 'proposals/:proposalId', element: <ProposalPage /> },
  { path: ':cohortId', element: <CohortDetailPage /> },
];

/** Under the docent's section (/cohorts). */
export const docentCohortsRoutes: RouteObject[] = [{ index: true, element: <DocentCohortsPage /> }];

/** Under the student's section (/my-cohort). */
export const studentCohortRoutes: RouteObject[] = [{ index: true, element: <StudentCohortPage /> }];
