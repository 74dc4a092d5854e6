import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, DomainError, assertSignedIn } from '@imh/common';
import { CatalogueAccess, CataloguePermission } from './catalogue.access';
import { CatalogueRefusal } from './catalogue-refusal';
import { Enrollment, EnrollmentStatus } from './entities/enrollment.entity';
import { LessonProgress } from './entities/lesson-progress.entity';
import { Lesson } from './entities/lesson.entity';
import { Module } from './entities/module.entity';
import { PublicationStatus, Track, TRACK_ORDER } from './entities/track.entity';
import { LearningState } from './learning-state';
import { ModuleCompletionRule } from './module-completion.rule';
import {
  CompleteLessonPayload,
  LearningEnrollment,
  LearningModule,
  MyLearning,
  NextLesson,
  TrackOffer,
} from './views/learning.types';

const byTrackOrder = (a: Track, b: Track) => TRACK_ORDER[a.code] - TRACK_ORDER[b.code];

/** The next lesson of the active track worked in last: where the student continues. */
function continueFrom(views: LearningEnrollment[], state: LearningState): NextLesson | null {
  const active = views
    .filter((v) => v.enrollment.status === EnrollmentStatus.ACTIVE && v.nextLesson)
    .sort((a, b) => state.lastActivity(b.track.id) - state.lastActivity(a.track.id));
  return active[0]?.nextLesson ?? null;
}

