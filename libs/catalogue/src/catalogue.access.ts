import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type Actor,
  assertSignedIn,
  ContextAccess,
  DomainError,
  hasRole,
  type PermissionRule,
  Role,
} from '@imh/common';
import { CatalogueRefusal } from './catalogue-refusal';
import { LearningState } from './learning-state';
import { ModuleCompletionRule } from './module-completion.rule';

/** What an actor may do to given tracks, modules, lessons or lesson files (see `CatalogueAccess`). */
export enum CataloguePermission {
  /** Follow a track as its student (ids: tracks): enrolled, active or completed. */
  TRACK_FOLLOW = 'TRACK_FOLLOW',
  /**
   * See a module as a student does (ids: modules): admins and docents every module; a student a
   * published one in a track they follow. Locked modules are readable: they say what opens them.
   */
  MODULE_READ = 'MODULE_READ',
  /**
   * Study a module: open its lessons, hand in its work (ids: modules). MODULE_READ and, for a
   * student, unlocked: every prerequisite complete. Other contexts ask this before accepting work.
   */
  MODULE_STUDY = 'MODULE_STUDY',
  /**
   * Read a lesson (ids: lessons): admins and docents every lesson; a student a lesson that is not
   * archived, of a module they may study, once the lessons before it are done.
   */
  LESSON_READ = 'LESSON_READ',
  /** Mark a lesson done (ids: lessons): LESSON_READ through an enrolment, whatever the actor's roles. */
  LESSON_COMPLETE = 'LESSON_COMPLETE',
  /**
   * Download a lesson attachment (ids: files): admins and docents every one; a student one
   * attached to a lesson they may read (so module and lesson locks hold for files too).
   */
  LESSON_FILE_READ = 'LESSON_FILE_READ',
}

/** One row per asked id the actor reaches through an enrolment, with where it sits. */
interface Placed {
  id: string;
  moduleId: string;
  lessonId: string | null;
  trackId: string;
}

const ENROLLED = `EXISTS (SELECT 1 FROM enrollment e
                           WHERE e.track_id = m.track_id AND e.student_id = $2 AND e.status <> 'WITHDRAWN')`;

/**
 * The catalogue's one access layer. Per-object rights are permissions on ids, answered for the
 * whole set at once: one statement that finds what the actor reaches through their enrolments,
 * and, where locks matter, the student's learning state for those tracks (a fixed number of
 * statements: modules, lessons, one per registered module requirement), so locks are decided by
 * the same rule as the dashboard's. Catalogue-wide rights (authoring, reading drafts, enrolling)
 * follow from roles alone and are the methods at the end.
 */
