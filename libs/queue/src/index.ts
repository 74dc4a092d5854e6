export * from './email-job';
export * from './email-rate-limiter';
export * from './queue-names';
export * from './reminder-emails';
export * from './queue.module';
