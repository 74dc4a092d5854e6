export * from './grouping';
