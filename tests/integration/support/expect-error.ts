import { expect } from 'vitest';
import type { GqlError, GqlResult } from './test-app';

/**
 * Asserts that a GraphQL response failed with exactly one error of `code` (and `reason`
 * when given) and returned no data for the failed field; returns the error for further checks.
 */
export function expectError(res: GqlResult, code: string, reason?: string): GqlError {
  expect(res.errors, `expected ${code}, got data ${JSON.stringify(res.data)}`).toHaveLength(1);
  const [error] = res.errors!;
  expect(error.extensions?.code).toBe(code);
  if (reason !== undefined) expect(error.extensions?.reason).toBe(reason);
  expect(error.extensions).not.toHaveProperty('stacktrace');
  if (res.data) expect(Object.values(res.data).every((v) => v === null)).toBe(true);
  return error;
}
