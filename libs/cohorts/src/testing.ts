// `@imh/cohorts/testing`: seeded student pools for property tests and the grouping benchmark.
// Not part of the runtime API, so `@imh/cohorts` does not export it.
export { generatePool, zipfWeights, type PoolSpec } from './grouping/pool.factory';
export { SeededRandom } from './grouping/seeded-random';
