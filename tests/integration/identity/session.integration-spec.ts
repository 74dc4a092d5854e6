import * as argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@imh/common';
import { UserStatus } from '@imh/identity';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, uniqueEmail } from '../support/factories';
import { DEACTIVATE_USER, LOGIN, ME, SET_MY_LOCALE } from '../support/operations';
import { startTestApp, type TestApp } from '../support/test-app';

// The real argon2, watched: proves which hash each login attempt verified against.
vi.mock('argon2', async (importOriginal) => {
  const actual = await importOriginal<typeof import('argon2')>();
  return { ...actual, verify: vi.fn(actual.verify) };
});

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const sessionsOf = (userId: string) => countRows('SELECT count(*) FROM session WHERE user_id = $1', [userId]);

describe('signing in and out', () => {
  it('sets an httpOnly SameSite session cookie, and me returns the user with roles', async () => {
    const { user, email, password } = await createUser({ roles: [Role.DOCENT, Role.CONFIDANT] });
    const client = app.client();

    const res = await client.gql(LOGIN, { input: { email, password } });

    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toMatchObject({ id: user.id, email, status: 'ACTIVE' });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('imh_session='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    // Only the token's hash is stored, never the token itself.
    const [row] = await sql<{ token_hash: string }>('SELECT token_hash FROM session WHERE user_id = $1', [user.id]);
    expect(row.token_hash).not.toBe(client.sessionCookie);

    const me = await client.gql(ME);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({ id: user.id, email, name: user.name });
    expect([...me.data!.me.roles].sort()).toEqual([Role.CONFIDANT, Role.DOCENT]);
  });

  it('accepts the e-mail address in any case and with spaces around it', async () => {
    const { user, email, password } = await createUser();
    const signedIn = await app.client().login(`  ${email.toUpperCase()} `, password);
    expect(signedIn.id).toBe(user.id);
  });

  it('logout ends the session: the old cookie no longer works', async () => {
    const { user, email, password } = await createUser();
    const client = app.client();
    await client.login(email, password);
    const oldCookie = client.cookieHeader();
    expect(await client.meId()).toBe(user.id);

    const res = await client.gql('mutation { logout }');

    expect(res.data).toEqual({ logout: true });
    expect(client.sessionCookie).toBeUndefined(); // the response cleared it
    expect(await client.meId()).toBeNull();
    expect(await sessionsOf(user.id)).toBe(0);
    // Replaying the cookie from before the logout does not bring the session back.
    const replay = app.client();
    const me = await replay.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: oldCookie },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: null } });
  });

  it('me is null when signed out, without an error', async () => {
    const res = await app.client().gql(ME);
    expect(res).toMatchObject({ status: 200, data: { me: null } });
    expect(res.errors).toBeUndefined();
  });

  it('a signed-in user switches their language; signed out, nobody can', async () => {
    const { user, email, password } = await createUser();
    const client = app.client();
    await client.login(email, password);

    const res = await client.gql(SET_MY_LOCALE, { locale: 'en' });

    expect(res.errors).toBeUndefined();
    expect(res.data!.setMyLocale).toEqual({ id: user.id, locale: 'en' });
    expect(await sql('SELECT locale FROM "user" WHERE id = $1', [user.id])).toEqual([{ locale: 'en' }]);
    expectError(await app.client().gql(SET_MY_LOCALE, { locale: 'en' }), 'UNAUTHENTICATED');
  });

  it('a session idle past its expiry is signed out', async () => {
    const { user, email, password } = await createUser();
    const client = app.client();
    await client.login(email, password);
    await sql(`UPDATE session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);

    expect(await client.meId()).toBeNull();
    expectError(await client.gql(SET_MY_LOCALE, { locale: 'en' }), 'UNAUTHENTICATED');
  });

  it('an unknown cookie is treated as signed out', async () => {
    const client = app.client();
    client.cookies.set('imh_session', 'not-a-real-session-token');
    expect(await client.meId()).toBeNull();
  });
});

describe('wrong credentials', () => {
  it('a wrong password and an unknown e-mail get the same answer after the same argon2 work', async () => {
    const { user, email } = await createUser();
    const verify = vi.mocked(argon2.verify);
    verify.mockClear();

    const wrong = await app.client().gql(LOGIN, { input: { email, password: 'not-the-password' } });
    const unknown = await app.client().gql(LOGIN, { input: { email: uniqueEmail('nobody'), password: 'whatever1' } });

    const wrongError = expectError(wrong, 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
    const unknownError = expectError(unknown, 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
    expect(unknownError).toEqual(wrongError);
    expect(wrong.status).toBe(unknown.status);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(unknown.headers.getSetCookie()).toEqual([]);

    // Both paths ran one argon2 verification with the same cost parameters, so they take the
    // same time: the unknown address was checked against a real argon2id hash, not skipped.
    expect(verify).toHaveBeenCalledTimes(2);
    const [[wrongHash], [unknownHash]] = verify.mock.calls;
    const [{ password_hash: storedHash }] = await sql<{ password_hash: string }>(
      'SELECT password_hash FROM "user" WHERE id = $1',
      [user.id],
    );
    expect(wrongHash).toBe(storedHash);
    const params = (hash: string) => hash.split('$').slice(1, 4).join('$'); // argon2id$v=19$m=…,t=…,p=…
    expect(unknownHash).toMatch(/^\$argon2id\$/);
    expect(unknownHash).not.toBe(storedHash);
    expect(params(unknownHash)).toBe(params(storedHash));
    await expect(verify.mock.results[1].value).resolves.toBe(false);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it('an invited user without a password gets the same answer as a wrong password', async () => {
    const { email } = await createUser({ password: null });
    const res = await app.client().gql(LOGIN, { input: { email, password: 'anything-at-all' } });
    expectError(res, 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
  });
});

describe('deactivated accounts', () => {
  it('a deactivated user cannot sign in, and learns why only with the right password', async () => {
    const { user, email, password } = await createUser({ status: UserStatus.DEACTIVATED });

    const right = await app.client().gql(LOGIN, { input: { email, password } });
    const error = expectError(right, 'FORBIDDEN', 'ACCOUNT_DEACTIVATED');
    expect(error.message).toMatch(/deactivated/i);
    expect(right.headers.getSetCookie()).toEqual([]);

    const wrong = await app.client().gql(LOGIN, { input: { email, password: 'not-the-password' } });
    expectError(wrong, 'UNAUTHENTICATED', 'INVALID_CREDENTIALS');
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it('deactivation ends every session of the user at once and is audited', async () => {
    const admin = await createAdmin();
    const target = await createUser({ roles: [Role.STUDENT] });
    const adminClient = app.client();
    await adminClient.login(admin.email, admin.password);
    const laptop = app.client();
    const phone = app.client();
    await laptop.login(target.email, target.password);
    await phone.login(target.email, target.password);
    expect(await sessionsOf(target.user.id)).toBe(2);

    const res = await adminClient.gql(DEACTIVATE_USER, { userId: target.user.id });

    expect(res.errors).toBeUndefined();
    expect(res.data!.deactivateUser).toMatchObject({ id: target.user.id, status: 'DEACTIVATED' });
    expect(res.data!.deactivateUser.deactivatedAt).toEqual(expect.any(String));
    // The very next request with either cookie is signed out.
    expect(await laptop.meId()).toBeNull();
    expectError(await phone.gql(SET_MY_LOCALE, { locale: 'en' }), 'UNAUTHENTICATED');
    expect(await sessionsOf(target.user.id)).toBe(0);
    const audit = await sql<{ actor_id: string; data: { before: string } }>(
      `SELECT actor_id, data FROM audit_event WHERE action = 'user.deactivated' AND subject_id = $1`,
      [target.user.id],
    );
    expect(audit).toEqual([{ actor_id: admin.user.id, data: { before: 'ACTIVE' } }]);
    // And they cannot sign in again.
    expectError(
      await app.client().gql(LOGIN, { input: { email: target.email, password: target.password } }),
      'FORBIDDEN',
      'ACCOUNT_DEACTIVATED',
    );
  });

  it('only admins deactivate, and never themselves; a refusal changes nothing', async () => {
    const admin = await createAdmin();
    const docent = await createUser({ roles: [Role.DOCENT] });
    const target = await createUser();
    const docentClient = app.client();
    await docentClient.login(docent.email, docent.password);
    const adminClient = app.client();
    await adminClient.login(admin.email, admin.password);

    expectError(await docentClient.gql(DEACTIVATE_USER, { userId: target.user.id }), 'FORBIDDEN');
    expectError(await app.client().gql(DEACTIVATE_USER, { userId: target.user.id }), 'UNAUTHENTICATED');
    const self = expectError(
      await adminClient.gql(DEACTIVATE_USER, { userId: admin.user.id }),
      'BAD_USER_INPUT',
      'SELF_DEACTIVATION',
    );
    expect(self.extensions?.fields).toEqual({ userId: 'self' });
    expectError(await adminClient.gql(DEACTIVATE_USER, { userId: 'not-a-uuid' }), 'BAD_USER_INPUT', 'INVALID_ID');

    const rows = await sql<{ id: string; status: string }>(
      'SELECT id, status FROM "user" WHERE id = ANY($1) ORDER BY id',
      [[admin.user.id, target.user.id]],
    );
    expect(rows.every((r) => r.status === 'ACTIVE')).toBe(true);
    expect(
      await countRows('SELECT count(*) FROM audit_event WHERE subject_id = ANY($1)', [[admin.user.id, target.user.id]]),
    ).toBe(0);
    expect(await adminClient.meId()).toBe(admin.user.id);
  });
});
