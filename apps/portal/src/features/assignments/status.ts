import type { SubmissionStatus } from '../../gql/graphql';

/** The student's state of one assignment, as their list and the assignment page say it. */
export type AssignmentState = 'notStarted' | 'draft' | 'submitted' | 'late' | 'revisionRequested' | 'passed' | 'failed';

interface AttemptLike {
  attempt: number;
  status: SubmissionStatus;
  /** Null while the API hides it (never for the author). */
  late?: boolean | null;
  grade?: { passed?: boolean | null } | null;
}

/** The state of an attempt; an attempt awaiting a grade is "late" when it was handed in after the due date. */
export function attemptState(attempt: AttemptLike): AssignmentState {
  switch (attempt.status) {
    case 'DRAFT':
      return 'draft';
    case 'REVISION_REQUESTED':
      return 'revisionRequested';
    case 'GRADED':
      return attempt.grade?.passed ? 'passed' : 'failed';
    default:
      return attempt.late ? 'late' : 'submitted';
  }
}

/** The assignment's state is that of its latest attempt (the draft of a next attempt included). */
export function assignmentState(attempts: readonly AttemptLike[]): AssignmentState {
  const latest = [...attempts].sort((a, b) => b.attempt - a.attempt)[0];
  return latest ? attemptState(latest) : 'notStarted';
}

/** The words carry the state; the colour only helps. */
export const STATE_CLASS: Record<AssignmentState, string> = {
  notStarted: 'state state-open',
  draft: 'state state-draft',
  submitted: 'state state-inProgress',
  late: 'state asg-state-late',
  revisionRequested: 'state asg-state-revision',
  passed: 'state state-completed',
  failed: 'state asg-state-failed',
};
