/** Where the docent's grading pages live (e-mails link to `/grading/:submissionId`). */
export const GRADING_PATH = '/grading';
export const gradingPath = (submissionId: string) => `${GRADING_PATH}/${submissionId}`;
