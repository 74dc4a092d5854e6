// Requests an attacker or a broken client sends to /graphql: huge or deeply nested variables,
// oversized bodies. Each is refused as the client's mistake (4xx, a code from DESIGN.md),
// never a 500, never a stack trace (GqlClient.fetch checks every body), and nothing runs.
import { Logger } from '@nestjs/common';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_JSON_BODY_BYTES } from '../../../apps/api/src/bootstrap';
import { MAX_VARIABLE_DEPTH, MAX_VARIABLE_VALUES } from '../../../apps/api/src/graphql/query-limits.plugin';
import { expectError } from '../support/expect-error';
import { createAdmin } from '../support/factories';
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
    json: json as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] },
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
