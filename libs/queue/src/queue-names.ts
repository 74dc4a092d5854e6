/** Every BullMQ queue, by name. API and worker import these; nobody spells a queue name twice. */
export const QueueName = {
  EMAIL: 'email',
  /** Scheduled housekeeping: purging expired sessions and link tokens. */
  MAINTENANCE: 'maintenance',
  /** Assignments: the scheduled scan that sends due-date reminders. */
  ASSIGNMENTS: 'assignments',
  /** Certification: rendering certificate PDFs, and the scan that catches any not rendered. */
  CERTIFICATES: 'certificates',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
