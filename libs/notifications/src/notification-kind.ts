import { registerEnumType } from '@nestjs/graphql';

/**
 * Everything the academy tells someone, by kind: what a preference is set for, what an
 * unsubscribe link switches off. Account e-mails (invitation, password reset) are not here:
 * nobody can opt out of those.
 */
export enum NotificationKind {
  SUBMISSION_RECEIVED = 'SUBMISSION_RECEIVED',
  GRADE_RELEASED = 'GRADE_RELEASED',
  GRADE_CHANGED = 'GRADE_CHANGED',
  REVISION_REQUESTED = 'REVISION_REQUESTED',
  COHORT_ASSIGNED = 'COHORT_ASSIGNED',
  ASSIGNMENT_DUE_SOON = 'ASSIGNMENT_DUE_SOON',
  ASSIGNMENT_OVERDUE = 'ASSIGNMENT_OVERDUE',
  GRADING_BACKLOG = 'GRADING_BACKLOG',
  MEETING_TOMORROW = 'MEETING_TOMORROW',
  CONFIDENTIAL_MESSAGE = 'CONFIDENTIAL_MESSAGE',
  /** 90 and 30 days before a certificate expires, to its holder. */
  CERTIFICATE_EXPIRING = 'CERTIFICATE_EXPIRING',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** How a user wants e-mail of one kind; in-app notifications always arrive. */
export enum EmailMode {
  IMMEDIATE = 'IMMEDIATE',
  DIGEST = 'DIGEST',
  OFF = 'OFF',
}
registerEnumType(EmailMode, { name: 'EmailMode' });
