import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { countRows } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, type CreatedUser } from '../support/factories';
import { INVITE_USER, LOGIN, REQUEST_PASSWORD_RESET, SET_USER_ROLES } from '../support/operations';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: CreatedUser;
let adminClient: GqlClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin();
  adminClient = app.client();
  await adminClient.login(admin.email, admin.password);
});
afterAll(async () => {
  await app?.close();
});

const MALFORMED = 'not-an-email-address';
const TOO_LONG = `${'a'.repeat(300 - '@example.test'.length)}@example.test`;

/** Row counts of everything identity writes, to show that bad input wrote none of it. */
const footprint = async () => ({
  users: await countRows('SELECT count(*) FROM "user"'),
  sessions: await countRows('SELECT count(*) FROM session'),
  tokens: await countRows('SELECT count(*) FROM user_token'),
  audit: await countRows('SELECT count(*) FROM audit_event'),
});

describe.each([
  ['a malformed e-mail address', MALFORMED],
  ['a 300-character e-mail address', TOO_LONG],
])('%s', (_, email) => {
  it('is refused by login with BAD_USER_INPUT naming the email field', async () => {
    const before = await footprint();

    const res = await app.client().gql(LOGIN, { input: { email, password: 'whatever-password' } });

    const error = expectError(res, 'BAD_USER_INPUT', 'VALIDATION_FAILED');
    expect(Object.keys(error.extensions!.fields!)).toEqual(['email']);
    expect(error.extensions!.fields!.email).toBe(error.message);
    expect(await footprint()).toEqual(before);
  });

  it('is refused by inviteUser, which writes nothing and queues nothing', async () => {
    const before = await footprint();

    const res = await adminClient.gql(INVITE_USER, { input: { email, name: 'Somebody', roles: [Role.STUDENT] } });

    const error = expectError(res, 'BAD_USER_INPUT', 'VALIDATION_FAILED');
    expect(Object.keys(error.extensions!.fields!)).toEqual(['email']);
    expect(await footprint()).toEqual(before);
  });

  it('is refused by requestPasswordReset', async () => {
    const before = await footprint();
    const res = await app.client().gql(REQUEST_PASSWORD_RESET, { input: { email } });
    expect(Object.keys(expectError(res, 'BAD_USER_INPUT').extensions!.fields!)).toEqual(['email']);
    expect(await footprint()).toEqual(before);
  });
});

describe('other bad input', () => {
  it('names every bad field at once', async () => {
    const res = await adminClient.gql(INVITE_USER, { input: { email: MALFORMED, name: '', roles: [] } });
    const error = expectError(res, 'BAD_USER_INPUT', 'VALIDATION_FAILED');
    expect(Object.keys(error.extensions!.fields!).sort()).toEqual(['email', 'name', 'roles']);
  });

  it('an over-long password is refused before any hashing', async () => {
    const res = await app.client().gql(LOGIN, { input: { email: admin.email, password: 'x'.repeat(201) } });
    expect(Object.keys(expectError(res, 'BAD_USER_INPUT').extensions!.fields!)).toEqual(['password']);
  });

  it('a variable of the wrong type or an unknown enum value is BAD_USER_INPUT, not a server error', async () => {
    const badEnum = await adminClient.gql(SET_USER_ROLES, { input: { userId: admin.user.id, roles: ['KING'] } });
    const badType = await adminClient.gql(LOGIN, { input: { email: 42, password: ['x'] } });
    const missing = await adminClient.gql(LOGIN, {});

    for (const res of [badEnum, badType, missing]) {
      expectError(res, 'BAD_USER_INPUT');
      expect(res.status).toBe(400);
      expect(res.data).toBeUndefined();
    }
    expect(badEnum.errors![0].message).toContain('"KING"');
  });

  it('an unknown field or a syntax error is BAD_USER_INPUT', async () => {
    const unknownField = await app.client().gql('{ me { id passwordHash } }');
    const syntax = await app.client().gql('{ me { id ');
    expectError(unknownField, 'BAD_USER_INPUT');
    expectError(syntax, 'BAD_USER_INPUT');
    expect([unknownField.status, syntax.status]).toEqual([400, 400]);
  });
});
