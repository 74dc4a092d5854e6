import type { SubmissionStatus } from '../../gql/graphql';

/** Where a handed-in attempt stands from the docent's side. */
export type QueueState =
  'toGrade' | 'draft' | 'ready' | 'awaitingSecond' | 'thirdMarker' | 'revisionRequested' | 'released';

interface QueueItemLike {
  status: SubmissionStatus;
  assignment: { doubleMarking: boolean };
  grades: { agreed: boolean; status: string; passed?: boolean | null; marker?: { id: string } | null }[];
}

export const AWAITING: SubmissionStatus[] = ['SUBMITTED', 'NEEDS_THIRD_MARKER'];

/** An agreed, complete grade not yet released: what "release" sends to the student. */
export function isReleasable(item: QueueItemLike): boolean {
  return (
    AWAITING.includes(item.status) &&
    item.grades.some((g) => g.agreed && g.status !== 'RELEASED' && g.passed !== null && g.passed !== undefined)
  );
}

export function queueState(item: QueueItemLike, meId: string): QueueState {
  if (item.status === 'GRADED') return 'released';
  if (item.status === 'REVISION_REQUESTED') return 'revisionRequested';
  if (isReleasable(item)) return 'ready';
  if (item.status === 'NEEDS_THIRD_MARKER') return 'thirdMarker';
  const mine = item.assignment.doubleMarking
    ? item.grades.find((g) => g.marker?.id === meId)
    : item.grades.find((g) => g.agreed);
  if (mine?.status === 'FINAL') return 'awaitingSecond';
  return mine ? 'draft' : 'toGrade';
}

export const QUEUE_STATE_CLASS: Record<QueueState, string> = {
  toGrade: 'state state-open',
  draft: 'state state-draft',
  ready: 'state state-inProgress',
  awaitingSecond: 'state state-inProgress',
  thirdMarker: 'state asg-state-late',
  revisionRequested: 'state asg-state-revision',
  released: 'state state-completed',
};

/** The statuses the queue can be filtered on; '' is the default "waiting for a docent". */
export const QUEUE_FILTERS = ['', 'SUBMITTED', 'NEEDS_THIRD_MARKER', 'REVISION_REQUESTED', 'GRADED'] as const;
export type QueueFilter = Exclude<(typeof QUEUE_FILTERS)[number], ''>;

export function isQueueFilter(value: string | null): value is QueueFilter {
  return value !== null && value !== '' && (QUEUE_FILTERS as readonly string[]).includes(value);
}
