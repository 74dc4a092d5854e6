import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@imh/common';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  BY_RECEIPT,
  DELETE,
  FIGURES,
  GRANT,
  NOTE,
  readyConfidant,
  RECOVER,
  REPLY,
  REPLY_BY_RECEIPT,
  RETENTION,
  signedIn,
  START,
  STATUS,
  THREAD,
  type Person,
} from './confidential-support';

let app: TestApp;
let writer: Person;
let confidant: Person;
let threadId: string;

beforeAll(async () => {
  app = await startTestApp();
  [writer, confidant] = await Promise.all([signedIn(app, [Role.STUDENT]), readyConfidant(app)]);
  const res = await writer.client.gql(START, {
    input: { subject: 'Cijfers', body: 'Inhoud', anonymous: false, confidantIds: [confidant.user.id] },
  });
  threadId = res.data!.startConfidentialThread.thread.id;
});
afterAll(async () => {
  await app?.close();
});

describe('annual figures', () => {
  it('count threads by month, status and writer kind, with the median time to a first answer; no content', async () => {
    await sql(`UPDATE confidential_thread SET created_at = now() - interval '3 hours' WHERE id = $1`, [threadId]);
    await confidant.client.gql(REPLY, { input: { threadId, body: 'Antwoord' } });
    const year = new Date().getUTCFullYear();
    const res = await confidant.client.gql(FIGURES, { year });
    const figures = res.data!.confidentialFigures;
    expect(figures.byMonth).toHaveLength(12);
    expect(figures.byMonth.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBeGreaterThanOrEqual(1);
    expect(figures.byWriterKind.map((k: { key: string }) => k.key)).toContain('STUDENT');
    // Over every thread of the year in the shared test database: a number, not null.
    expect(figures.medianHoursToFirstAnswer).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(figures)).not.toContain('Cijfers');
  });

  it('are for confidants only, for a sane year', async () => {
    expectError(await writer.client.gql(FIGURES, { year: 2026 }), 'FORBIDDEN', 'NOT_A_CONFIDANT');
    expectError(await app.client().gql(FIGURES, { year: 2026 }), 'UNAUTHENTICATED');
    expectError(await confidant.client.gql(FIGURES, { year: -271821 }), 'BAD_USER_INPUT');
  });
});

describe('hostile inputs: always a clear refusal, never a server error, nothing written', () => {
  const values = (kind: 'text' | 'id' | 'int' | 'bool') => {
    const common = [null, '', 'x'.repeat(10 * 1024), 'x'.repeat(1024 * 1024), 'a\u0000b', 42, true, { a: 1 }, ['x']];
    if (kind === 'int') return [...common, -1, 0, 2 ** 31, 1.5, Number.MAX_SAFE_INTEGER];
    if (kind === 'id') return [...common, '00000000-0000-4000-8000-000000000000', "1' OR '1'='1"];
    return common;
  };

  const cases: {
    name: string;
    query: string;
    vars: (v: unknown) => Record<string, unknown>;
    kind: 'text' | 'id' | 'int' | 'bool';
  }[] = [
    {
      name: 'start.subject',
      query: START,
      kind: 'text',
      vars: (v) => ({ input: { subject: v, body: 'b', anonymous: false, confidantIds: [confidant.user.id] } }),
    },
    {
      name: 'start.body',
      query: START,
      kind: 'text',
      vars: (v) => ({ input: { subject: 's', body: v, anonymous: false, confidantIds: [confidant.user.id] } }),
    },
    {
      name: 'start.anonymous',
      query: START,
      kind: 'bool',
      vars: (v) => ({ input: { subject: 's', body: 'b', anonymous: v } }),
    },
    {
      name: 'start.confidantIds',
      query: START,
      kind: 'id',
      vars: (v) => ({ input: { subject: 's', body: 'b', anonymous: false, confidantIds: [v] } }),
    },
    { name: 'reply.threadId', query: REPLY, kind: 'id', vars: (v) => ({ input: { threadId: v, body: 'b' } }) },
    { name: 'reply.body', query: REPLY, kind: 'text', vars: (v) => ({ input: { threadId, body: v } }) },
    { name: 'thread.id', query: THREAD, kind: 'id', vars: (v) => ({ id: v }) },
    { name: 'receipt', query: BY_RECEIPT, kind: 'text', vars: (v) => ({ receipt: v }) },
    {
      name: 'replyByReceipt',
      query: REPLY_BY_RECEIPT,
      kind: 'text',
      vars: (v) => ({ input: { receipt: v, body: 'b' } }),
    },
    {
      name: 'status.version',
      query: STATUS,
      kind: 'int',
      vars: (v) => ({ input: { threadId, status: 'CLOSED', version: v } }),
    },
    {
      name: 'status.status',
      query: STATUS,
      kind: 'text',
      vars: (v) => ({ input: { threadId, status: v, version: 1 } }),
    },
    { name: 'note.body', query: NOTE, kind: 'text', vars: (v) => ({ input: { threadId, body: v } }) },
    { name: 'retention.days', query: RETENTION, kind: 'int', vars: (v) => ({ input: { threadId, days: v } }) },
    { name: 'delete.id', query: DELETE, kind: 'id', vars: (v) => ({ id: v }) },
    { name: 'grant.id', query: GRANT, kind: 'id', vars: (v) => ({ id: v }) },
    { name: 'recover.key', query: RECOVER, kind: 'text', vars: (v) => ({ key: v }) },
  ];

  it('answers every hostile value with a code from the set', async () => {
    const allowed = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'RATE_LIMITED', 'UNAUTHENTICATED'];
    const before = await sql<{ n: number }>('SELECT count(*)::int AS n FROM confidential_message');
    const stray: string[] = [];
    for (const c of cases) {
      // The writer for writer operations, the confidant for the confidant's.
      const client = ['status', 'note', 'retention', 'grant', 'recover'].some((p) => c.name.startsWith(p))
        ? confidant.client
        : writer.client;
      for (const value of values(c.kind)) {
        const res = await client.gql(c.query, c.vars(value));
        expect(res.status, `${c.name} = ${JSON.stringify(value)?.slice(0, 40)}`).toBeLessThan(500);
        const code = res.errors?.[0]?.extensions?.code;
        if (res.errors && !allowed.includes(code as string))
          stray.push(`${c.name}=${JSON.stringify(value)?.slice(0, 40)}: ${code}`);
        if (res.errors) expect(JSON.stringify(res.errors)).not.toMatch(/SELECT|INSERT|confidential_/);
      }
    }
    expect(stray).toEqual([]);
    // Only valid inputs wrote: the few values that are a real message (42 as a number is refused by type).
    const after = await sql<{ n: number }>('SELECT count(*)::int AS n FROM confidential_message');
    expect(after[0].n - before[0].n).toBeLessThan(10);
  });

  it('two concurrent replies both land, in order, without a duplicate position', async () => {
    const results = await Promise.all(
      ['één', 'twee', 'drie'].map((body) => writer.client.gql(REPLY, { input: { threadId, body } })),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const rows = await sql<{ position: number }>(
      'SELECT position FROM confidential_message WHERE thread_id = $1 ORDER BY position',
      [threadId],
    );
    expect(new Set(rows.map((r) => r.position)).size).toBe(rows.length);
  });
});
