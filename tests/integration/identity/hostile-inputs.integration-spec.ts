// Hostile and careless input to every identity mutation: each argument null, empty, over-long
// (10 kB and 1 MB), of the wrong type, out of range, with a NUL byte; other people's accounts;
// concurrent duplicates. Every answer is data or a GraphQL error with a code from DESIGN.md,
// never a 500, a stack trace (GqlClient checks every body) or SQL, and a refused call writes
// nothing. The cases are generated from a short description of each mutation's arguments.
import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '@imh/common';
import { ACCOUNT_LINK_REQUESTED, AccountLinkClosedError, AccountMail } from '@imh/identity';
import { OutboxRelay } from '@imh/notifications';
import { countRows, sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, uniqueEmail, type CreatedUser } from '../support/factories';
import { sha256 } from '../support/mail';
import {
  ACCEPT_INVITATION,
  DEACTIVATE_USER,
  INVITE_USER,
  LOGIN,
  REACTIVATE_USER,
  REQUEST_PASSWORD_RESET,
  RESEND_INVITATION,
  RESET_PASSWORD,
  SET_MY_LOCALE,
  SET_USER_ROLES,
} from '../support/operations';
import { startTestApp, type GqlClient, type GqlResult, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: CreatedUser;
let adminClient: GqlClient;
let studentClient: GqlClient;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin();
  adminClient = app.client();
  await adminClient.login(admin.email, admin.password);
  const student = await createUser({ roles: [Role.STUDENT] });
  studentClient = app.client();
  await studentClient.login(student.email, student.password);
});
afterAll(async () => {
  await app?.close();
});

const CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];
const SQL_OR_INTERNALS =
  /\b(SELECT|INSERT INTO|UPDATE \S+ SET|violates|constraint|relation "|QueryFailedError|TypeORM)\b/i;
const NOBODY = '00000000-0000-4000-8000-000000000000';

/** Row counts of everything identity writes: a refused call leaves them as they were. */
const footprint = async () => ({
  users: await countRows('SELECT count(*) FROM "user"'),
  sessions: await countRows('SELECT count(*) FROM session'),
  tokens: await countRows('SELECT count(*) FROM user_token'),
  audit: await countRows('SELECT count(*) FROM audit_event'),
  roles: (
    await sql<{ roles: string }>(
      "SELECT string_agg(array_to_string(roles, ','), ';' ORDER BY id) AS roles FROM \"user\"",
    )
  )[0].roles,
});

type Kind = 'email' | 'text' | 'password' | 'token' | 'id' | 'enum' | 'enumList';
type Variables = Record<string, unknown>;

interface Operation {
  name: string;
  document: string;
  caller: () => GqlClient;
  /** Valid variables, made fresh per call. */
  valid: () => Promise<Variables>;
  /** The leaves to break: a path into the variables, what it holds, and whether null is allowed. */
  leaves: { path: string; kind: Kind; optional?: boolean }[];
}

async function linkToken(purpose: 'INVITATION' | 'PASSWORD_RESET'): Promise<string> {
  const { user } = await createUser(purpose === 'INVITATION' ? { password: null } : {});
  const token = randomBytes(32).toString('base64url');
  await sql(
    `INSERT INTO user_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`,
    [user.id, purpose, sha256(token)],
  );
  return token;
}
const freshStudent = async () => (await createUser({ roles: [Role.STUDENT] })).user.id;

const OPERATIONS: Operation[] = [
  {
    name: 'login',
    document: LOGIN,
    caller: () => app.client(),
    valid: async () => ({ input: { email: uniqueEmail('h'), password: 'some-password' } }),
    leaves: [
      { path: 'input.email', kind: 'email' },
      { path: 'input.password', kind: 'password' },
    ],
  },
  {
    name: 'acceptInvitation',
    document: ACCEPT_INVITATION,
    caller: () => app.client(),
    valid: async () => ({ input: { token: await linkToken('INVITATION'), password: 'a-fine-password' } }),
    leaves: [
      { path: 'input.token', kind: 'token' },
      { path: 'input.password', kind: 'password' },
    ],
  },
  {
    name: 'resetPassword',
    document: RESET_PASSWORD,
    caller: () => app.client(),
    valid: async () => ({ input: { token: await linkToken('PASSWORD_RESET'), password: 'a-fine-password' } }),
    leaves: [
      { path: 'input.token', kind: 'token' },
      { path: 'input.password', kind: 'password' },
    ],
  },
  {
    name: 'requestPasswordReset',
    document: REQUEST_PASSWORD_RESET,
    caller: () => app.client(),
    valid: async () => ({ input: { email: uniqueEmail('h') } }),
    leaves: [{ path: 'input.email', kind: 'email' }],
  },
  {
    name: 'setMyLocale',
    document: SET_MY_LOCALE,
    caller: () => studentClient,
    valid: async () => ({ locale: 'en' }),
    leaves: [{ path: 'locale', kind: 'enum' }],
  },
  {
    name: 'inviteUser',
    document: INVITE_USER,
    caller: () => adminClient,
    valid: async () => ({ input: { email: uniqueEmail('h'), name: 'Nieuwe Cursist', roles: ['STUDENT'] } }),
    leaves: [
      { path: 'input.email', kind: 'email' },
      { path: 'input.name', kind: 'text' },
      { path: 'input.roles', kind: 'enumList' },
      { path: 'input.disciplineId', kind: 'id', optional: true },
      { path: 'input.organisationId', kind: 'id', optional: true },
      { path: 'input.locale', kind: 'enum', optional: true },
    ],
  },
  {
    name: 'resendInvitation',
    document: RESEND_INVITATION,
    caller: () => adminClient,
    valid: async () => ({ userId: (await createUser({ password: null })).user.id }),
    leaves: [{ path: 'userId', kind: 'id' }],
  },
  {
    name: 'setUserRoles',
    document: SET_USER_ROLES,
    caller: () => adminClient,
    valid: async () => ({ input: { userId: await freshStudent(), roles: ['STUDENT'] } }),
    leaves: [
      { path: 'input.userId', kind: 'id' },
      { path: 'input.roles', kind: 'enumList' },
    ],
  },
  {
    name: 'deactivateUser',
    document: DEACTIVATE_USER,
    caller: () => adminClient,
    valid: async () => ({ userId: await freshStudent() }),
    leaves: [{ path: 'userId', kind: 'id' }],
  },
  {
    name: 'reactivateUser',
    document: REACTIVATE_USER,
    caller: () => adminClient,
    valid: async () => ({ userId: await freshStudent() }),
    leaves: [{ path: 'userId', kind: 'id' }],
  },
];

const KB10 = 'x'.repeat(10 * 1024);
const MB1 = 'x'.repeat(1024 * 1024);

/** The broken values for a leaf of `kind`, by label. Null is a case of its own (allowed when optional). */
function variants(kind: Kind): [string, unknown][] {
  const common: [string, unknown][] = [
    ['empty', ''],
    ['10 kB', KB10],
    ['1 MB', MB1],
    ['a number', 42],
    ['an object', { nested: 'value' }],
    ['a NUL byte', 'a\u0000b'],
  ];
  const outOfRange: Record<Kind, [string, unknown][]> = {
    email: [
      ['not an address', 'not-an-address'],
      ['an address of 10 kB', `${KB10}@example.test`],
    ],
    text: [['only spaces', '     ']],
    password: [['a 9-character password', 'too-short']],
    token: [['a well-formed unknown token', randomBytes(32).toString('base64url')]],
    id: [
      ['not a uuid', 'not-a-uuid'],
      ["nobody's id", NOBODY],
    ],
    enum: [['an unknown value', 'NOT_A_VALUE']],
    enumList: [
      ['an unknown value', ['NOT_A_VALUE']],
      ['no value', []],
      ['a thousand values', Array(1000).fill('STUDENT')],
    ],
  };
  return [...common, ...outOfRange[kind]];
}

function setPath(variables: Variables, path: string, value: unknown): Variables {
  const copy = structuredClone(variables);
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
}

/** The one check every hostile answer must pass; returns its outcome. */
function checkAnswer(res: GqlResult, label: string): string {
  expect(res.status, label).toBeLessThan(500);
  const text = JSON.stringify(res.errors ?? []);
  expect(text, label).not.toMatch(SQL_OR_INTERNALS);
  if (!res.errors?.length) return 'ok';
  const code = String(res.errors[0].extensions?.code);
  expect(CODES, `${label}: ${code} ${res.errors[0].message}`).toContain(code);
  return code;
}

const cases = OPERATIONS.flatMap((operation) =>
  operation.leaves.flatMap((leaf) =>
    [['null', null] as [string, unknown], ...variants(leaf.kind)].map(
      ([label, value]) => [`${operation.name}: ${leaf.path} ${label}`, operation, leaf, label, value] as const,
    ),
  ),
);

describe('every identity mutation, each argument broken', () => {
  it.each(cases)('%s', async (name, operation, leaf, label, value) => {
    const variables = setPath(await operation.valid(), leaf.path, value);
    const before = await footprint();

    const res = await operation.caller().gql(operation.document, variables);

    const outcome = checkAnswer(res, name);
    if (label === 'null' && leaf.optional) {
      expect(['ok', ...CODES]).toContain(outcome); // null is allowed here: the call may succeed
    } else {
      expect(outcome, `${name} was accepted`).not.toBe('ok');
      expect(await footprint(), `${name} wrote something`).toEqual(before);
    }
  });
});

describe("other people's accounts", () => {
  it('a student cannot give themselves the admin role, nor deactivate anyone', async () => {
    const student = await createUser({ roles: [Role.STUDENT] });
    const client = app.client();
    await client.login(student.email, student.password);
    const before = await footprint();

    expectError(
      await client.gql(SET_USER_ROLES, { input: { userId: student.user.id, roles: ['ADMIN'] } }),
      'FORBIDDEN',
    );
    expectError(await client.gql(DEACTIVATE_USER, { userId: admin.user.id }), 'FORBIDDEN');
    expectError(await client.gql(RESEND_INVITATION, { userId: admin.user.id }), 'FORBIDDEN');

    expect(await footprint()).toEqual(before);
  });

  it('an admin cannot demote or deactivate themselves; an active account has no invitation to resend', async () => {
    const before = await footprint();
    expectError(
      await adminClient.gql(SET_USER_ROLES, { input: { userId: admin.user.id, roles: ['DOCENT'] } }),
      'BAD_USER_INPUT',
      'SELF_DEMOTION',
    );
    expectError(
      await adminClient.gql(DEACTIVATE_USER, { userId: admin.user.id }),
      'BAD_USER_INPUT',
      'SELF_DEACTIVATION',
    );
    expectError(await adminClient.gql(RESEND_INVITATION, { userId: admin.user.id }), 'CONFLICT', 'ALREADY_ACTIVE');
    expect(await footprint()).toEqual(before);
  });

  it("a reset link is no invitation, and one account's link never signs in another", async () => {
    const token = await linkToken('PASSWORD_RESET');
    const before = await footprint();
    expectError(
      await app.client().gql(ACCEPT_INVITATION, { input: { token, password: 'a-fine-password' } }),
      'BAD_USER_INPUT',
      'INVALID_TOKEN',
    );
    expect(await footprint()).toEqual(before);
  });
});

describe('concurrent duplicates', () => {
  it('five invitations of one address at once make one user and one link request', async () => {
    const email = uniqueEmail('twice');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        adminClient.gql(INVITE_USER, { input: { email, name: 'Twee Keer', roles: ['STUDENT'] } }),
      ),
    );

    const outcomes = results.map((res) => checkAnswer(res, 'inviteUser')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'ok']);
    expect(await countRows('SELECT count(*) FROM "user" WHERE email = $1', [email])).toBe(1);
    // The request; its token is minted when the e-mail is sent, once (there is no worker here).
    expect(
      await countRows('SELECT count(*) FROM user_token t JOIN "user" u ON u.id = t.user_id WHERE u.email = $1', [
        email,
      ]),
    ).toBe(1);
    expect(
      await countRows(
        `SELECT count(*) FROM outbox_event e JOIN "user" u ON u.id::text = e.payload->>'userId'
          WHERE u.email = $1 AND e.type = 'identity.account-link-requested'`,
        [email],
      ),
    ).toBe(1);
  });

  it('one invitation link used three times at once signs in once', async () => {
    const token = await linkToken('INVITATION');
    const [{ user_id: userId }] = await sql<{ user_id: string }>(
      'SELECT user_id FROM user_token WHERE token_hash = $1',
      [sha256(token)],
    );

    const results = await Promise.all(
      Array.from({ length: 3 }, (_, i) =>
        app.client().gql(ACCEPT_INVITATION, { input: { token, password: `password-number-${i}` } }),
      ),
    );

    expect(results.map((res) => checkAnswer(res, 'acceptInvitation')).sort()).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'ok',
    ]);
    expect(await countRows('SELECT count(*) FROM session WHERE user_id = $1', [userId])).toBe(1);
  });

  it('one user deactivated three times at once is deactivated once, with one audit row', async () => {
    const userId = await freshStudent();

    const results = await Promise.all(Array.from({ length: 3 }, () => adminClient.gql(DEACTIVATE_USER, { userId })));

    expect(results.map((res) => checkAnswer(res, 'deactivateUser'))).toEqual(['ok', 'ok', 'ok']);
    expect(
      await countRows(`SELECT count(*) FROM audit_event WHERE subject_id = $1 AND action = 'user.deactivated'`, [
        userId,
      ]),
    ).toBe(1);
  });

  it('roles set three ways at once end as one of them, each change audited', async () => {
    const userId = await freshStudent();
    const choices = [['STUDENT', 'DOCENT'], ['DOCENT'], ['CONFIDANT']];

    const results = await Promise.all(
      choices.map((roles) => adminClient.gql(SET_USER_ROLES, { input: { userId, roles } })),
    );

    expect(results.map((res) => checkAnswer(res, 'setUserRoles'))).toEqual(['ok', 'ok', 'ok']);
    const [{ roles }] = await sql<{ roles: string }>(
      `SELECT array_to_string(roles, ',') AS roles FROM "user" WHERE id = $1`,
      [userId],
    );
    expect(choices.map((c) => [...c].sort().join())).toContain(roles.split(',').sort().join());
    expect(
      await countRows(`SELECT count(*) FROM audit_event WHERE subject_id = $1 AND action = 'user.roles_changed'`, [
        userId,
      ]),
    ).toBe(3);
  });
});

