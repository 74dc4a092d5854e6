import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { LearningState, ModuleCompletionRule, renderMarkdown, Track } from '@imh/catalogue';
import { createTestDatabase, dataSourceOptions, seedDemo, type TestDatabase } from '@imh/database';
import { loadMigrationsWithSwc } from '../support/load-migrations';

// The demo seed gets a database of its own: its tracks and users must not mix with the
// run's shared database, where other files reset tracks as they need them.
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
  dataSource.query(`SELECT
      (SELECT count(*) FROM track)::int AS tracks, (SELECT count(*) FROM module)::int AS modules,
      (SELECT count(*) FROM lesson)::int AS lessons, (SELECT count(*) FROM enrollment)::int AS enrollments,
      (SELECT count(*) FROM lesson_progress)::int AS progress, (SELECT count(*) FROM module_prerequisite)::int AS prerequisites`);

describe('the demo catalogue', () => {
  it('has the three tracks with 3–5 modules of 2–3 Dutch lessons each; the routes require the core', async () => {
    const tracks: { code: string; title: string; requires: string | null; modules: number }[] = await dataSource.query(
      `SELECT t.code, t.title, r.code AS requires, (SELECT count(*) FROM module m WHERE m.track_id = t.id)::int AS modules
         FROM track t LEFT JOIN track r ON r.id = t.requires_track_id ORDER BY t.code`,
    );
    expect(tracks).toEqual([
      { code: 'CORE', title: 'IMH-kerncursus', requires: null, modules: 4 },
      { code: 'GENERALIST', title: 'Route IMH generalist', requires: 'CORE', modules: 3 },
      { code: 'SPECIALIST', title: 'Route IMH specialist', requires: 'CORE', modules: 4 },
    ]);
    const lessons: { count: number; shortest: number }[] = await dataSource.query(
      `SELECT count(l.id)::int AS count, min(length(l.body))::int AS shortest
         FROM module m JOIN lesson l ON l.module_id = m.id WHERE m.status = 'PUBLISHED' GROUP BY m.id`,
    );
    for (const module of lessons) {
      expect(module.count).toBeGreaterThanOrEqual(2);
      expect(module.count).toBeLessThanOrEqual(3);
      expect(module.shortest).toBeGreaterThan(900);
    }
    const [lesson] = await dataSource.query(`SELECT body FROM lesson WHERE title = 'Goed genoeg ouderschap'`);
    expect(renderMarkdown(lesson.body)).toContain('<strong>goed genoeg ouderschap</strong>');
  });

  it('has the demo student part-way through the core, with a locked module that says what unlocks it', async () => {
    const [student] = await dataSource.query(`SELECT id FROM "user" WHERE email = 'student@imh.test'`);
    const core = await dataSource.getRepository(Track).findOneByOrFail({ code: 'CORE' as never });
    const state = await LearningState.load(dataSource.manager, new ModuleCompletionRule(), student.id, [core.id]);
    const [enrollment] = await dataSource.query('SELECT * FROM enrollment WHERE student_id = $1', [student.id]);
    const view = state.enrollmentView(enrollment, core);
    expect(view).toMatchObject({ completedModules: 1, totalModules: 4, progressPercent: 25 });
    expect(view.modules.map((m) => [m.title, m.progressPercent, m.locked])).toEqual([
      ['De eerste 1001 dagen', 100, false],
      ['Hechting en de ouder-kindrelatie', 33, false],
      ['Observeren op ooghoogte van het kind', 0, true],
      ['Multi- en transdisciplinair werken', 0, false],
    ]);
    expect(view.modules[2].unlockedBy.map((m) => m.title)).toEqual(['Hechting en de ouder-kindrelatie']);
    expect(view.nextLesson).toMatchObject({
      moduleTitle: 'Hechting en de ouder-kindrelatie',
      lessonTitle: 'Sensitief en responsief ouderschap',
    });
  });

  it('can run again without adding anything', async () => {
    const before = await counts();
    await seedDemo(dataSource, { demoPassword: 'demo-password-123' });
    expect(await counts()).toEqual(before);
  });
});
