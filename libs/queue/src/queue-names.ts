/** Every BullMQ queue, by name. API and worker import these; nobody spells a queue name twice. */
export const QueueName = {
  EMAIL: 'email',
  /** Scheduled housekeeping: expired sessions and link tokens, uploads never attached. */
  MAINTENANCE: 'maintenance',
  /** Reminders: the scheduled scan for due dates, overdue work, grading backlogs, meetings (no payload). */
  REMINDERS: 'reminders',
  /** The confidential channel: the hourly scan of deadlines and retention (no payload). */
  CONFIDENTIAL: 'confidential',
  /** Telling people: relaying the outbox, re-queuing deliveries, daily digests (no payloads). */
  NOTIFICATIONS: 'notifications',
  /** Certification: rendering certificate PDFs, and the scan that catches any not rendered. */
  CERTIFICATES: 'certificates',
  /** Certification: bulk issues, one job per batch (its id only). */
  CERTIFICATE_BATCHES: 'certificate-batches',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