/** The student's side: the dashboard, opening lessons in order, marking them done. */
@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly completionRule: ModuleCompletionRule,
    private readonly audit: AuditService,
    private readonly access: CatalogueAccess,
  ) {}

  /**
   * The dashboard. Four statements whatever the size of the catalogue: enrolments with their
   * tracks, published tracks, modules with prerequisites, lessons with progress (plus one per
   * registered module requirement).
   */
  async myLearning(actor: Actor | null): Promise<MyLearning> {
    assertSignedIn(actor);
    const manager = this.dataSource.manager;
    const enrollments = await manager.find(Enrollment, {
      where: { studentId: actor.userId, status: Not(EnrollmentStatus.WITHDRAWN) },
      relations: { track: true },
    });
    const published = await manager.find(Track, { where: { status: PublicationStatus.PUBLISHED } });
    const state = await LearningState.load(
      manager,
      this.completionRule,
      actor.userId,
      enrollments.map((e) => e.trackId),
    );
    const views = enrollments
      .sort((a, b) => byTrackOrder(a.track!, b.track!))
      .map((e) => state.enrollmentView(e, e.track!));
    return {
      enrollments: views,
      continueLesson: continueFrom(views, state),
      otherTracks: this.offers(actor, enrollments, published),
    };
  }

  /**
   * Where the signed-in user left off: the next lesson of the active track they worked in last
   * (as `myLearning.continueLesson`), or null. A fixed number of statements, like `myLearning`.
   */
  async continueLesson(actor: Actor | null): Promise<NextLesson | null> {
    assertSignedIn(actor);
    const manager = this.dataSource.manager;
    const enrollments = await manager.find(Enrollment, {
      where: { studentId: actor.userId, status: EnrollmentStatus.ACTIVE },
      relations: { track: true },
    });
    const state = await LearningState.load(
      manager,
      this.completionRule,
      actor.userId,
      enrollments.map((e) => e.trackId),
    );
    const views = enrollments
      .sort((a, b) => byTrackOrder(a.track!, b.track!))
      .map((e) => state.enrollmentView(e, e.track!));
    return continueFrom(views, state);
  }

  private offers(actor: Actor, enrollments: Enrollment[], published: Track[]): TrackOffer[] {
    const byTrack = new Map(enrollments.map((e) => [e.trackId, e]));
    const tracks = new Map([...published, ...enrollments.map((e) => e.track!)].map((t) => [t.id, t]));
    return published
      .filter((t) => !byTrack.has(t.id))
      .sort(byTrackOrder)
      .map((track) => {
        const requiresTrack = track.requiresTrackId ? (tracks.get(track.requiresTrackId) ?? null) : null;
        const blockedReason = !this.access.enrolsSelf(actor)
          ? CatalogueRefusal.NOT_A_STUDENT
          : track.requiresTrackId && byTrack.get(track.requiresTrackId)?.status !== EnrollmentStatus.COMPLETED
            ? CatalogueRefusal.REQUIRED_TRACK_NOT_COMPLETED
            : null;
        return { track, canEnroll: !blockedReason, requiresTrack, blockedReason };
      });
  }

  /**
   * A module as the student sees it. Admins and docents get the same view as a preview
   * (drafts included, nothing locked, no progress), which is how they check their work.
   */
  async learningModule(actor: Actor | null, moduleId: string): Promise<LearningModule> {
    assertSignedIn(actor);
    const manager = this.dataSource.manager;
    await this.access.require({ actor, permission: CataloguePermission.MODULE_READ, ids: [moduleId] });
    const module = await manager.findOneByOrFail(Module, { id: moduleId });
    const state =
      module.status === PublicationStatus.PUBLISHED &&
      (await this.access.can({ actor, permission: CataloguePermission.TRACK_FOLLOW, ids: [module.trackId] }))
        ? await LearningState.load(manager, this.completionRule, actor.userId, [module.trackId])
        : null;
    // Only staff get this far without following the track (or for a draft): they see a preview.
    return state?.moduleView(module.id) ?? this.preview(manager, module);
  }

  /** A lesson the actor may read (CataloguePermission.LESSON_READ: locks and enrolment hold for students). */
  async lesson(actor: Actor | null, lessonId: string): Promise<Lesson> {
    await this.access.require({ actor, permission: CataloguePermission.LESSON_READ, ids: [lessonId] });
    return this.dataSource.manager.findOneByOrFail(Lesson, { id: lessonId });
  }

  /** Marks a lesson done. Idempotent: doing it twice changes nothing the second time. */
  async completeLesson(actor: Actor | null, lessonId: string): Promise<CompleteLessonPayload> {
    assertSignedIn(actor);
    return this.dataSource.transaction(async (manager) => {
      await this.access.require({ actor, permission: CataloguePermission.LESSON_COMPLETE, ids: [lessonId], manager });
      const lesson = await manager.findOneOrFail(Lesson, { where: { id: lessonId }, relations: { module: true } });
      await manager
        .createQueryBuilder()
        .insert()
        .into(LessonProgress)
        .values({ studentId: actor.userId, lessonId })
        .orIgnore()
        .execute();
      const { state, view } = await this.refreshEnrollmentCompletion(manager, actor.userId, lesson.module!.trackId);
      return { lessonId, module: state.moduleView(lesson.moduleId)!, enrollment: view };
    });
  }

  /**
   * Re-evaluates a student's track and marks the enrolment COMPLETED once every published
   * module is complete. Other contexts (assignments) call this when one of their
   * requirements becomes met.
   */
  async refreshEnrollmentCompletion(
    manager: EntityManager,
    studentId: string,
    trackId: string,
  ): Promise<{ state: LearningState; view: LearningEnrollment }> {
    // The row lock makes two concurrent completions agree on who flips the status.
    const enrollment = await manager.findOne(Enrollment, {
      where: { studentId, trackId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!enrollment) throw DomainError.notFound('Enrollment');
    const track = await manager.findOneByOrFail(Track, { id: trackId });
    const state = await LearningState.load(manager, this.completionRule, studentId, [trackId]);
    let view = state.enrollmentView(enrollment, track);
    if (
      enrollment.status === EnrollmentStatus.ACTIVE &&
      view.totalModules > 0 &&
      view.completedModules === view.totalModules
    ) {
      enrollment.status = EnrollmentStatus.COMPLETED;
      enrollment.completedAt = new Date();
      await manager.update(Enrollment, enrollment.id, {
        status: enrollment.status,
        completedAt: enrollment.completedAt,
      });
      await this.audit.record(manager, {
        actorId: studentId,
        action: 'enrollment.completed',
        subjectType: 'enrollment',
        subjectId: enrollment.id,
        data: { trackId },
      });
      view = state.enrollmentView(enrollment, track);
    }
    return { state, view };
  }

  private async preview(manager: EntityManager, module: Module): Promise<LearningModule> {
    const lessons = await manager.find(Lesson, {
      where: { moduleId: module.id, archivedAt: IsNull() },
      order: { position: 'ASC' },
    });
    return {
      id: module.id,
      trackId: module.trackId,
      position: module.position,
      title: module.title,
      summary: module.summary,
      studyHours: module.studyHours,
      accreditationPoints: module.accreditationPoints,
      learningGoals: module.learningGoals,
      lessonCount: lessons.length,
      lessonsCompleted: 0,
      progressPercent: 0,
      completed: false,
      locked: false,
      unlockedBy: [],
      unmetRequirements: [],
      lessons: lessons.map((l) => ({
        id: l.id,
        position: l.position,
        title: l.title,
        completed: false,
        completedAt: null,
        locked: false,
      })),
      nextLessonId: lessons[0]?.id ?? null,
      preview: true,
    };
  }
}
