/** Where the student's assignment pages live (e-mails link to `/assignments/:assignmentId`). */
export const ASSIGNMENTS_PATH = '/assignments';
export const assignmentPath = (assignmentId: string) => `${ASSIGNMENTS_PATH}/${assignmentId}`;
export const attemptPath = (assignmentId: string, submissionId: string) =>
  `${assignmentPath(assignmentId)}/attempts/${submissionId}`;
