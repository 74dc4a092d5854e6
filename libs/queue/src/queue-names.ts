/** Every BullMQ queue, by name. API and worker import these; nobody spells a queue name twice. */
export const QueueName = {
  EMAIL: 'email',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
