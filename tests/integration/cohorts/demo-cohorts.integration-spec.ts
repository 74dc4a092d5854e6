import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { proposeGroups } from '@imh/cohorts';
import { createTestDatabase, dataSourceOptions, seedDemo, type TestDatabase } from '@imh/database';
import { loadMigrationsWithSwc } from '../support/load-migrations';

// The demo seed gets a database of its own: its users and cohorts must not mix with the run's
// shared database.
let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  loadMigrationsWithSwc();
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(database.url, { migrations: [] })).initialize();
  await seedDemo(dataSource, { demoPassword: 'demo-password-123' });
}, 60_000);
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const counts = async () =>
  (
    await dataSource.query(`SELECT
      (SELECT count(*) FROM "user")::int AS users, (SELECT count(*) FROM enrollment)::int AS enrollments,
      (SELECT count(*) FROM cohort)::int AS cohorts, (SELECT count(*) FROM cohort_member)::int AS members,
      (SELECT count(*) FROM cohort_docent)::int AS docents, (SELECT count(*) FROM cohort_meeting)::int AS meetings`)
  )[0];

describe('the demo cohorts', () => {
  it('leave a pool of 24 core students of many disciplines and organisations to form groups from', async () => {
    const pool: { id: string; disciplineId: string; organisationId: string | null }[] = await dataSource.query(
      `SELECT u.id, u.discipline_id AS "disciplineId", u.organisation_id AS "organisationId"
         FROM enrollment e JOIN track t ON t.id = e.track_id JOIN "user" u ON u.id = e.student_id
        WHERE t.code = 'CORE' AND e.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM cohort_member m WHERE m.student_id = u.id AND m.track_id = t.id)`,
    );
    expect(pool).toHaveLength(24);
    expect(new Set(pool.map((s) => s.disciplineId)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(pool.map((s) => s.organisationId).filter(Boolean)).size).toBe(6);
    expect(pool.filter((s) => s.organisationId === null).length).toBeGreaterThanOrEqual(4);

    const proposal = proposeGroups({ pool, bounds: { minSize: 10, maxSize: 14 }, mode: 'OPEN' }, { seed: 1 });
    expect(proposal.groups.map((g) => g.size)).toEqual([12, 12]);
  });

  it('hold a running core cohort with the demo student and two fellow students, taught by the demo docent, with three meetings', async () => {
    const [cohort] = await dataSource.query(
      `SELECT c.id, c.name, c.status, c.mode, t.code, c.starts_on <= current_date AND current_date <= c.ends_on AS running
         FROM cohort c JOIN track t ON t.id = c.track_id`,
    );
    expect(cohort).toMatchObject({ name: 'Kerncursus – lesgroep A', status: 'ACTIVE', mode: 'OPEN', code: 'CORE' });
    expect(cohort.running).toBe(true);
    const people = await dataSource.query(
      `SELECT u.email, 'STUDENT' AS role FROM cohort_member m JOIN "user" u ON u.id = m.student_id WHERE m.cohort_id = $1
       UNION ALL
       SELECT u.email, 'DOCENT' FROM cohort_docent d JOIN "user" u ON u.id = d.docent_id WHERE d.cohort_id = $1
       ORDER BY role DESC, email`,
      [cohort.id],
    );
    expect(people).toEqual([
      { email: 'joost.verhoeven@imh.test', role: 'STUDENT' },
      { email: 'meryem.aydin@imh.test', role: 'STUDENT' },
      { email: 'student@imh.test', role: 'STUDENT' },
      { email: 'docent@imh.test', role: 'DOCENT' },
    ]);
    const meetings = await dataSource.query(
      `SELECT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS time, place, online_url AS "onlineUrl"
         FROM cohort_meeting WHERE cohort_id = $1 ORDER BY starts_at`,
      [cohort.id],
    );
    expect(meetings).toHaveLength(3);
    expect(meetings.every((m: { time: string }) => m.time === '09:30')).toBe(true);
    expect(meetings[1]).toMatchObject({ place: null, onlineUrl: 'https://meet.imh.test/kerncursus-a' });
  });

  it('can be seeded again without adding anything', async () => {
    const before = await counts();
    await seedDemo(dataSource, { demoPassword: 'demo-password-123' });
    expect(await counts()).toEqual(before);
  });
});
