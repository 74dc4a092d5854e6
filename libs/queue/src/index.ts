export * from './email-job';
export * from './queue-names';
export * from './queue.module';
