/** Every BullMQ queue, by name. API and worker import these; nobody spells a queue name twice. */
export const QueueName = {
  EMAIL: 'email',
  /** Scheduled housekeeping: purging expired sessions and link tokens. */
  MAINTENANCE: 'maintenance',
  /** Assignments: the scheduled scan that sends due-date reminders. */
  ASSIGNMENTS: 'assignments',
  /** Telling people: relaying the outbox, re-queuing deliveries, daily digests (no payloads). */
  NOTIFICATIONS: 'notifications',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
