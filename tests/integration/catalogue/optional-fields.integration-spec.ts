// One rule for optional input fields (dto/common.ts): each is either omittable (null refused,
// BAD_USER_INPUT naming the field) or clearable (null clears it, where the column allows null).
// Never "nullable in the schema, NOT NULL in the table", which answered INTERNAL_SERVER_ERROR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../support/database';
import { expectError } from '../support/expect-error';
import { createAdmin } from '../support/factories';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { signIn } from '../assignments/assignment-fixtures';
import { createModule, ensureTrack, resetTrack } from './catalogue-fixtures';

let app: TestApp;
let admin: GqlClient;
let specialistValidity: unknown;

beforeAll(async () => {
  app = await startTestApp();
  admin = await signIn(app, await createAdmin());
  const [row] = await sql<{ months: unknown }>(
    'SELECT certificate_validity_months AS months FROM track WHERE id = $1',
    [await ensureTrack('SPECIALIST')],
  );
  specialistValidity = row.months;
});
afterAll(async () => {
  await sql(`UPDATE track SET certificate_validity_months = $1 WHERE code = 'SPECIALIST'`, [specialistValidity]);
  await app?.close();
});

type Rule = 'omittable' | 'clearable';

/** Every nullable field of the catalogue's inputs and what null means for it: the one table. */
const FIELDS: Record<string, Record<string, Rule>> = {
  CreateTrackInput: { certificateValidityMonths: 'clearable', requiresTrackId: 'clearable' },
  UpdateTrackInput: {
    title: 'omittable',
    description: 'omittable',
    targetAudience: 'omittable',
    certificateValidityMonths: 'clearable',
    requiresTrackId: 'clearable',
  },
  CreateModuleInput: {},
  UpdateModuleInput: {
    title: 'omittable',
    summary: 'omittable',
    studyHours: 'omittable',
    accreditationPoints: 'omittable',
    learningGoals: 'omittable',
    prerequisiteIds: 'omittable',
  },
  CreateLessonInput: { videoUrl: 'clearable' },
  UpdateLessonInput: { title: 'omittable', body: 'omittable', videoUrl: 'clearable' },
  ReorderInput: {},
  EnrollStudentInput: {},
};

const MUTATIONS = {
  UpdateTrackInput: `mutation M($input: UpdateTrackInput!) { updateTrack(input: $input) { id } }`,
  UpdateModuleInput: `mutation M($input: UpdateModuleInput!) { updateModule(input: $input) { id } }`,
  UpdateLessonInput: `mutation M($input: UpdateLessonInput!) { updateLesson(input: $input) { id } }`,
  CreateLessonInput: `mutation M($input: CreateLessonInput!) { createLesson(input: $input) { id } }`,
} as const;

/** Where each clearable field is stored, to check that null cleared it. */
const COLUMNS: Record<string, string> = {
  certificateValidityMonths: 'certificate_validity_months',
  requiresTrackId: 'requires_track_id',
  videoUrl: 'video_url',
};

const TABLES: Record<keyof typeof MUTATIONS, string> = {
  UpdateTrackInput: 'track',
  UpdateModuleInput: 'module',
  UpdateLessonInput: 'lesson',
  CreateLessonInput: 'lesson',
};

describe('optional input fields', () => {
  it('the table above lists every nullable field of the catalogue inputs in the schema', async () => {
    for (const name of Object.keys(FIELDS)) {
      const { data } = await admin.gql<{ __type: { inputFields: { name: string; type: { kind: string } }[] } }>(
        `query T($name: String!) { __type(name: $name) { inputFields { name type { kind } } } }`,
        { name },
      );
      const nullable = data!.__type.inputFields.filter((f) => f.type.kind !== 'NON_NULL').map((f) => f.name);
      expect(nullable.sort(), name).toEqual(Object.keys(FIELDS[name]).sort());
    }
  });

  describe.each(Object.keys(MUTATIONS) as (keyof typeof MUTATIONS)[])('%s', (inputType) => {
    it.each(Object.entries(FIELDS[inputType]))('%s: null is %s', async (field, rule) => {
      const ids = await subjects();
      const base =
        inputType === 'CreateLessonInput'
          ? { moduleId: ids.module, title: 'Nieuwe les' }
          : {
              id: { UpdateTrackInput: ids.track, UpdateModuleInput: ids.module, UpdateLessonInput: ids.lesson }[
                inputType
              ],
            };
      const table = TABLES[inputType];
      const id = 'id' in base ? base.id : undefined;
      const before = id ? await sql(`SELECT * FROM ${table} WHERE id = $1`, [id]) : [];
      const res = await admin.gql(MUTATIONS[inputType], { input: { ...base, [field]: null } });
      if (rule === 'omittable') {
        const error = expectError(res, 'BAD_USER_INPUT', 'VALIDATION_FAILED');
        expect(Object.keys(error.extensions?.fields ?? {})).toContain(field);
        // Nothing was written.
        expect(await sql(`SELECT * FROM ${table} WHERE id = $1`, [id])).toEqual(before);
      } else {
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        const written = Object.values(res.data!)[0] as { id: string };
        const [row] = await sql<Record<string, unknown>>(
          `SELECT ${COLUMNS[field]} AS value FROM ${table} WHERE id = $1`,
          [written.id],
        );
        expect(row.value).toBeNull();
      }
    });
  });

  it('left out, every omittable field keeps its value', async () => {
    const ids = await subjects();
    const before = await sql('SELECT * FROM module WHERE id = $1', [ids.module]);
    const res = await admin.gql(MUTATIONS.UpdateModuleInput, { input: { id: ids.module } });
    expect(res.errors).toBeUndefined();
    const [after] = await sql<Record<string, unknown>>('SELECT * FROM module WHERE id = $1', [ids.module]);
    expect({ ...after, updated_at: null }).toEqual({ ...before[0], updated_at: null });
  });
});

/** A fresh module with a lesson in the core, and the specialist track (its validity restored after use). */
async function subjects() {
  const core = await resetTrack('CORE');
  const module = await createModule(core, { title: 'Regulatie', lessons: 1 });
  await sql(`UPDATE lesson SET video_url = 'https://video.example.org/x' WHERE id = $1`, [module.lessonIds[0]]);
  const track = await ensureTrack('SPECIALIST');
  await sql('UPDATE track SET certificate_validity_months = 36 WHERE id = $1', [track]);
  return { track, module: module.id, lesson: module.lessonIds[0] };
}