@Injectable()
export class CatalogueAccess extends ContextAccess<CataloguePermission> {
  protected readonly rules: Readonly<Record<CataloguePermission, PermissionRule>> = {
    TRACK_FOLLOW: {
      deny: 'FORBIDDEN',
      message: 'You are not enrolled in this track.',
      reason: CatalogueRefusal.NOT_ENROLLED,
    },
    MODULE_READ: { deny: 'NOT_FOUND', what: 'Module' },
    MODULE_STUDY: { deny: 'NOT_FOUND', what: 'Module' },
    LESSON_READ: { deny: 'NOT_FOUND', what: 'Lesson' },
    LESSON_COMPLETE: { deny: 'NOT_FOUND', what: 'Lesson' },
    LESSON_FILE_READ: { deny: 'NOT_FOUND', what: 'File' },
  };

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly completionRule: ModuleCompletionRule,
  ) {
    super(dataSource);
  }

  protected async allowed(
    actor: Actor,
    permission: CataloguePermission,
    ids: string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const staff = this.readsAllContent(actor);
    switch (permission) {
      case CataloguePermission.TRACK_FOLLOW:
        return this.ids(
          manager,
          `SELECT e.track_id AS id FROM enrollment e
            WHERE e.track_id = ANY($1::uuid[]) AND e.student_id = $2 AND e.status <> 'WITHDRAWN'`,
          [ids, actor.userId],
        );
      case CataloguePermission.MODULE_READ:
      case CataloguePermission.MODULE_STUDY: {
        if (staff) return this.ids(manager, 'SELECT id FROM module WHERE id = ANY($1::uuid[])', [ids]);
        const placed = await this.placedModules(manager, actor, ids);
        if (permission === CataloguePermission.MODULE_READ) return new Set(placed.map((p) => p.id));
        return this.unlocked(manager, actor, placed);
      }
      case CataloguePermission.LESSON_READ:
      case CataloguePermission.LESSON_COMPLETE: {
        if (staff && permission === CataloguePermission.LESSON_READ) {
          return this.ids(manager, 'SELECT id FROM lesson WHERE id = ANY($1::uuid[])', [ids]);
        }
        return this.unlocked(manager, actor, await this.placedLessons(manager, actor, ids));
      }
      case CataloguePermission.LESSON_FILE_READ: {
        if (staff) {
          return this.ids(
            manager,
            `SELECT id FROM stored_file WHERE id = ANY($1::uuid[]) AND purpose = 'LESSON_ATTACHMENT'`,
            [ids],
          );
        }
        const placed: Placed[] = await manager.query(
          `SELECT la.file_id AS id, l.id AS "lessonId", l.module_id AS "moduleId", m.track_id AS "trackId"
             FROM lesson_attachment la
             JOIN lesson l ON l.id = la.lesson_id AND l.archived_at IS NULL
             JOIN module m ON m.id = l.module_id AND m.status = 'PUBLISHED'
            WHERE la.file_id = ANY($1::uuid[]) AND ${ENROLLED}`,
          [ids, actor.userId],
        );
        return this.unlocked(manager, actor, placed);
      }
    }
  }

  /**
   * The precise refusal for the first refused id: NOT_ENROLLED (naming the track), MODULE_LOCKED
   * (naming the module and the modules that open it) or LESSON_LOCKED (naming the lesson and the
   * lessons before it still to do). What the actor may not know of stays NOT_FOUND.
   */
  protected override async explain(
    actor: Actor,
    permission: CataloguePermission,
    refused: string[],
    manager: EntityManager,
  ): Promise<DomainError | undefined> {
    if (permission === CataloguePermission.LESSON_FILE_READ) return undefined;
    if (permission === CataloguePermission.TRACK_FOLLOW) {
      const tracks: { title: string }[] = await manager.query(
        'SELECT title FROM track WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id) LIMIT 1',
        [refused],
      );
      if (!tracks.length) return DomainError.notFound('Track');
      return DomainError.forbidden(`You are not enrolled in ${tracks[0].title}.`, CatalogueRefusal.NOT_ENROLLED, {
        track: tracks[0].title,
      });
    }
    const lessons =
      permission === CataloguePermission.LESSON_READ || permission === CataloguePermission.LESSON_COMPLETE;
    const rows: {
      id: string;
      title: string;
      moduleId: string;
      moduleTitle: string;
      trackId: string;
      trackTitle: string;
      enrolled: boolean;
    }[] = await manager.query(
      lessons
        ? `SELECT l.id, l.title, m.id AS "moduleId", m.title AS "moduleTitle", t.id AS "trackId",
                  t.title AS "trackTitle", ${ENROLLED} AS enrolled
             FROM lesson l JOIN module m ON m.id = l.module_id JOIN track t ON t.id = m.track_id
            WHERE l.id = ANY($1::uuid[]) AND l.archived_at IS NULL AND m.status = 'PUBLISHED'`
        : `SELECT m.id, m.title, m.id AS "moduleId", m.title AS "moduleTitle", t.id AS "trackId",
                  t.title AS "trackTitle", ${ENROLLED} AS enrolled
             FROM module m JOIN track t ON t.id = m.track_id
            WHERE m.id = ANY($1::uuid[]) AND m.status = 'PUBLISHED'`,
      [refused, actor.userId],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const first = refused.map((id) => byId.get(id)).find((r) => r !== undefined);
    // Staff are refused only what does not exist; students what is not published to them.
    if (!first) return undefined;
    if (!first.enrolled) {
      return DomainError.forbidden(`You are not enrolled in ${first.trackTitle}.`, CatalogueRefusal.NOT_ENROLLED, {
        track: first.trackTitle,
      });
    }
    const state = await LearningState.load(manager, this.completionRule, actor.userId, [first.trackId]);
    const module = state.moduleView(first.moduleId);
    if (!module) return undefined;
    if (module.locked) {
      const modules = module.unlockedBy.map((m) => m.title);
      return DomainError.forbidden(
        `${module.title} opens once you have completed: ${modules.join(', ')}.`,
        CatalogueRefusal.MODULE_LOCKED,
        { module: module.title, modules },
      );
    }
    if (lessons) {
      const index = module.lessons.findIndex((l) => l.id === first.id);
      const before = module.lessons
        .slice(0, Math.max(index, 0))
        .filter((l) => !l.completed)
        .map((l) => l.title);
      if (before.length) {
        return DomainError.forbidden(
          `Complete the earlier lessons of ${module.title} first: ${before.join(', ')}.`,
          CatalogueRefusal.LESSON_LOCKED,
          { lesson: first.title, module: module.title, lessons: before },
        );
      }
    }
    return undefined;
  }

  // ---- catalogue-wide rights, by role -------------------------------------------------

  /** Authoring the catalogue, enrolling others, handling intake requests: admins. */
  requireAdmin(actor: Actor | null): asserts actor is Actor {
    assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN)) {
      throw DomainError.forbidden('Only admins can do this.', CatalogueRefusal.CATALOGUE_ADMIN_ONLY);
    }
  }

  /**
   * Admins author the content and docents teach it, so both read every track, module and lesson
   * (drafts too, for preview) without being enrolled. Everyone else reads through enrolments.
   */
  readsAllContent(actor: Actor | null): boolean {
    return hasRole(actor, Role.ADMIN) || hasRole(actor, Role.DOCENT);
  }

  requireReadsAllContent(actor: Actor | null): asserts actor is Actor {
    assertSignedIn(actor);
    if (!this.readsAllContent(actor)) {
      throw DomainError.forbidden(
        'Only admins and docents can browse the whole catalogue.',
        CatalogueRefusal.CATALOGUE_STAFF_ONLY,
      );
    }
  }

  /** Enrolling oneself in a published track: students only (admins enrol others). */
  enrolsSelf(actor: Actor | null): boolean {
    return hasRole(actor, Role.STUDENT);
  }

  requireEnrolsSelf(actor: Actor | null): asserts actor is Actor {
    assertSignedIn(actor);
    if (!this.enrolsSelf(actor)) {
      throw DomainError.forbidden('Only students can enrol in a track.', CatalogueRefusal.NOT_A_STUDENT);
    }
  }

  // ---- the queries --------------------------------------------------------------------

  private async ids(manager: EntityManager, query: string, params: unknown[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(query, params);
    return new Set(rows.map((r) => r.id));
  }

  /** Published modules among `ids` in tracks the actor follows. */
  private placedModules(manager: EntityManager, actor: Actor, ids: string[]): Promise<Placed[]> {
    return manager.query(
      `SELECT m.id, m.id AS "moduleId", NULL AS "lessonId", m.track_id AS "trackId"
         FROM module m
        WHERE m.id = ANY($1::uuid[]) AND m.status = 'PUBLISHED' AND ${ENROLLED}`,
      [ids, actor.userId],
    );
  }

  /** Lessons among `ids` (not archived) of published modules in tracks the actor follows. */
  private placedLessons(manager: EntityManager, actor: Actor, ids: string[]): Promise<Placed[]> {
    return manager.query(
      `SELECT l.id, l.module_id AS "moduleId", l.id AS "lessonId", m.track_id AS "trackId"
         FROM lesson l JOIN module m ON m.id = l.module_id
        WHERE l.id = ANY($1::uuid[]) AND l.archived_at IS NULL AND m.status = 'PUBLISHED' AND ${ENROLLED}`,
      [ids, actor.userId],
    );
  }

  /** The placed ids whose module (and lesson, when there is one) the actor's progress has opened. */
  private async unlocked(manager: EntityManager, actor: Actor, placed: Placed[]): Promise<Set<string>> {
    if (!placed.length) return new Set();
    const state = await LearningState.load(manager, this.completionRule, actor.userId, [
      ...new Set(placed.map((p) => p.trackId)),
    ]);
    const open = new Set<string>();
    for (const p of placed) {
      const module = state.moduleView(p.moduleId);
      if (!module || module.locked) continue;
      if (p.lessonId && module.lessons.find((l) => l.id === p.lessonId)?.locked !== false) continue;
      open.add(p.id);
    }
    return open;
  }
}
