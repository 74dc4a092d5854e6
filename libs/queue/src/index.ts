export * from './email-job';
export * from './email-rate-limiter';
export * from './queue-names';
export * from './queue.module';
