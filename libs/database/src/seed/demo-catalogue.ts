import type { EntityManager } from 'typeorm';
import { CORE_TRACK } from './demo-catalogue-core';
import { GENERALIST_TRACK, SPECIALIST_TRACK } from './demo-catalogue-routes';

export interface DemoLesson {
  title: string;
  body: string;
  videoUrl?: string;
}

export interface DemoModule {
  title: string;
  summary: string;
  studyHours: number;
  accreditationPoints: number;
  learningGoals: string[];
  /** Titles of modules (in any demo track) to complete first. */
  prerequisites?: string[];
  /** Left as a draft, so admins see one in the authoring screens. */
  draft?: boolean;
  lessons: DemoLesson[];
}

export interface DemoTrack {
  code: 'CORE' | 'GENERALIST' | 'SPECIALIST';
  title: string;
  description: string;
  targetAudience: string;
  certificateValidityMonths: number | null;
  modules: DemoModule[];
}

export const DEMO_TRACKS: DemoTrack[] = [CORE_TRACK, GENERALIST_TRACK, SPECIALIST_TRACK];

/** The demo student has finished the first core module and the first lesson of the second. */
export const DEMO_STUDENT_PROGRESS: { module: string; lessons: number }[] = [
  { module: 'De eerste 1001 dagen', lessons: 3 },
  { module: 'Hechting en de ouder-kindrelatie', lessons: 1 },
];

/**
 * Seeds the three tracks with their modules and lessons, enrols the demo student in the core
 * and records some progress. Idempotent: tracks are matched by code, modules by track and
 * title, lessons by module and title; existing rows get the current demo text, nothing an
 * admin added is removed, and progress is only ever added.
 */
export async function seedDemoCatalogue(manager: EntityManager, studentEmail: string): Promise<void> {
  const trackIds = new Map<string, string>();
  for (const track of DEMO_TRACKS) {
    const requires = track.code === 'CORE' ? null : trackIds.get('CORE')!;
    const [row] = await manager.query(
      `INSERT INTO track (code, title, description, target_audience, certificate_validity_months, requires_track_id, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'PUBLISHED')
       ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
         target_audience = EXCLUDED.target_audience, certificate_validity_months = EXCLUDED.certificate_validity_months,
         requires_track_id = EXCLUDED.requires_track_id
       RETURNING id`,
      [track.code, track.title, track.description, track.targetAudience, track.certificateValidityMonths, requires],
    );
    trackIds.set(track.code, row.id);
  }

  const moduleIds = new Map<string, string>();
  const lessonIds = new Map<string, string[]>();
  for (const track of DEMO_TRACKS) {
    const trackId = trackIds.get(track.code)!;
    for (const [position, module] of track.modules.entries()) {
      const [existing] = await manager.query('SELECT id FROM module WHERE track_id = $1 AND title = $2', [
        trackId,
        module.title,
      ]);
      const values = [module.summary, module.studyHours, module.accreditationPoints, module.learningGoals];
      let id: string;
      if (existing) {
        id = existing.id;
        await manager.query(
          'UPDATE module SET summary = $2, study_hours = $3, accreditation_points = $4, learning_goals = $5 WHERE id = $1',
          [id, ...values],
        );
      } else {
        const [inserted] = await manager.query(
          `INSERT INTO module (track_id, position, title, summary, study_hours, accreditation_points, learning_goals, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [trackId, position, module.title, ...values, module.draft ? 'DRAFT' : 'PUBLISHED'],
        );
        id = inserted.id;
      }
      moduleIds.set(module.title, id);
      const ids: string[] = [];
      for (const [lessonPosition, lesson] of module.lessons.entries()) {
        const [found] = await manager.query('SELECT id FROM lesson WHERE module_id = $1 AND title = $2', [
          id,
          lesson.title,
        ]);
        if (found) {
          await manager.query('UPDATE lesson SET body = $2, video_url = $3 WHERE id = $1', [
            found.id,
            lesson.body,
            lesson.videoUrl ?? null,
          ]);
          ids.push(found.id);
        } else {
          const [inserted] = await manager.query(
            'INSERT INTO lesson (module_id, position, title, body, video_url) VALUES ($1, $2, $3, $4, $5) RETURNING id',
            [id, lessonPosition, lesson.title, lesson.body, lesson.videoUrl ?? null],
          );
          ids.push(inserted.id);
        }
      }
      lessonIds.set(module.title, ids);
    }
  }

  for (const module of DEMO_TRACKS.flatMap((t) => t.modules)) {
    for (const prerequisite of module.prerequisites ?? []) {
      await manager.query(
        'INSERT INTO module_prerequisite (module_id, prerequisite_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [moduleIds.get(module.title), moduleIds.get(prerequisite)],
      );
    }
  }

  const [student] = await manager.query('SELECT id FROM "user" WHERE email = $1', [studentEmail]);
  if (!student) return;
  await manager.query(
    `INSERT INTO enrollment (student_id, track_id, status) VALUES ($1, $2, 'ACTIVE')
     ON CONFLICT (student_id, track_id) DO NOTHING`,
    [student.id, trackIds.get('CORE')],
  );
  for (const { module, lessons } of DEMO_STUDENT_PROGRESS) {
    for (const lessonId of lessonIds.get(module)!.slice(0, lessons)) {
      await manager.query(
        'INSERT INTO lesson_progress (student_id, lesson_id) VALUES ($1, $2) ON CONFLICT (student_id, lesson_id) DO NOTHING',
        [student.id, lessonId],
      );
    }
  }
}
