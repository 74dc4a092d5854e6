/** Where the docent's grading pages live (e-mails link to `/grading/:submissionId`). */
export const GRADING_PATH = '/grading';
export const gradingPath = (submissionId: string) => `${GRADING_PATH}/${submissionId}`;
/** Every student of a cohort and where they stand on one assignment (extensions are granted there too). */
export const cohortOverviewPath = (assignmentId: string, cohortId: string) =>
  `${GRADING_PATH}/overview/${assignmentId}/${cohortId}`;
