// Keeps the SQL statements of each benchmark scenario (tests/perf/scenarios.ts) from growing:
// a small academy is seeded in a database of this file's own (the seed fills whole tables), and
// each scenario's request, sent as the portal sends it, may run at most the statements recorded
// in tests/perf/sql-counts.json. Fewer is fine (lower the figure then); more fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@imh/database';
import { hashPassword } from '@imh/identity';
import { prepareAcademy, type Sessions } from '../../perf/academy';
import { SCENARIOS, type ScenarioContext } from '../../perf/scenarios';
import { academySize, aVerificationCode, BENCH_PASSWORD, seedAcademy } from '../../perf/seed';
import { loadMigrationsWithSwc } from '../support/load-migrations';
import { GqlClient, startTestApp, type TestApp } from '../support/test-app';

const RECORDED: Record<string, number> = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'perf', 'sql-counts.json'), 'utf8'),
);

let db: TestDatabase;
let app: TestApp;
let sessions: Sessions;
let ctx: ScenarioContext;

beforeAll(async () => {
  loadMigrationsWithSwc();
  db = await createTestDatabase();
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    await seedAcademy(client, academySize(0.01), await hashPassword(BENCH_PASSWORD));
    ctx = { verificationCode: await aVerificationCode(client) };
  } finally {
    await client.end();
  }
  app = await startTestApp({ env: { DATABASE_URL: db.url } });
  sessions = await prepareAcademy(app.url, 3);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('SQL statements per benchmark scenario', () => {
  it('has a recorded figure for every scenario', () => {
    expect(Object.keys(RECORDED).sort()).toEqual(SCENARIOS.map((s) => s.name).sort());
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: at most ${RECORDED[scenario.name]}`, async () => {
      const client = new GqlClient(app.url);
      if (sessions[scenario.persona]) client.cookies.set('imh_session', sessionToken(sessions[scenario.persona]));
      const send = async () => {
        const res = await client.gql(scenario.query, scenario.variables?.(ctx));
        expect(res.errors).toBeUndefined();
        return res;
      };
      await send(); // the session's last-seen touch must not land in the count
      const { count, queries } = await app.sql.count(send);
      expect(count, queries.join('\n')).toBeLessThanOrEqual(RECORDED[scenario.name]);
    });
  }
});

function sessionToken(cookie: string): string {
  const pair = cookie.split('; ').find((c) => c.startsWith('imh_session='));
  if (!pair) throw new Error(`No session cookie in ${cookie}`);
  return pair.slice('imh_session='.length);
}
