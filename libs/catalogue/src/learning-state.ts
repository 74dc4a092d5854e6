import type { EntityManager } from 'typeorm';
import { PublicationStatus } from './entities/track.entity';
import type { Enrollment } from './entities/enrollment.entity';
import type { Track } from './entities/track.entity';
import type { ModuleCompletion, ModuleCompletionRule } from './module-completion.rule';
import { LearningEnrollment, LearningLesson, LearningModule, ModuleRef, NextLesson } from './views/learning.types';

export interface ModuleRow {
  id: string;
  trackId: string;
  position: number;
  title: string;
  summary: string;
  studyHours: number;
  accreditationPoints: number;
  learningGoals: string[];
  status: PublicationStatus;
  prerequisiteIds: string[];
}

export interface LessonRow {
  id: string;
  moduleId: string;
  position: number;
  title: string;
  completedAt: Date | null;
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 100) / whole) : 0);

/**
 * Everything needed to show one student's progress in some tracks, loaded in a fixed number
 * of statements (modules with their prerequisites, lessons with the student's progress, and
 * one batch per registered module requirement), however many modules, lessons and students
 * (`loadMany`) there are.
 */
export class LearningState {
  private constructor(
    readonly modules: Map<string, ModuleRow>,
    readonly lessonsByModule: Map<string, LessonRow[]>,
    readonly completion: Map<string, ModuleCompletion>,
  ) {}

  static async load(
    manager: EntityManager,
    rule: ModuleCompletionRule,
    studentId: string,
    trackIds: readonly string[],
  ): Promise<LearningState> {
    return (await LearningState.loadMany(manager, rule, [studentId], trackIds)).get(studentId)!;
  }

  /**
   * The same for many students in the same tracks (an admin's overview of a cohort), in the same
   * fixed number of statements whatever the number of students.
   */
  static async loadMany(
    manager: EntityManager,
    rule: ModuleCompletionRule,
    studentIds: readonly string[],
    trackIds: readonly string[],
  ): Promise<Map<string, LearningState>> {
    const empty = () => new Map(studentIds.map((id) => [id, new LearningState(new Map(), new Map(), new Map())]));
    if (trackIds.length === 0 || studentIds.length === 0) return empty();
    // The published modules of the tracks, plus every module they require (in any track).
    const moduleRows: (Omit<ModuleRow, 'studyHours'> & { studyHours: string })[] = await manager.query(
      `SELECT m.id, m.track_id AS "trackId", m.position, m.title, m.summary, m.study_hours AS "studyHours",
              m.accreditation_points AS "accreditationPoints", m.learning_goals AS "learningGoals", m.status,
              COALESCE(array_agg(mp.prerequisite_id::text) FILTER (WHERE mp.prerequisite_id IS NOT NULL), '{}')
                AS "prerequisiteIds"
         FROM module m
         LEFT JOIN module_prerequisite mp ON mp.module_id = m.id
        WHERE (m.track_id = ANY($1::uuid[]) AND m.status = 'PUBLISHED')
           OR m.id IN (SELECT p.prerequisite_id FROM module_prerequisite p
                         JOIN module pm ON pm.id = p.module_id
                        WHERE pm.track_id = ANY($1::uuid[]) AND pm.status = 'PUBLISHED')
        GROUP BY m.id`,
      [trackIds],
    );
    const modules = new Map(moduleRows.map((m) => [m.id, { ...m, studyHours: Number(m.studyHours) }]));
    if (modules.size === 0) return empty();
    // Every lesson once per student, with that student's progress.
    const lessonRows: (LessonRow & { studentId: string })[] = await manager.query(
      `SELECT st.student_id AS "studentId", l.id, l.module_id AS "moduleId", l.position, l.title,
              lp.completed_at AS "completedAt"
         FROM lesson l
        CROSS JOIN unnest($2::uuid[]) AS st(student_id)
         LEFT JOIN lesson_progress lp ON lp.lesson_id = l.id AND lp.student_id = st.student_id
        WHERE l.module_id = ANY($1::uuid[]) AND l.archived_at IS NULL
        ORDER BY l.module_id, l.position, l.id`,
      [[...modules.keys()], [...studentIds]],
    );
    const lessons = new Map(
      studentIds.map((id) => [id, new Map<string, LessonRow[]>([...modules.keys()].map((m) => [m, []]))]),
    );
    for (const { studentId, ...lesson } of lessonRows) lessons.get(studentId)?.get(lesson.moduleId)?.push(lesson);
    const completion = await rule.evaluateMany(
      manager,
      new Map(
        [...lessons].map(([studentId, byModule]) => [
          studentId,
          [...byModule].map(([moduleId, list]) => ({
            moduleId,
            lessonIds: list.map((l) => l.id),
            completedLessonIds: new Set(list.filter((l) => l.completedAt).map((l) => l.id)),
          })),
        ]),
      ),
    );
    return new Map(studentIds.map((id) => [id, new LearningState(modules, lessons.get(id)!, completion.get(id)!)]));
  }

