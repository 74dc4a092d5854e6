// Every certification mutation with each argument null, empty, over-long (10 kB and 1 MB), of the
// wrong type, out of range and with a NUL byte: each answer is a GraphQL error with a code from
// DESIGN.md (never INTERNAL_SERVER_ERROR, no stack, no SQL) or, for a body over the API's request
// limit, HTTP 413 before GraphQL; and no certificate or audit row is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../support/database';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { finishedStudent, ISSUE, programme, REISSUE, REVOKE, signedInAdmin } from './certification-fixtures';

const CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED'];

const HOSTILE: [string, unknown][] = [
  ['null', null],
  ['empty', ''],
  ['10 kB', 'x'.repeat(10 * 1024)],
  ['1 MB', 'x'.repeat(1024 * 1024)],
  ['a number', 42],
  ['an object', { id: 1 }],
  ['a list', ['a']],
  ['NUL', 'a\u0000b'],
  ['a uuid of nothing', '00000000-0000-4000-8000-000000000000'],
  ['SQL', "'; DROP TABLE certificate; --"],
];

let app: TestApp;
let admin: GqlClient;
let valid: { studentId: string; trackId: string; certificateId: string };

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInAdmin(app);
  const p = await programme();
  const holder = await finishedStudent(p.core, p.coreModules);
  const issued = await admin.gql(ISSUE, { input: { studentId: holder.user.id, trackId: p.core } });
  const other = await finishedStudent(p.core, p.coreModules);
  valid = { studentId: other.user.id, trackId: p.core, certificateId: issued.data!.issueCertificate.id };
});
afterAll(async () => {
  await app?.close();
});

const MUTATIONS: { name: string; document: string; fields: string[]; input: () => Record<string, unknown> }[] = [
  {
    name: 'issueCertificate',
    fields: ['studentId', 'trackId'],
    document: ISSUE,
    input: () => ({ studentId: valid.studentId, trackId: valid.trackId }),
  },
  {
    name: 'revokeCertificate',
    fields: ['certificateId', 'reason'],
    document: REVOKE,
    input: () => ({ certificateId: valid.certificateId, reason: 'Een reden' }),
  },
  {
    name: 'reissueCertificate',
    fields: ['certificateId', 'reason'],
    document: REISSUE,
    input: () => ({ certificateId: valid.certificateId, reason: 'Een reden' }),
  },
];

describe.each(MUTATIONS)('$name', ({ document, fields, input }) => {
  it.each(fields)('refuses hostile values of %s', async (field) => {
    const before = await countRows('SELECT count(*) FROM certificate');
    const audits = await countRows(`SELECT count(*) FROM audit_event WHERE action LIKE 'certificate.%'`);
    // A reason is free text: a uuid or SQL-looking words are a valid reason, not hostile.
    const values =
      field === 'reason' ? HOSTILE.filter(([label]) => label !== 'a uuid of nothing' && label !== 'SQL') : HOSTILE;
    for (const [label, value] of values) {
      const res = await admin.gql(document, { input: { ...input(), [field]: value } });
      const where = `${field} = ${label}: HTTP ${res.status} ${JSON.stringify(res.errors ?? res.data)?.slice(0, 300)}`;
      // The API turns away a 1 MB request body before GraphQL reads it (413, Payload Too Large).
      if (label === '1 MB' && res.status === 413) continue;
      expect(res.errors, where).toHaveLength(1);
      expect(CODES, `${where}: ${JSON.stringify(res.errors)}`).toContain(res.errors![0].extensions?.code);
      expect(JSON.stringify(res.errors), where).not.toMatch(/stacktrace|SELECT|INSERT|UPDATE|QueryFailedError/);
    }
    expect(await countRows('SELECT count(*) FROM certificate')).toBe(before);
    expect(await countRows(`SELECT count(*) FROM audit_event WHERE action LIKE 'certificate.%'`)).toBe(audits);
  });
});
