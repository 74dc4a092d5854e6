// Catalogue test data made straight in the database, and the GraphQL documents the catalogue
// specs send. Tracks are unique per code and files share one database, so each test that
// needs a track calls `resetTrack`, which empties it: files run one by one, tests in order.
import { testDb, sql } from '../support/database';

export type TrackCode = 'CORE' | 'GENERALIST' | 'SPECIALIST';

const TITLES: Record<TrackCode, string> = {
  CORE: 'IMH-kerncursus',
  GENERALIST: 'Route IMH generalist',
  SPECIALIST: 'Route IMH specialist',
};

/** The published track with this code (routes require the core), created if missing. */
export async function ensureTrack(code: TrackCode): Promise<string> {
  const core = code === 'CORE' ? null : await ensureTrack('CORE');
  const [row] = await sql<{ id: string }>(
    `INSERT INTO track (code, title, status, requires_track_id) VALUES ($1, $2, 'PUBLISHED', $3)
     ON CONFLICT (code) DO UPDATE SET status = 'PUBLISHED', requires_track_id = EXCLUDED.requires_track_id
     RETURNING id`,
    [code, TITLES[code], core],
  );
  return row.id;
}

/**
 * The track, published and without modules (their lessons, assignments and prerequisites go too).
 * Records refuse the delete of what they hang on (RESTRICT), so the student work earlier files
 * left in the track is cleared first: test housekeeping, the one place records are removed.
 */
export async function resetTrack(code: TrackCode): Promise<string> {
  const id = await ensureTrack(code);
  const submissions = `SELECT s.id FROM submission s JOIN assignment a ON a.id = s.assignment_id
                         JOIN module m ON m.id = a.module_id WHERE m.track_id = $1`;
  await sql(`DELETE FROM grade WHERE submission_id IN (${submissions})`, [id]);
  await sql(`DELETE FROM submission_file WHERE submission_id IN (${submissions})`, [id]);
  await sql(`DELETE FROM submission WHERE id IN (${submissions})`, [id]);
  await sql(
    `DELETE FROM lesson_progress WHERE lesson_id IN
       (SELECT l.id FROM lesson l JOIN module m ON m.id = l.module_id WHERE m.track_id = $1)`,
    [id],
  );
  await sql('DELETE FROM module WHERE track_id = $1', [id]);
  return id;
}

export interface ModuleFixture {
  id: string;
  title: string;
  lessonIds: string[];
}

export async function createModule(
  trackId: string,
  options: {
    title?: string;
    lessons?: number;
    status?: 'DRAFT' | 'PUBLISHED';
    prerequisiteIds?: string[];
    body?: string;
  } = {},
): Promise<ModuleFixture> {
  const db = await testDb();
  return db.transaction(async (manager) => {
    const [{ position }] = await manager.query(
      'SELECT COALESCE(MAX(position) + 1, 0) AS position FROM module WHERE track_id = $1',
      [trackId],
    );
    const title = options.title ?? `Module ${position + 1}`;
    const [module] = await manager.query(
      `INSERT INTO module (track_id, position, title, summary, study_hours, accreditation_points, learning_goals, status)
       VALUES ($1, $2, $3, 'Samenvatting', 4, 2, '{"Doel"}', $4) RETURNING id`,
      [trackId, position, title, options.status ?? 'PUBLISHED'],
    );
    const lessonIds: string[] = [];
    for (let i = 0; i < (options.lessons ?? 2); i++) {
      const [lesson] = await manager.query(
        'INSERT INTO lesson (module_id, position, title, body) VALUES ($1, $2, $3, $4) RETURNING id',
        [module.id, i, `${title} – les ${i + 1}`, options.body ?? `Tekst van les ${i + 1}.`],
      );
      lessonIds.push(lesson.id);
    }
    for (const prerequisite of options.prerequisiteIds ?? []) {
      await manager.query('INSERT INTO module_prerequisite (module_id, prerequisite_id) VALUES ($1, $2)', [
        module.id,
        prerequisite,
      ]);
    }
    return { id: module.id, title, lessonIds };
  });
}

export async function enrol(
  studentId: string,
  trackId: string,
  status: 'ACTIVE' | 'COMPLETED' | 'WITHDRAWN' = 'ACTIVE',
): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO enrollment (student_id, track_id, status, completed_at)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [studentId, trackId, status, status === 'COMPLETED' ? new Date() : null],
  );
  return row.id;
}

export async function markDone(studentId: string, lessonIds: string[]): Promise<void> {
  for (const lessonId of lessonIds) {
    await sql('INSERT INTO lesson_progress (student_id, lesson_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      studentId,
      lessonId,
    ]);
  }
}

export const MY_LEARNING = `{
  myLearning {
    continueLesson { lessonId lessonTitle moduleId moduleTitle trackId }
    enrollments {
      enrollment { id status completedAt }
      track { id code title }
      completedModules totalModules progressPercent
      nextLesson { lessonId moduleId }
      modules {
        id title position lessonCount lessonsCompleted progressPercent completed locked
        unlockedBy { id title completed }
        lessons { id title completed locked }
        nextLessonId
      }
    }
    otherTracks { track { code } canEnroll blockedReason requiresTrack { code } }
  }
}`;

export const LESSON = `query Lesson($id: ID!) {
  lesson(id: $id) { id title body bodyHtml videoUrl completed attachments { id originalName mimeType size downloadPath } }
}`;

export const COMPLETE_LESSON = `mutation Complete($lessonId: ID!) {
  completeLesson(lessonId: $lessonId) {
    lessonId
    module { id completed progressPercent lessonsCompleted }
    enrollment { enrollment { status completedAt } completedModules totalModules progressPercent }
  }
}`;

export const ENROLL_IN_TRACK = `mutation Enrol($trackId: ID!) { enrollInTrack(trackId: $trackId) { id status trackId } }`;

export const ENROLL_STUDENT = `mutation EnrolStudent($input: EnrollStudentInput!) {
  enrollStudent(input: $input) { id status trackId studentId student { email } }
}`;

export const CREATE_MODULE = `mutation CreateModule($input: CreateModuleInput!) {
  createModule(input: $input) { id title status position studyHours accreditationPoints learningGoals }
}`;

export const UPDATE_MODULE = `mutation UpdateModule($input: UpdateModuleInput!) {
  updateModule(input: $input) { id prerequisites { id title } }
}`;

export const CREATE_LESSON = `mutation CreateLesson($input: CreateLessonInput!) {
  createLesson(input: $input) { id title position body bodyHtml videoUrl }
}`;

export const PUBLISH_MODULE = `mutation Publish($id: ID!) { publishModule(id: $id) { id status } }`;

export const ATTACH_FILE = `mutation Attach($lessonId: ID!, $fileId: ID!) {
  attachFileToLesson(lessonId: $lessonId, fileId: $fileId) { id attachments { id originalName } }
}`;

export const LEARNING_MODULE = `query LearningModule($id: ID!) {
  learningModule(id: $id) { id title preview locked lessonCount lessons { id title locked completed } }
}`;
