import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/database';
import { expectError } from '../support/expect-error';
import { createUser, uniqueEmail } from '../support/factories';
import Redis from 'ioredis';
import { linkToken } from '../support/mail';
import { LOGIN, REQUEST_PASSWORD_RESET, RESET_PASSWORD } from '../support/operations';
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

describe('a device that signed in before', () => {
  /** A browser that signed in to the account once and signed out again: it keeps its device cookie. */
  async function knownBrowser(email: string, password: string) {
    const browser = app.client();
    await browser.login(email, password);
    await browser.logout();
    expect(browser.cookies.get('imh_device')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    return browser;
  }
  const wrongFromStrangers = async (email: string, times: number) => {
    for (let attempt = 1; attempt <= times; attempt++) {
      expectError(await login(app, email, `wrong-${attempt}`), 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
    }
  };

  it("still signs in with the right password after strangers' wrong passwords locked the account", async () => {
    const { user, email, password } = await createUser();
    const owner = await knownBrowser(email, password);
    await wrongFromStrangers(email, 5);
    expectError(await login(app, email, password), 'RATE_LIMITED', 'RATE_LIMITED'); // a new device: locked

    const res = await owner.gql(LOGIN, { input: { email, password } });

    expect(res.errors).toBeUndefined();
    expect(await owner.meId()).toBe(user.id);
    // The strangers' lock holds meanwhile.
    expectError(await login(app, email, password), 'RATE_LIMITED');
  });

  it('has a budget of its own: its wrong passwords lock only itself', async () => {
    const { email, password } = await createUser();
    const owner = await knownBrowser(email, password);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expectError(await owner.gql(LOGIN, { input: { email, password: `typo-${attempt}` } }), 'UNAUTHENTICATED');
    }

    expectError(await owner.gql(LOGIN, { input: { email, password } }), 'RATE_LIMITED', 'RATE_LIMITED');
    expect((await login(app, email, password)).errors).toBeUndefined(); // the unknown-device budget is untouched
  });

  it("is known only to the accounts it signed in to, and a forged cookie is a stranger's", async () => {
    const first = await createUser();
    const second = await createUser();
    const browser = await knownBrowser(first.email, first.password);
    await wrongFromStrangers(second.email, 5);

    expectError(
      await browser.gql(LOGIN, { input: { email: second.email, password: second.password } }),
      'RATE_LIMITED',
    );
    const forged = app.client();
    forged.cookies.set('imh_device', 'A'.repeat(43));
    expectError(await forged.gql(LOGIN, { input: { email: second.email, password: second.password } }), 'RATE_LIMITED');
  });

  it('the cookie is httpOnly and random; Redis holds only a hash of it', async () => {
    const { email, password } = await createUser();
    const browser = app.client();
    const res = await browser.gql(LOGIN, { input: { email, password } });

    const cookie = res.headers.getSetCookie().find((line) => line.startsWith('imh_device='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const token = browser.cookies.get('imh_device')!;
    const other = app.client();
    await other.login(email, password);
    expect(other.cookies.get('imh_device')).not.toBe(token);

    const redis = new Redis(app.config.REDIS_URL);
    try {
      const keys = await redis.keys(`${app.config.QUEUE_PREFIX}:login-device:*`);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      expect(keys.join(' ')).not.toContain(token);
      expect(keys.join(' ')).not.toContain(email);
    } finally {
      redis.disconnect();
    }
  });

  it('a password reset lifts the lock for unknown devices (the link proved the mailbox)', async () => {
    const worker = await startTestApp({ worker: true });
    try {
      const { email, password } = await createUser();
      for (let attempt = 1; attempt <= 5; attempt++) {
        expectError(await login(worker, email, `wrong-${attempt}`), 'UNAUTHENTICATED');
      }
      expectError(await login(worker, email, password), 'RATE_LIMITED');
      await worker.client().gql(REQUEST_PASSWORD_RESET, { input: { email } });
      await worker.drainQueues();
      const token = linkToken(worker.mail.to(email).at(-1)!, '/reset-password');

      const reset = await worker.client().gql(RESET_PASSWORD, { input: { token, password: 'a-brand-new-password' } });

      expect(reset.errors).toBeUndefined();
      expect((await login(worker, email, 'a-brand-new-password')).errors).toBeUndefined();
    } finally {
      await worker.close();
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
