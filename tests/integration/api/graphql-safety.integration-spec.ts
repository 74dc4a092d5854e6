import { Logger } from '@nestjs/common';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UserService } from '@imh/identity';
import { MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../../../apps/api/src/graphql/query-limits.plugin';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser, type CreatedUser } from '../support/factories';
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
afterEach(() => {
  vi.restoreAllMocks();
});

/** `{ __type(name: "User") { fields { type { ofType { … name } } } } }`, exactly `depth` levels deep. */
function deepIntrospection(depth: number): string {
  let inner = 'name';
  for (let level = 3; level < depth; level++) inner = `ofType { ${inner} }`;
  return `{ __type(name: "User") { fields { type { ${inner} } } } }`;
}

describe('query limits', () => {
  it(`a query nested 20 levels deep is refused before it runs (limit ${MAX_QUERY_DEPTH})`, async () => {
    const { result: res, count } = await app.sql.count(() => adminClient.gql(deepIntrospection(20)));

    const error = expectError(res, 'BAD_USER_INPUT');
    expect(error.message).toContain('too deep');
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(count).toBe(1); // the session lookup; nothing else ran
  });

  it('the depth limit is exact, and a normal introspection query still works', async () => {
    const atLimit = await adminClient.gql(deepIntrospection(MAX_QUERY_DEPTH));
    const overLimit = await adminClient.gql(deepIntrospection(MAX_QUERY_DEPTH + 1));
    const introspection = await app.client().gql<{ __schema: { types: { name: string }[] } }>(getIntrospectionQuery());

    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data!.__type.fields.length).toBeGreaterThan(0);
    expectError(overLimit, 'BAD_USER_INPUT');
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data!.__schema.types.map((t) => t.name)).toEqual(
      expect.arrayContaining(['User', 'Role', 'Query', 'Mutation']),
    );
  });

  it('deep nesting through fragments is measured too', async () => {
    const query = `
      query { __type(name: "User") { ...A } }
      fragment A on __Type { fields { type { ...B } } }
      fragment B on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ...C } } } } } } }
      fragment C on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }
    `;
    expect(expectError(await adminClient.gql(query), 'BAD_USER_INPUT').message).toContain('too deep');
  });

  it(`an over-cost query is refused before it runs (limit ${MAX_QUERY_COST})`, async () => {
    // A page of 100 cohorts with their students (40 each at most) and docents costs about 45,000;
    // five of them are over the budget.
    const page =
      'cohorts(page: { limit: 100 }) { items { id name students { id name email discipline { id code } } docents { id name } } }';
    const query = `{ a: ${page} b: ${page} c: ${page} d: ${page} e: ${page} }`;

    const { result: res, count } = await app.sql.count(() => adminClient.gql(query));

    const error = expectError(res, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(new RegExp(`too expensive: cost \\d+ exceeds ${MAX_QUERY_COST}`));
    expect(error.extensions?.params).toMatchObject({ limit: MAX_QUERY_COST });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(count).toBe(1);
    // One such page is fine.
    expect((await adminClient.gql(`{ ${page} }`)).errors).toBeUndefined();
  });
});

describe('CSRF prevention', () => {
  const SET_LOCALE_EN = 'mutation { setMyLocale(locale: en) { id locale } }';
  let user: CreatedUser;
  let client: GqlClient;

  beforeAll(async () => {
    user = await createUser();
    client = app.client();
    await client.login(user.email, user.password);
  });
  const locale = async () =>
    (await sql<{ locale: string }>('SELECT locale FROM "user" WHERE id = $1', [user.user.id]))[0];

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'a cookie-carrying POST with content-type %s is rejected with 400 and not executed',
    async (contentType) => {
      const res = await client.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: SET_LOCALE_EN }),
      });

      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Cross-Site Request Forgery');
      expect(await locale()).toEqual({ locale: 'nl' });
    },
  );

  it('a GET without a preflight header is rejected with 400; with one it works', async () => {
    const plain = await client.fetch('/graphql?query={me{id}}');
    const json = await client.fetch('/graphql?query={me{id}}', { headers: { 'content-type': 'application/json' } });
    const preflight = await client.fetch('/graphql?query={me{id}}', {
      headers: { 'apollo-require-preflight': 'true' },
    });

    expect(plain.status).toBe(400);
    expect(await plain.text()).not.toContain(user.user.id);
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ data: { me: { id: user.user.id } } });
    expect(preflight.status).toBe(200);
    expect(await preflight.json()).toEqual({ data: { me: { id: user.user.id } } });
  });

  it('a mutation is never run from a GET, even with the header', async () => {
    const res = await client.fetch(`/graphql?query=${encodeURIComponent(SET_LOCALE_EN)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    expect(await locale()).toEqual({ locale: 'nl' });
  });

  it('the same mutation as application/json works', async () => {
    const res = await client.gql(SET_LOCALE_EN);
    expect(res.errors).toBeUndefined();
    expect(await locale()).toEqual({ locale: 'en' });
  });
});

describe('error responses', () => {
  it('an unexpected error reaches the client as a generic message without stack trace; the stack is logged', async () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    vi.spyOn(app.api.get(UserService), 'disciplines').mockRejectedValueOnce(
      new Error('connect ECONNREFUSED 10.1.2.3:5432 while running SELECT * FROM "user"'),
    );

    const res = await adminClient.gql('{ disciplines { id } }');

    const error = expectError(res, 'INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Something went wrong on our side. Please try again.');
    expect(JSON.stringify(res.errors)).not.toMatch(/ECONNREFUSED|SELECT|10\.1\.2\.3|\.ts:\d+/);
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('Unexpected error at disciplines'),
      expect.stringContaining('ECONNREFUSED'),
    );
  });

  it('refuses a NUL byte in text (variables or literals) as BAD_USER_INPUT before the database sees it', async () => {
    const viaVariable = await adminClient.gql('query ($q: String) { organisations(search: $q) { totalCount } }', {
      q: 'a\u0000b',
    });
    const viaLiteral = await adminClient.gql('{ organisations(search: "a\\u0000b") { totalCount } }');

    for (const res of [viaVariable, viaLiteral]) {
      expect(res.status).toBe(400);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe('Text may not contain NUL characters.');
    }
  });

  it('malformed JSON, an unknown route and a wrong method answer without a stack trace', async () => {
    const badJson = await app.client().fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    const unknown = await app.client().fetch('/nope');
    const wrongMethod = await app.client().fetch('/graphql', { method: 'PUT' });

    expect(badJson.status).toBe(400);
    expect(unknown.status).toBe(404);
    expect(wrongMethod.status).toBeGreaterThanOrEqual(400);
    // GqlClient.fetch itself fails the test when any body carries a stack trace; check the text too.
    for (const res of [badJson, unknown, wrongMethod]) expect(await res.text()).not.toMatch(/node_modules|\.ts:\d+/);
  });
});

describe('health', () => {
  it('/health/live answers 200', async () => {
    const res = await app.client().fetch('/health/live');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/health/ready answers 200 with Postgres and Redis up', async () => {
    const res = await app.client().fetch('/health/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
  });
});