  isComplete(moduleId: string): boolean {
    return this.completion.get(moduleId)?.complete ?? false;
  }

  moduleView(moduleId: string): LearningModule | null {
    const m = this.modules.get(moduleId);
    if (!m) return null;
    const completion = this.completion.get(moduleId);
    const unlockedBy: ModuleRef[] = m.prerequisiteIds
      .filter((id) => !this.isComplete(id))
      .map((id) => {
        const prerequisite = this.modules.get(id);
        return { id, title: prerequisite?.title ?? '', trackId: prerequisite?.trackId ?? '', completed: false };
      });
    const locked = unlockedBy.length > 0;
    let earlierOpen = false;
    const lessons: LearningLesson[] = (this.lessonsByModule.get(moduleId) ?? []).map((l) => {
      const view = {
        id: l.id,
        position: l.position,
        title: l.title,
        completed: !!l.completedAt,
        completedAt: l.completedAt,
        locked: locked || earlierOpen,
      };
      if (!l.completedAt) earlierOpen = true;
      return view;
    });
    const lessonsCompleted = completion?.lessonsCompleted ?? 0;
    return {
      id: m.id,
      trackId: m.trackId,
      position: m.position,
      title: m.title,
      summary: m.summary,
      studyHours: m.studyHours,
      accreditationPoints: m.accreditationPoints,
      learningGoals: m.learningGoals,
      lessonCount: lessons.length,
      lessonsCompleted,
      progressPercent: percent(lessonsCompleted, lessons.length),
      completed: completion?.complete ?? false,
      locked,
      unlockedBy,
      unmetRequirements: completion?.unmetRequirements ?? [],
      lessons,
      nextLessonId: locked ? null : (lessons.find((l) => !l.completed)?.id ?? null),
      preview: false,
    };
  }

  /** Published modules of the track, in order. */
  trackModules(trackId: string): LearningModule[] {
    return [...this.modules.values()]
      .filter((m) => m.trackId === trackId && m.status === PublicationStatus.PUBLISHED)
      .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
      .map((m) => this.moduleView(m.id)!);
  }

  enrollmentView(enrollment: Enrollment, track: Track): LearningEnrollment {
    const modules = this.trackModules(track.id);
    const completedModules = modules.filter((m) => m.completed).length;
    const next = modules.find((m) => !m.completed && m.nextLessonId);
    return {
      enrollment,
      track,
      modules,
      completedModules,
      totalModules: modules.length,
      progressPercent: percent(completedModules, modules.length),
      nextLesson: next ? this.nextLesson(next) : null,
    };
  }

  /** When the student last completed a lesson in the track, for "continue where you left off". */
  lastActivity(trackId: string): number {
    let latest = 0;
    for (const m of this.modules.values()) {
      if (m.trackId !== trackId) continue;
      for (const l of this.lessonsByModule.get(m.id) ?? []) {
        if (l.completedAt) latest = Math.max(latest, new Date(l.completedAt).getTime());
      }
    }
    return latest;
  }

  private nextLesson(module: LearningModule): NextLesson {
    const lesson = module.lessons.find((l) => l.id === module.nextLessonId)!;
    return {
      lessonId: lesson.id,
      lessonTitle: lesson.title,
      moduleId: module.id,
      moduleTitle: module.title,
      trackId: module.trackId,
    };
  }
}
