import type { GradingState } from '../../gql/graphql';

/** The translation key of each state the API gives an attempt (`grading.state.*`). */
export const GRADING_STATE_KEY = {
  TO_GRADE: 'toGrade',
  DRAFT: 'draft',
  READY: 'ready',
  AWAITING_SECOND: 'awaitingSecond',
  THIRD_MARKER: 'thirdMarker',
  REVISION_REQUESTED: 'revisionRequested',
  RELEASED: 'released',
} as const satisfies Record<GradingState, string>;

export const GRADING_STATE_CLASS: Record<GradingState, string> = {
  TO_GRADE: 'state state-open',
  DRAFT: 'state state-draft',
  READY: 'state state-inProgress',
  AWAITING_SECOND: 'state state-inProgress',
  THIRD_MARKER: 'state asg-state-late',
  REVISION_REQUESTED: 'state asg-state-revision',
  RELEASED: 'state state-completed',
};

/** The statuses the queue can be filtered on; '' is the default "waiting for a docent". */
export const QUEUE_FILTERS = ['', 'SUBMITTED', 'NEEDS_THIRD_MARKER', 'REVISION_REQUESTED', 'GRADED'] as const;
export type QueueFilter = Exclude<(typeof QUEUE_FILTERS)[number], ''>;

export function isQueueFilter(value: string | null): value is QueueFilter {
  return value !== null && value !== '' && (QUEUE_FILTERS as readonly string[]).includes(value);
}
