import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/database';
import { expectError } from '../support/expect-error';
import { createUser, uniqueEmail } from '../support/factories';
import { LOGIN } from '../support/operations';
import { startTestApp, type TestApp } from '../support/test-app';

// Each app has its own Redis prefix, so these counters start at zero and touch no other file.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(); // the defaults: 5 failures per account, 50 per address, 15 minutes
});
afterAll(async () => {
  await app?.close();
});

const login = (target: TestApp, email: string, password: string) =>
  target.client().gql(LOGIN, { input: { email, password } });

describe('per account', () => {
  it('after five quick wrong passwords the sixth attempt is refused, even with the right password', async () => {
    const { user, email, password } = await createUser();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expectError(await login(app, email, `wrong-password-${attempt}`), 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
    }

    const sixth = await login(app, email, password);

    const error = expectError(sixth, 'RATE_LIMITED', 'RATE_LIMITED');
    expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.extensions?.retryAfterSeconds).toBeLessThanOrEqual(app.config.LOGIN_WINDOW_SECONDS);
    expect(sixth.headers.getSetCookie()).toEqual([]);
    expect(await countRows('SELECT count(*) FROM session WHERE user_id = $1', [user.id])).toBe(0);
    // The limit is per account: someone else at the same address still signs in.
    const other = await createUser();
    expect((await app.client().login(other.email, other.password)).id).toBe(other.user.id);
  });

  it('an unknown address is limited like a real one, so the limit reveals nothing', async () => {
    const email = uniqueEmail('nobody');
    for (let attempt = 1; attempt <= 5; attempt++) {
      expectError(await login(app, email, 'wrong-password'), 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
    }
    expectError(await login(app, email, 'wrong-password'), 'RATE_LIMITED');
  });

  it('a successful sign-in clears the account count', async () => {
    const { email, password } = await createUser();
    for (let round = 0; round < 2; round++) {
      for (let attempt = 1; attempt <= 4; attempt++) {
        expectError(await login(app, email, 'wrong-password'), 'UNAUTHENTICATED');
      }
      expect((await login(app, email, password)).errors).toBeUndefined();
    }
  });
});

describe('per address', () => {
  let strict: TestApp;
  beforeAll(async () => {
    // 2 failures per account and so 20 per address keep this test short.
    strict = await startTestApp({ env: { LOGIN_MAX_ATTEMPTS: '2' } });
  });
  afterAll(async () => {
    await strict?.close();
  });

  it('many failures for different accounts from one address block that address', async () => {
    const budget = strict.config.LOGIN_MAX_ATTEMPTS * 10;
    expect(budget).toBe(20);
    // One failure per account: no account reaches its own limit.
    for (let attempt = 0; attempt < budget; attempt++) {
      expectError(await login(strict, uniqueEmail('spray'), 'wrong-password'), 'UNAUTHENTICATED');
    }
    const { user, email, password } = await createUser();

    expectError(await login(strict, email, password), 'RATE_LIMITED', 'RATE_LIMITED');
    expect(await countRows('SELECT count(*) FROM session WHERE user_id = $1', [user.id])).toBe(0);
  });
});
