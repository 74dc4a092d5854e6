export * from './access';
export * from './actor';
export * from './domain-error';
export * from './pagination';
export * from './common-refusal';
export * from './date-range';