describe('forged account e-mails', () => {
  it('a fact with a malformed id or an unknown purpose is set aside, naming the field and never its value', async () => {
    const forged = [
      { userId: "x'; DROP TABLE user_token; --", requestId: NOBODY, purpose: 'INVITATION' },
      { userId: NOBODY, requestId: NOBODY, purpose: 'ADMIN_PASSWORD' },
      { userId: NOBODY, requestId: NOBODY, purpose: 'INVITATION', invitedById: 'someone@example.test' },
    ];
    const ids: string[] = [];
    for (const payload of forged) {
      const [{ id }] = await sql<{ id: string }>(
        `INSERT INTO outbox_event (type, payload) VALUES ($1, $2) RETURNING id`,
        [ACCOUNT_LINK_REQUESTED, payload],
      );
      ids.push(id);
    }

    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    await app.api.get(OutboxRelay).drain();
    // The reasons are logged as stored: the field, never the value.
    expect(JSON.stringify(logged.mock.calls)).not.toContain('DROP TABLE');
    expect(JSON.stringify(logged.mock.calls)).not.toContain('someone@example.test');
    logged.mockRestore();

    const rows = await sql<{ last_error: string; set_aside: boolean }>(
      `SELECT last_error, relayed_at IS NOT NULL AS set_aside FROM outbox_event WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [ids],
    );
    expect(rows).toEqual([
      { last_error: 'MalformedFactError: userId is not an id.', set_aside: true },
      { last_error: 'MalformedFactError: purpose is not INVITATION or PASSWORD_RESET.', set_aside: true },
      { last_error: 'MalformedFactError: invitedById is not an id.', set_aside: true },
    ]);
    expect(await countRows('SELECT count(*) FROM delivery WHERE key LIKE $1', [`ACCOUNT/%/${NOBODY}/%`])).toBe(0);
  });

  it('a delivery key made up for an account e-mail mints nothing and does not apply', async () => {
    const { user } = await createUser();
    const accountMail = app.api.get(AccountMail);
    const tokensBefore = await countRows('SELECT count(*) FROM user_token');

    for (const key of [
      `ACCOUNT/password-reset/${user.id}/${NOBODY}`,
      `ACCOUNT/invitation/${user.id}/${NOBODY}`,
      `ACCOUNT/password-reset/${user.id}`,
      `ACCOUNT/../${user.id}/${NOBODY}`,
    ]) {
      expect(await accountMail.applies({ key })).toBe(false);
      await expect(accountMail.mint({ key })).rejects.toBeInstanceOf(AccountLinkClosedError);
    }
    expect(await countRows('SELECT count(*) FROM user_token')).toBe(tokensBefore);
  });
});
