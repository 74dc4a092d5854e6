export * from './actor';
export * from './domain-error';
export * from './pagination';
