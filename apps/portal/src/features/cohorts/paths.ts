/** Where the cohort pages live: the admin's section, the docent's and the student's. */
export const ADMIN_COHORTS_PATH = '/admin/cohorts';
export const formCohortsPath = () => `${ADMIN_COHORTS_PATH}/form`;
export const proposalPath = (proposalId: string) => `${ADMIN_COHORTS_PATH}/proposals/${proposalId}`;
export const cohortPath = (cohortId: string) => `${ADMIN_COHORTS_PATH}/${cohortId}`;
export const DOCENT_COHORTS_PATH = '/cohorts';
export const STUDENT_COHORT_PATH = '/my-cohort';
