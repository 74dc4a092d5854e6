import { Logger } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ACCOUNT_LINK_REQUESTED,
  DeferredWork,
  InvitationService,
  Locale,
  RESET_EMAILS_PER_RECIPIENT,
  RESET_REQUESTS_PER_ADDRESS,
  UserStatus,
} from '@imh/identity';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createUser, uniqueEmail } from '../support/factories';
import { linkToken, sha256 } from '../support/mail';
import { LOGIN, REQUEST_PASSWORD_RESET, RESET_PASSWORD } from '../support/operations';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ worker: true });
});
afterAll(async () => {
  await app?.close();
});

const NEW_PASSWORD = 'my-new-secret-password';
const requestReset = (email: string) => app.client().gql(REQUEST_PASSWORD_RESET, { input: { email } });
/** The reset tokens minted for a user (each when its e-mail was sent), oldest first. */
const tokensOf = (userId: string) =>
  sql<{ token_hash: string; used_at: Date | null }>(
    `SELECT token_hash, used_at FROM user_token
      WHERE user_id = $1 AND purpose = 'PASSWORD_RESET' AND token_hash IS NOT NULL ORDER BY created_at`,
    [userId],
  );

describe('requesting a reset', () => {
  it('answers the same for known and unknown addresses; only the known one gets an e-mail', async () => {
    const { user, email } = await createUser({ name: 'Karin Bakker' });
    const unknown = uniqueEmail('nobody');
    const tokensBefore = await countRows('SELECT count(*) FROM user_token');

    const known = await requestReset(email);
    const stranger = await requestReset(unknown);

    expect(known.errors).toBeUndefined();
    expect(known.data).toEqual({ requestPasswordReset: true });
    expect({ data: stranger.data, errors: stranger.errors, status: stranger.status }).toEqual({
      data: known.data,
      errors: known.errors,
      status: known.status,
    });
    await app.drainQueues();
    expect(app.mail.to(unknown)).toEqual([]);
    const [mail] = app.mail.to(email);
    expect(mail.subject).toBe('Nieuw wachtwoord instellen');
    expect(mail.text).toContain('Beste Karin Bakker,');
    const token = linkToken(mail, '/reset-password');
    expect(mail.text).toContain(`http://portal.imh.test/reset-password?token=${token}`);
    expect(await tokensOf(user.id)).toEqual([{ token_hash: sha256(token), used_at: null }]);
    // The request (no hash) and the token its e-mail minted; nothing for the unknown address.
    expect(await countRows('SELECT count(*) FROM user_token')).toBe(tokensBefore + 2);
    // What is stored about the e-mail holds neither the token nor the address.
    const facts = await sql<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM outbox_event WHERE type = $1 AND payload->>'userId' = $2`,
      [ACCOUNT_LINK_REQUESTED, user.id],
    );
    const deliveries = await sql<{ key: string; kind: string; params: Record<string, unknown> }>(
      'SELECT key, kind, params FROM delivery WHERE recipient_id = $1',
      [user.id],
    );
    expect(facts).toEqual([{ payload: { userId: user.id, requestId: expect.any(String), purpose: 'PASSWORD_RESET' } }]);
    expect(deliveries).toEqual([
      {
        key: `ACCOUNT/password-reset/${user.id}/${facts[0].payload.requestId as string}`,
        kind: 'ACCOUNT',
        params: { name: 'Karin Bakker' },
      },
    ]);
    const stored = JSON.stringify({ facts, deliveries });
    for (const secret of [token, sha256(token), email, unknown]) expect(stored).not.toContain(secret);
    expect(await countRows(`SELECT count(*) FROM outbox_event WHERE payload::text LIKE $1`, [`%${unknown}%`])).toBe(0);
  });

  it('using a reset link closes the others: an earlier link stops working and no request stays open', async () => {
    const { user, email } = await createUser();
    await requestReset(email);
    await app.drainQueues();
    const first = linkToken(app.mail.to(email)[0], '/reset-password');
    await requestReset(email);
    await app.drainQueues();
    const second = linkToken(app.mail.to(email)[1], '/reset-password');

    expect((await app.client().gql(RESET_PASSWORD, { input: { token: second, password: NEW_PASSWORD } })).errors).toBe(
      undefined,
    );

    expectError(
      await app.client().gql(RESET_PASSWORD, { input: { token: first, password: 'another-new-password' } }),
      'BAD_USER_INPUT',
      'INVALID_TOKEN',
    );
    expect((await tokensOf(user.id)).every((t) => t.used_at !== null)).toBe(true);
    expect(
      await countRows(`SELECT count(*) FROM user_token WHERE user_id = $1 AND token_hash IS NULL AND used_at IS NULL`, [
        user.id,
      ]),
    ).toBe(0);
  });

  it('sends nothing to invited or deactivated accounts, and says so to nobody', async () => {
    const invited = await createUser({ password: null });
    const deactivated = await createUser({ status: UserStatus.DEACTIVATED });

    for (const { email } of [invited, deactivated]) {
      expect((await requestReset(email)).data).toEqual({ requestPasswordReset: true });
    }
    await app.drainQueues();
    expect(await tokensOf(invited.user.id)).toEqual([]);
    expect(await tokensOf(deactivated.user.id)).toEqual([]);
    expect(app.mail.to(invited.email)).toEqual([]);
    expect(app.mail.to(deactivated.email)).toEqual([]);
  });

  it('writes in English to a user whose locale is en', async () => {
    const { email } = await createUser({ name: 'John Doe', locale: Locale.en });
    await requestReset(email);
    await app.drainQueues();
    const [mail] = app.mail.to(email);
    expect(mail.subject).toBe('Set a new password');
    expect(mail.text).toContain('Dear John Doe,');
  });
});

describe('rate limits', () => {
  it(`sends at most ${RESET_EMAILS_PER_RECIPIENT} e-mails an hour to one recipient; further requests are answered the same and send nothing`, async () => {
    const { user, email } = await createUser();

    const answers = [];
    for (let i = 0; i < RESET_EMAILS_PER_RECIPIENT + 2; i++) answers.push(await requestReset(email));
    await app.drainQueues();

    for (const res of answers)
      expect({ data: res.data, errors: res.errors }).toEqual({
        data: { requestPasswordReset: true },
        errors: undefined,
      });
    expect(app.mail.to(email)).toHaveLength(RESET_EMAILS_PER_RECIPIENT);
    expect(await tokensOf(user.id)).toHaveLength(RESET_EMAILS_PER_RECIPIENT);
  });

  it(`refuses more than ${RESET_REQUESTS_PER_ADDRESS} requests an hour from one client address with RATE_LIMITED`, async () => {
    // Its own app and so its own counters: this test spends the address's budget.
    const own = await startTestApp();
    try {
      for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS; i++) {
        const res = await own.client().gql(REQUEST_PASSWORD_RESET, { input: { email: uniqueEmail('spray') } });
        expect(res.errors).toBeUndefined();
      }
      const { user, email } = await createUser();

      const refused = await own.client().gql(REQUEST_PASSWORD_RESET, { input: { email } });

      const error = expectError(refused, 'RATE_LIMITED', 'RATE_LIMITED');
      expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(error.extensions?.retryAfterSeconds).toBeLessThanOrEqual(3600);
      await own.api.get(DeferredWork).settled();
      expect(await tokensOf(user.id)).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('counts each client address apart behind a proxy with TRUST_PROXY_HOPS', async () => {
    const proxied = await startTestApp({ env: { TRUST_PROXY_HOPS: '1' } });
    try {
      const from = (address: string) =>
        proxied.client().fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({
            query: REQUEST_PASSWORD_RESET,
            variables: { input: { email: uniqueEmail('proxied') } },
          }),
        });
      for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS; i++) expect((await from('203.0.113.7')).status).toBe(200);

      const spent = (await (await from('203.0.113.7')).json()) as { errors?: { extensions?: { code?: string } }[] };
      const other = (await (await from('198.51.100.4')).json()) as { data?: unknown; errors?: unknown };

      expect(spent.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(other).toEqual({ data: { requestPasswordReset: true } });
    } finally {
      await proxied.close();
    }
  });
});

describe('answering first', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers before looking the address up: the lookup, token and e-mail start only once the answer is out', async () => {
    const { user, email } = await createUser();
    const invitations = app.api.get(InvitationService);
    const real = invitations.sendPasswordReset.bind(invitations);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    vi.spyOn(invitations, 'sendPasswordReset').mockImplementation(async (address) => {
      started.push(address);
      await gate;
      return real(address);
    });

    const res = await requestReset(email);

    // The client has its answer while the work waits at the gate; nothing is written yet.
    expect(res.data).toEqual({ requestPasswordReset: true });
    expect(await tokensOf(user.id)).toEqual([]);
    release();
    await app.drainQueues();
    expect(started).toEqual([email]);
    expect(await tokensOf(user.id)).toHaveLength(1);
    expect(app.mail.to(email)).toHaveLength(1);
  });

  it('a failure after answering is logged without the address, and the client was told the same as always', async () => {
    const email = uniqueEmail('broken');
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    vi.spyOn(app.api.get(InvitationService), 'sendPasswordReset').mockRejectedValueOnce(
      new Error(`connection lost while looking up ${email}`),
    );

    const res = await requestReset(email);
    await app.drainQueues();

    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ requestPasswordReset: true });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0][0]).toBe('password reset request failed: Error');
    expect(JSON.stringify(logged.mock.calls)).not.toContain(email);
    expect(JSON.stringify(logged.mock.calls)).toContain('<redacted>');
  });
});

describe('resetting', () => {
  it('sets the new password once, signs in, and ends every other session', async () => {
    const { user, email, password } = await createUser();
    const laptop = app.client();
    const phone = app.client();
    await laptop.login(email, password);
    await phone.login(email, password);
    await requestReset(email);
    await app.drainQueues();
    const token = linkToken(app.mail.to(email).at(-1)!, '/reset-password');

    const browser = app.client();
    const res = await browser.gql(RESET_PASSWORD, { input: { token, password: NEW_PASSWORD } });

    expect(res.errors).toBeUndefined();
    expect(res.data!.resetPassword.user).toMatchObject({ id: user.id, status: 'ACTIVE' });
    expect(await browser.meId()).toBe(user.id);
    expect(await laptop.meId()).toBeNull();
    expect(await phone.meId()).toBeNull();
    expect(await countRows('SELECT count(*) FROM session WHERE user_id = $1', [user.id])).toBe(1);
    expectError(await app.client().gql(LOGIN, { input: { email, password } }), 'UNAUTHENTICATED');
    expect((await app.client().login(email, NEW_PASSWORD)).id).toBe(user.id);

    // The link works once.
    const [hashBefore] = await sql('SELECT password_hash FROM "user" WHERE id = $1', [user.id]);
    const again = await app.client().gql(RESET_PASSWORD, { input: { token, password: 'yet-another-password' } });
    expectError(again, 'BAD_USER_INPUT', 'INVALID_TOKEN');
    expect(await sql('SELECT password_hash FROM "user" WHERE id = $1', [user.id])).toEqual([hashBefore]);
  });

  it('a too-short password is BAD_USER_INPUT and leaves the link usable', async () => {
    const { user, email } = await createUser();
    await requestReset(email);
    await app.drainQueues();
    const token = linkToken(app.mail.to(email).at(-1)!, '/reset-password');
    const [before] = await sql('SELECT password_hash FROM "user" WHERE id = $1', [user.id]);

    const short = await app.client().gql(RESET_PASSWORD, { input: { token, password: 'short' } });

    const error = expectError(short, 'BAD_USER_INPUT', 'VALIDATION_FAILED');
    expect(Object.keys(error.extensions!.fields!)).toEqual(['password']);
    expect(await sql('SELECT password_hash FROM "user" WHERE id = $1', [user.id])).toEqual([before]);
    expect((await tokensOf(user.id))[0].used_at).toBeNull();
    const ok = await app.client().gql(RESET_PASSWORD, { input: { token, password: NEW_PASSWORD } });
    expect(ok.errors).toBeUndefined();
  });

  it('a reset link cannot be used to accept an invitation', async () => {
    const { user, email } = await createUser();
    await requestReset(email);
    await app.drainQueues();
    const token = linkToken(app.mail.to(email).at(-1)!, '/reset-password');

    const res = await app
      .client()
      .gql(`mutation ($input: SetPasswordInput!) { acceptInvitation(input: $input) { user { id } } }`, {
        input: { token, password: NEW_PASSWORD },
      });

    expectError(res, 'BAD_USER_INPUT', 'INVALID_TOKEN');
    expect((await tokensOf(user.id))[0].used_at).toBeNull();
  });

  it('an expired reset link is refused', async () => {
    const { user, email } = await createUser();
    await requestReset(email);
    await app.drainQueues();
    const token = linkToken(app.mail.to(email).at(-1)!, '/reset-password');
    await sql(`UPDATE user_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);

    const res = await app.client().gql(RESET_PASSWORD, { input: { token, password: NEW_PASSWORD } });

    expectError(res, 'BAD_USER_INPUT', 'INVALID_TOKEN');
    expect((await tokensOf(user.id))[0].used_at).toBeNull();
  });
});
