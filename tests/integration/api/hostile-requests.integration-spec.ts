// Requests an attacker or a broken client sends to /graphql: deep and wide documents, aliases,
// huge or deeply nested variables, NUL bytes, oversized bodies, batches, GET requests, wrong
// content types and malformed bodies. Each is refused as the client's mistake (4xx, a code from DESIGN.md),
// never a 500, never a stack trace (GqlClient.fetch checks every body), and nothing runs.
import { Logger } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_JSON_BODY_BYTES } from '../../../apps/api/src/bootstrap';
import {
  MAX_ALIASES_PER_FIELD,
  MAX_QUERY_DEPTH,
  MAX_QUERY_TOKENS,
  MAX_VARIABLE_DEPTH,
  MAX_VARIABLE_VALUES,
} from '../../../apps/api/src/graphql/query-limits.plugin';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin, createUser } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

let app: TestApp;
let admin: GqlClient;

beforeAll(async () => {
  app = await startTestApp();
  const { email, password } = await createAdmin();
  admin = app.client();
  await admin.login(email, password);
});
afterAll(async () => {
  await app?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** POSTs a raw JSON body; returns status and parsed body (or text when it is not JSON). */
async function postRaw(client: GqlClient, body: string, contentType = 'application/json') {
  const res = await client.fetch('/graphql', { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: res.status,
    text,
    json: json as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

/** `{"a":{"a":…}}` nested `levels` deep, built as text so the test itself does not recurse. */
function nestedJson(levels: number): string {
  return '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

const SEARCH =
  'query ($q: String, $extra: String) { a: organisations(search: $q) { totalCount } b: organisations(search: $extra) { totalCount } }';

describe('variables', () => {
  it('nested 15,000 levels deep (signed out) are refused with BAD_USER_INPUT naming the limit, not a stack overflow', async () => {
    const body = `{"query":${JSON.stringify('query ($x: String) { organisations(search: $x) { totalCount } }')},"variables":{"x":${nestedJson(15_000)}}}`;

    const res = await postRaw(app.client(), body);

    expect(res.status).toBe(400);
    expect(res.json.errors).toHaveLength(1);
    expect(res.json.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      params: { limit: MAX_VARIABLE_DEPTH },
    });
    expect(res.json.data).toBeUndefined();
  });

  it('at the depth limit they are coerced as usual (GraphQL names the wrong type)', async () => {
    const res = await admin.gql(SEARCH, { q: 'x', extra: JSON.parse(nestedJson(MAX_VARIABLE_DEPTH - 1)) });
    const error = expectError(res, 'BAD_USER_INPUT');
    expect(error.message).toContain('Variable "$extra" got invalid value');
  });

  it('an array of 1,000,000 values is refused before GraphQL coerces it', async () => {
    const body = `{"query":${JSON.stringify(SEARCH)},"variables":{"q":"x","extra":[${Array(1_000_000).fill('0').join(',')}]}}`;
    expect(body.length).toBeLessThan(MAX_JSON_BODY_BYTES); // under the body limit: this limit is the one that holds

    const { result: res, count } = await app.sql.count(() => postRaw(admin, body));

    expect(res.status).toBe(400);
    expect(res.json.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      params: { limit: MAX_VARIABLE_VALUES },
    });
    expect(count).toBe(1); // the session lookup only
  });

  it('a wide object of many keys counts like an array', async () => {
    const extra = Object.fromEntries(Array.from({ length: MAX_VARIABLE_VALUES + 1 }, (_, i) => [`k${i}`, i]));
    const res = await admin.gql(SEARCH, { q: 'x', extra });
    expect(expectError(res, 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX').extensions?.params).toEqual({
      limit: MAX_VARIABLE_VALUES,
    });
  });

  it('a NUL byte deep inside a variable, or in an object key, is refused', async () => {
    for (const extra of [{ a: [{ b: ['ok', 'a\u0000b'] }] }, { ['k\u0000']: 1 }]) {
      const res = await admin.gql(SEARCH, { q: 'x', extra });
      expect(res.status).toBe(400);
      expect(expectError(res, 'BAD_USER_INPUT', 'VALIDATION_FAILED').message).toBe(
        'Text may not contain NUL characters.',
      );
    }
  });
});

describe('body size', () => {
  it(`a body over ${MAX_JSON_BODY_BYTES} bytes is refused with 413 before it is parsed, and not logged as a crash`, async () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const body = JSON.stringify({ query: SEARCH, variables: { q: 'x'.repeat(MAX_JSON_BODY_BYTES) } });

    const res = await postRaw(app.client(), body);

    expect(res.status).toBe(413);
    expect(res.json.errors).toEqual([
      {
        message: `The request is too large: ${MAX_JSON_BODY_BYTES} bytes at most.`,
        extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX', params: { limit: MAX_JSON_BODY_BYTES } },
      },
    ]);
    expect(logged).not.toHaveBeenCalled();
  });

  it('malformed JSON is BAD_USER_INPUT in GraphQL form', async () => {
    const res = await postRaw(app.client(), '{"query": ');
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([
      {
        message: 'The request body is not valid JSON.',
        extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' },
      },
    ]);
  });

  it('a real enrolment CSV of 1,000,000 characters fits: the resolver answers it', async () => {
    const csv = `e-mail,name,discipline,organisation\n${'a'.repeat(999_950)}`.slice(0, 1_000_000);
    const res = await admin.gql(
      'query ($input: PreviewEnrollmentCsvInput!) { previewEnrollmentCsv(input: $input) { rows { line } } }',
      { input: { trackId: '00000000-0000-4000-8000-000000000000', csv } },
    );
    expect(res.status).not.toBe(413);
    expectError(res, 'NOT_FOUND');
  });
});

/** A client error with a code from DESIGN.md and no data: the shape every refusal below has. */
function expectRefused(res: Awaited<ReturnType<typeof postRaw>>, status = 400) {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.json?.errors?.[0]?.extensions?.code, res.text.slice(0, 300)).toBe('BAD_USER_INPUT');
  expect(res.json?.data ?? undefined).toBeUndefined();
}

describe('deep and wide documents', () => {
  /** `{ __type(name: "User") { ofType { ofType { … name } } } }`: a real, self-similar chain. */
  const nestedDocument = (levels: number) =>
    `{ __type(name: "User") { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } }`;

  it(`a document nested just under the token limit (${MAX_QUERY_TOKENS}) is refused by the depth limit, not a stack overflow`, async () => {
    const levels = Math.floor((MAX_QUERY_TOKENS - 20) / 3);
    const res = await postRaw(app.client(), JSON.stringify({ query: nestedDocument(levels) }));
    expectRefused(res);
    expect(res.json.errors![0].extensions).toMatchObject({
      reason: 'QUERY_TOO_COMPLEX',
      params: { limit: MAX_QUERY_DEPTH },
    });
  });

  it('a document nested 15,000 levels deep, or 2 MB wide, is refused at the token limit before it is parsed further', async () => {
    const deep = await postRaw(app.client(), JSON.stringify({ query: nestedDocument(15_000) }));
    const wide = await postRaw(admin, JSON.stringify({ query: `{ me { ${'id '.repeat(600_000)}} }` }));
    expect(JSON.stringify({ query: `{ me { ${'id '.repeat(600_000)}} }` }).length).toBeGreaterThan(1_800_000);

    for (const res of [deep, wide]) {
      expectRefused(res);
      expect(res.json.errors![0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'QUERY_TOO_COMPLEX',
        params: { limit: MAX_QUERY_TOKENS },
      });
    }
  });

  it('thousands of fragments spread into one selection are refused, not validated for minutes', async () => {
    const fragments = Array.from({ length: 2_000 }, (_, i) => `fragment F${i} on User { id name }`).join(' ');
    const spreads = Array.from({ length: 2_000 }, (_, i) => `...F${i}`).join(' ');
    expectRefused(await postRaw(admin, JSON.stringify({ query: `{ me { ${spreads} } } ${fragments}` })));
  });

  it("one field repeated under one name 1,900 times is refused by graphql's own guard on field merging", async () => {
    const res = await postRaw(admin, JSON.stringify({ query: `{ me { ${'id '.repeat(1_900)}} }` }));
    expectRefused(res);
    expect(res.json.errors![0].message).toBe('Validation aborted.');
  });

  it(`more than ${MAX_ALIASES_PER_FIELD} aliases of a field, also through fragments, are refused`, async () => {
    const half = Math.ceil((MAX_ALIASES_PER_FIELD + 1) / 2);
    const names = (prefix: string) => Array.from({ length: half }, (_, i) => `${prefix}${i}: name`).join(' ');
    const query = `{ me { ...A ... on User { ${names('b')} } } } fragment A on User { ${names('a')} }`;
    const res = await postRaw(admin, JSON.stringify({ query }));
    expectRefused(res);
    expect(res.json.errors![0].extensions).toMatchObject({ params: { limit: MAX_ALIASES_PER_FIELD, field: 'name' } });
  });
});

describe('NUL bytes', () => {
  it('in the document outside a string, in the operation name or in a variable name, are refused', async () => {
    const raw = await postRaw(app.client(), JSON.stringify({ query: '{ me\u0000 { id } }' }));
    const operationName = await postRaw(
      app.client(),
      JSON.stringify({ query: 'query A { me { id } }', operationName: 'A\u0000' }),
    );
    const variableName = await postRaw(
      admin,
      JSON.stringify({ query: SEARCH, variables: { q: 'x', 'extra\u0000': 'y' } }),
    );
    for (const res of [raw, operationName, variableName]) expectRefused(res);
  });
});

describe('batches, GET requests and the shape of the body', () => {
  const SET_LOCALE_EN = 'mutation { setMyLocale(locale: en) { id locale } }';
  let student: GqlClient;
  let studentId: string;
  const locale = async () =>
    (await sql<{ locale: string }>('SELECT locale FROM "user" WHERE id = $1', [studentId]))[0].locale;

  beforeAll(async () => {
    const created = await createUser();
    studentId = created.user.id;
    student = app.client();
    await student.login(created.email, created.password);
  });

  it('a batch of operations (a JSON array) is refused and none of them runs', async () => {
    const res = await postRaw(student, JSON.stringify([{ query: SET_LOCALE_EN }, { query: SET_LOCALE_EN }]));
    expect(res.status).toBe(400);
    expect(await locale()).toBe('nl');
  });

  it('a GET runs a query with the preflight header, never a mutation, and a 20 kB query string is refused', async () => {
    const headers = { 'apollo-require-preflight': 'true' };
    const query = await student.fetch(`/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers });
    const mutation = await student.fetch(`/graphql?query=${encodeURIComponent(SET_LOCALE_EN)}`, { headers });
    const huge = await student.fetch(`/graphql?query=${encodeURIComponent(`{ me { ${'id '.repeat(7_000)}} }`)}`, {
      headers,
    });

    expect(query.status).toBe(200);
    expect(mutation.status).toBe(405);
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
    expect(await locale()).toBe('nl');
  });

  it.each([
    ['text/plain', 400],
    ['application/xml', 400],
    ['application/graphql', 400],
    ['application/x-www-form-urlencoded', 400],
    ['application/json; charset=latin1', 415],
  ])('a mutation sent as %s is refused (%i) and does not run', async (contentType, status) => {
    const res = await postRaw(student, JSON.stringify({ query: SET_LOCALE_EN }), contentType);
    expect(res.status).toBe(status);
    expect(await locale()).toBe('nl');
  });

  it.each([
    ['null', 'null'],
    ['a string', '"{ me { id } }"'],
    ['a number', '42'],
    ['a query that is a number', '{"query": 42}'],
    ['a query that is a list', '{"query": ["{ me { id } }"]}'],
    ['variables that are a string', '{"query": "{ me { id } }", "variables": "{}"}'],
    ['an operation name that is an object', '{"query": "{ me { id } }", "operationName": {}}'],
    ['no query at all', '{"variables": {}}'],
  ])('a body that is %s is refused with 400', async (_, body) => {
    const res = await postRaw(student, body);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/node_modules|\.js:\d+|\.ts:\d+/);
  });

  it('a deeply nested value outside the variables (extensions, unknown keys) does no harm', async () => {
    const deep = nestedJson(15_000);
    for (const body of [
      `{"query":"{ me { id } }","extensions":${deep}}`,
      `{"query":"{ me { id } }","somethingElse":${deep}}`,
    ]) {
      const res = await postRaw(student, body);
      expect(res.status).toBeLessThan(500);
    }
  });
});
