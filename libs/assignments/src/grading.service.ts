import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@imh/audit';
import { LearningService } from '@imh/catalogue';
import { Outbox } from '@imh/notifications';
import {
  Actor,
  assertSignedIn,
  clampPage,
  CommonRefusal,
  DomainError,
  hasRole,
  type Page,
  type PageRequest,
  Role,
} from '@imh/common';
import { AssignmentAccess, AssignmentPermission } from './assignment.access';
import { gradeChanged, gradeReleased, revisionRequested } from './assignment-notifications';
import { AssignmentRefusal } from './assignment-refusal';
import { isUniqueViolation } from './unique-violation';
import { GradingQueueFilterInput } from './dto/grading-queue-filter.input';
import { RequestRevisionInput } from './dto/request-revision.input';
import { RubricVerdictInput } from './dto/rubric-verdict.input';
import { SaveGradeInput } from './dto/save-grade.input';
import { GradingState, type GradingView, RubricVerdict } from './grading-view';
import { GRADING_BACKLOG_MAX, GradingBacklog, GradingBacklogEntry } from './dashboard.types';
import { Assignment } from './entities/assignment.entity';
import { Grade, GradeStatus, MarkerRole } from './entities/grade.entity';
import { RubricCriterion } from './entities/rubric-criterion.entity';
import { Submission, SubmissionStatus } from './entities/submission.entity';
import { marksAgree, scoreRubric } from './rubric';

const AWAITING = [SubmissionStatus.SUBMITTED, SubmissionStatus.NEEDS_THIRD_MARKER];

/** How many submissions one bulk release may carry. */
export const MAX_RELEASE = 200;

/**
 * Why the agreed grade of a submission cannot be released now (null: it can). The one rule. The
 * refusal is built only when thrown: the grading queue asks this of every item it lists.
 */
function releaseRefusal(submission: Submission, agreed: Grade | undefined): (() => DomainError) | null {
  if (!AWAITING.includes(submission.status)) {
    return () =>
      DomainError.conflict('One of these attempts is not waiting for a grade.', AssignmentRefusal.NOT_AWAITING_GRADE);
  }
  if (!agreed || agreed.passed === null) {
    return () =>
      DomainError.conflict(
        'One of these attempts has no complete agreed grade yet.',
        AssignmentRefusal.NO_AGREED_GRADE,
      );
  }
  return null;
}

/** Why a revision cannot be requested for a submission now (null: it can). The one rule, built only when thrown. */
function revisionRefusal(submission: Submission, assignment: Assignment): (() => DomainError) | null {
  if (!AWAITING.includes(submission.status)) {
    return () => DomainError.conflict('This attempt is not waiting for a grade.', AssignmentRefusal.NOT_AWAITING_GRADE);
  }
  if (submission.attempt >= assignment.maxAttempts) {
    return () =>
      DomainError.conflict(
        'The student has no attempts left; grade this attempt instead.',
        AssignmentRefusal.NO_ATTEMPTS_LEFT,
        { maxAttempts: assignment.maxAttempts },
      );
  }
  return null;
}

/** What an audit event keeps of a grade: the marks, never the feedback text itself. */
const auditView = (g: Pick<Grade, 'scores' | 'totalPoints' | 'passed' | 'feedback'>) => ({
  scores: g.scores,
  totalPoints: g.totalPoints,
  passed: g.passed,
  feedbackLength: g.feedback.length,
});

/** The docent's side: the grading queue, marks, release, revision requests, double marking. */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly learning: LearningService,
    private readonly outbox: Outbox,
    private readonly access: AssignmentAccess,
    private readonly audit: AuditService,
  ) {}

  /**
   * Handed-in attempts in the cohorts the docent teaches (an admin: all), oldest first, each with
   * its `assignment` (for the API's assignment loader). Two statements whatever the page size:
   * the page and its count; the other fields of each item come through DataLoaders.
   */
  async queue(
    actor: Actor | null,
    filter: GradingQueueFilterInput | null | undefined,
    page: PageRequest | null | undefined,
  ): Promise<Page<Submission>> {
    assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN) && !hasRole(actor, Role.DOCENT)) {
      throw DomainError.forbidden('The grading queue is for docents.', AssignmentRefusal.GRADING_QUEUE_DOCENTS_ONLY);
    }
    if (filter?.cohortId) {
      await this.access.require({ actor, permission: AssignmentPermission.COHORT_COURSEWORK, ids: [filter.cohortId] });
    }
    const { offset, limit } = clampPage(page);
    const qb = this.dataSource.manager.createQueryBuilder(Submission, 's');
    // The default (waiting) is written out as constants, so Postgres matches it to the partial
    // indexes on waiting attempts (IDX_submission_waiting…) in every plan.
    if (filter?.status) qb.where('s.status = :status', { status: filter.status });
    else qb.where(`s.status IN (${AWAITING.map((status) => `'${status}'`).join(', ')})`);
    qb.andWhere('s.status <> :draft', { draft: SubmissionStatus.DRAFT });
    this.access.scopeGradingQueue(qb, actor, 's');
    if (filter?.cohortId) qb.andWhere('s.cohort_id = :cohortId', { cohortId: filter.cohortId });
    if (filter?.assignmentId) qb.andWhere('s.assignment_id = :assignmentId', { assignmentId: filter.assignmentId });
    // The total is a plain count(*) (one row per attempt, no join to make distinct), which the
    // cohort index answers without reading the table.
    const [items, total] = await Promise.all([
      qb
        .clone()
        .innerJoinAndSelect('s.assignment', 'a')
        .orderBy('s.submitted_at', 'ASC')
        .addOrderBy('s.id', 'ASC')
        .offset(offset)
        .limit(limit)
        .getMany(),
      qb.clone().select('count(*)', 'count').getRawOne<{ count: string }>(),
    ]);
    return { items, totalCount: Number(total?.count ?? 0), offset, limit };
  }

  /**
   * Handed-in work waiting for a docent (as the queue: the cohorts a docent teaches, an admin
   * all), counted per cohort and assignment, longest-waiting first. One statement.
   */
  async backlog(actor: Actor | null): Promise<GradingBacklog> {
    assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN) && !hasRole(actor, Role.DOCENT)) {
      throw DomainError.forbidden('The grading queue is for docents.', AssignmentRefusal.GRADING_QUEUE_DOCENTS_ONLY);
    }
    const qb = this.dataSource.manager
      .createQueryBuilder(Submission, 's')
      .innerJoin('s.assignment', 'a')
      .innerJoin('cohort', 'c', 'c.id = s.cohort_id')
      .select('s.cohort_id', 'cohortId')
      .addSelect('c.name', 'cohortName')
      .addSelect('s.assignment_id', 'assignmentId')
      .addSelect('a.title', 'assignmentTitle')
      .addSelect('count(*)::int', 'waiting')
      .addSelect('min(s.submitted_at)', 'oldestSubmittedAt')
      .addSelect('sum(count(*)) OVER ()', 'totalWaiting')
      .where('s.status IN (:...statuses)', { statuses: AWAITING })
      .groupBy('s.cohort_id')
      .addGroupBy('c.name')
      .addGroupBy('s.assignment_id')
      .addGroupBy('a.title')
      .orderBy('min(s.submitted_at)', 'ASC')
      .addOrderBy('s.cohort_id', 'ASC')
      .addOrderBy('s.assignment_id', 'ASC')
      .limit(GRADING_BACKLOG_MAX);
    this.access.scopeGradingQueue(qb, actor, 's');
    const rows = await qb.getRawMany<
      Omit<GradingBacklogEntry, 'oldestSubmittedAt'> & {
        oldestSubmittedAt: string | Date;
        totalWaiting: string;
      }
    >();
    return {
      totalWaiting: rows.length ? Number(rows[0].totalWaiting) : 0,
      entries: rows.map(({ totalWaiting: _total, ...row }) => ({
        ...row,
        oldestSubmittedAt: new Date(row.oldestSubmittedAt),
      })),
    };
  }

  /**
   * The signed-in student's attempt whose grade was released last (null: none yet). Its grade,
   * feedback included, comes through `gradesForViewer` like any other read. One statement.
   */
  async latestReleasedFeedback(actor: Actor | null): Promise<Submission | null> {
    assertSignedIn(actor);
    return this.dataSource.manager
      .createQueryBuilder(Submission, 's')
      .innerJoin(Grade, 'g', 'g.submission_id = s.id AND g.agreed AND g.status = :released', {
        released: GradeStatus.RELEASED,
      })
      .where('s.student_id = :me', { me: actor.userId })
      .orderBy('g.released_at', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .limit(1)
      .getOne();
  }

  /** Locks the submission for grading and checks the actor may grade it (SUBMISSION_GRADE). */
  private async lockForGrading(manager: EntityManager, actor: Actor, id: string) {
    const submission = await manager.findOne(Submission, { where: { id }, lock: { mode: 'pessimistic_write' } });
    await this.access.require({ actor, permission: AssignmentPermission.SUBMISSION_GRADE, ids: [id], manager });
    if (!submission) throw DomainError.notFound('Submission');
    const assignment = await manager.findOneByOrFail(Assignment, { id: submission.assignmentId });
    return { submission, assignment };
  }

  /**
   * Saves a docent's mark. Without double marking the cohort's docents share one grade; with
   * it each of the first two markers has their own, and a third (another docent of the cohort)
   * decides when they differ. The input carries the version read: a save over someone
   * else's is CONFLICT. Changing a released grade needs a reason and is audited.
   */
  async saveGrade(actor: Actor | null, input: SaveGradeInput): Promise<Grade> {
    assertSignedIn(actor);
    let grade: Grade;
    try {
      grade = await this.dataSource.transaction(async (manager) => {
        const saved = await this.saveIn(manager, actor, input);
        // Saving and releasing is one change: a refused release leaves no mark behind.
        if (input.release) await this.releaseIn(manager, actor, [input.submissionId]);
        return manager.findOneByOrFail(Grade, { id: saved });
      });
    } catch (error) {
      // Two docents creating the first grade at once: the second is told, never overwrites.
      if (isUniqueViolation(error))
        throw DomainError.conflict('Someone else saved a grade meanwhile; reload it.', AssignmentRefusal.STALE_GRADE);
      throw error;
    }
    return grade;
  }

  /** The mark itself, inside the caller's transaction; returns the grade's id. */
  private async saveIn(manager: EntityManager, actor: Actor, input: SaveGradeInput): Promise<string> {
    const { submission, assignment } = await this.lockForGrading(manager, actor, input.submissionId);
    if (submission.status === SubmissionStatus.REVISION_REQUESTED) {
      throw DomainError.conflict('A revision was requested for this attempt.', AssignmentRefusal.REVISION_REQUESTED);
    }
    const criteria = await manager.find(RubricCriterion, {
      where: { assignmentId: assignment.id },
      order: { position: 'ASC' },
    });
    const scored = scoreRubric(criteria, assignment, input.scores);
    const grades = await manager.find(Grade, { where: { submissionId: submission.id } });
    const role = this.markerRole(actor, assignment, submission, grades);
    const existing = grades.find((g) => g.markerRole === role);

    if (existing?.status === GradeStatus.RELEASED) {
      await this.changeReleased(manager, actor, input, existing, scored, submission, assignment);
      return existing.id;
    }
    if (submission.status === SubmissionStatus.GRADED) {
      throw DomainError.conflict('This attempt has been graded.', AssignmentRefusal.ALREADY_RELEASED);
    }
    if (existing?.status === GradeStatus.FINAL) {
      throw DomainError.conflict('This mark is final and has been compared.', AssignmentRefusal.MARK_FINAL);
    }
    const final = assignment.doubleMarking && input.final;
    if (final && scored.passed === null) {
      throw DomainError.badInput(
        'Score every criterion first.',
        { scores: 'incomplete' },
        AssignmentRefusal.GRADE_INCOMPLETE,
      );
    }
    const values = {
      markerId: actor.userId,
      scores: scored.scores,
      totalPoints: scored.totalPoints,
      passed: scored.passed,
      feedback: input.feedback,
      status: final ? GradeStatus.FINAL : GradeStatus.DRAFT,
      agreed: !assignment.doubleMarking || (role === MarkerRole.THIRD && final),
    };
    let id: string;
    if (existing) {
      id = existing.id;
      await this.updateVersioned(manager, existing.id, input.version, values);
    } else {
      if (input.version) {
        throw DomainError.conflict('The grade changed meanwhile; reload it.', AssignmentRefusal.STALE_GRADE);
      }
      id = (await manager.save(manager.create(Grade, { submissionId: submission.id, markerRole: role, ...values }))).id;
    }
    if (final) await this.compareMarks(manager, submission, assignment);
    return id;
  }

  /**
   * The verdict a rubric score would give, without saving anything: the one rule (`scoreRubric`)
   * the portal shows while a docent scores. For readers of the assignment.
   */
  async verdict(actor: Actor | null, input: RubricVerdictInput): Promise<RubricVerdict> {
    await this.access.require({ actor, permission: AssignmentPermission.ASSIGNMENT_READ, ids: [input.assignmentId] });
    const manager = this.dataSource.manager;
    const assignment = await manager.findOneByOrFail(Assignment, { id: input.assignmentId });
    const criteria = await manager.find(RubricCriterion, {
      where: { assignmentId: assignment.id },
      order: { position: 'ASC' },
    });
    const scored = scoreRubric(criteria, assignment, input.scores);
    return {
      totalPoints: scored.totalPoints,
      maxPoints: criteria.reduce((sum, c) => sum + c.maxPoints, 0),
      passed: scored.passed,
      complete: scored.passed !== null,
    };
  }

  /** Which mark the actor writes: the shared FIRST without double marking; otherwise their own, or the next free one. */
  private markerRole(actor: Actor, assignment: Assignment, submission: Submission, grades: Grade[]): MarkerRole {
    if (!assignment.doubleMarking) return MarkerRole.FIRST;
    const own = grades.find((g) => g.markerId === actor.userId);
    if (own) return own.markerRole;
    const taken = new Set(grades.map((g) => g.markerRole));
    if (submission.status === SubmissionStatus.NEEDS_THIRD_MARKER) {
      if (!taken.has(MarkerRole.THIRD)) return MarkerRole.THIRD;
    } else if (submission.status === SubmissionStatus.SUBMITTED) {
      if (!taken.has(MarkerRole.FIRST)) return MarkerRole.FIRST;
      if (!taken.has(MarkerRole.SECOND)) return MarkerRole.SECOND;
    }
    throw DomainError.conflict('Other docents are marking this attempt.', AssignmentRefusal.MARKERS_TAKEN);
  }

  /** `UPDATE … WHERE version = read`: of two concurrent saves from the same version, one matches. */
  private async updateVersioned(
    manager: EntityManager,
    id: string,
    version: number | null | undefined,
    values: Partial<Grade>,
  ): Promise<void> {
    if (!version) throw DomainError.conflict('The grade changed meanwhile; reload it.', AssignmentRefusal.STALE_GRADE);
    const result = await manager
      .createQueryBuilder()
      .update(Grade)
      .set({ ...values, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!result.affected)
      throw DomainError.conflict('The grade changed meanwhile; reload it.', AssignmentRefusal.STALE_GRADE);
  }

  /** Both first marks final: agree → the FIRST is the agreed grade; differ → a third marker is asked. */
  private async compareMarks(manager: EntityManager, submission: Submission, assignment: Assignment): Promise<void> {
    if (submission.status !== SubmissionStatus.SUBMITTED) return;
    const marks = await manager.find(Grade, { where: { submissionId: submission.id } });
    const first = marks.find((g) => g.markerRole === MarkerRole.FIRST);
    const second = marks.find((g) => g.markerRole === MarkerRole.SECOND);
    if (first?.status !== GradeStatus.FINAL || second?.status !== GradeStatus.FINAL) return;
    if (marksAgree(first, second, assignment.doubleMarkingThreshold)) {
      await manager.update(Grade, first.id, { agreed: true });
    } else {
      await manager.update(Submission, submission.id, { status: SubmissionStatus.NEEDS_THIRD_MARKER });
    }
  }

  private async changeReleased(
    manager: EntityManager,
    actor: Actor,
    input: SaveGradeInput,
    existing: Grade,
    scored: ReturnType<typeof scoreRubric>,
    submission: Submission,
    assignment: Assignment,
  ): Promise<void> {
    if (!input.reason) {
      throw DomainError.badInput(
        'Say why you change a released grade.',
        { reason: 'required' },
        AssignmentRefusal.REASON_REQUIRED,
      );
    }
    if (scored.passed === null) {
      throw DomainError.badInput(
        'Score every criterion.',
        { scores: 'incomplete' },
        AssignmentRefusal.GRADE_INCOMPLETE,
      );
    }
    const after = {
      scores: scored.scores,
      totalPoints: scored.totalPoints,
      passed: scored.passed,
      feedback: input.feedback,
    };
    await this.updateVersioned(manager, existing.id, input.version, { ...after, markerId: actor.userId });
    // The student is told the grade changed (not how: they read it in the portal).
    await this.outbox.record(manager, [gradeChanged(existing.id, existing.version + 1)]);
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'grade.changed_after_release',
      subjectType: 'grade',
      subjectId: existing.id,
      data: { submissionId: submission.id, reason: input.reason, before: auditView(existing), after: auditView(after) },
    });
    await this.refreshCompletion(manager, [{ studentId: submission.studentId, assignmentId: assignment.id }]);
  }

  /**
   * Releases the agreed grade of each submission, all or nothing. Each must be handed in,
   * taught by the actor, and have a complete agreed grade. Module (and track) completion is
   * refreshed for the students; telling them is recorded in the outbox, in the same transaction.
   */
  async release(actor: Actor | null, submissionIds: string[]): Promise<Submission[]> {
    assertSignedIn(actor);
    const ids = [...new Set(submissionIds)].sort();
    if (!ids.length) {
      throw DomainError.badInput(
        'Choose at least one submission.',
        { submissionIds: 'empty' },
        AssignmentRefusal.NO_SUBMISSIONS_CHOSEN,
      );
    }
    if (ids.length > MAX_RELEASE) {
      throw DomainError.badInput(
        `Up to ${MAX_RELEASE} submissions at once.`,
        { submissionIds: 'tooMany' },
        AssignmentRefusal.TOO_MANY_SUBMISSIONS,
        { max: MAX_RELEASE },
      );
    }
    if (ids.some((id) => !isUUID(id))) {
      throw DomainError.badInput('Not a valid submission id.', { submissionIds: 'invalid' }, CommonRefusal.INVALID_ID);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.releaseIn(manager, actor, ids);
      return manager.find(Submission, { where: { id: In(ids) }, order: { submittedAt: 'ASC', id: 'ASC' } });
    });
  }

  /**
   * Releases the agreed grades of `ids` inside the caller's transaction, all or nothing, and
   * records in the outbox that each student is to be told.
   */
  private async releaseIn(manager: EntityManager, actor: Actor, ids: string[]) {
    // Locked in id order, so two bulk releases never deadlock.
    const submissions = await manager.find(Submission, {
      where: { id: In(ids) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    await this.access.require({ actor, permission: AssignmentPermission.SUBMISSION_GRADE, ids, manager });
    const grades = await manager.find(Grade, { where: { submissionId: In(ids), agreed: true } });
    const agreed = new Map(grades.map((g) => [g.submissionId, g]));
    const now = new Date();
    const released: { gradeId: string; submissionId: string }[] = [];
    for (const s of submissions) {
      const refusal = releaseRefusal(s, agreed.get(s.id));
      if (refusal) throw refusal();
      const grade = agreed.get(s.id)!;
      await manager.update(Grade, grade.id, {
        status: GradeStatus.RELEASED,
        releasedAt: now,
        version: grade.version + 1,
      });
      released.push({ gradeId: grade.id, submissionId: s.id });
    }
    await manager.update(Submission, { id: In(ids) }, { status: SubmissionStatus.GRADED });
    await this.audit.record(
      manager,
      released.map((e) => ({
        actorId: actor.userId,
        action: 'grade.released',
        subjectType: 'grade',
        subjectId: e.gradeId,
        data: { submissionId: e.submissionId },
      })),
    );
    await this.refreshCompletion(
      manager,
      submissions.map((s) => ({ studentId: s.studentId, assignmentId: s.assignmentId })),
    );
    await this.outbox.record(
      manager,
      released.map((e) => gradeReleased(e.gradeId)),
    );
  }

  /** Sends an attempt back with a comment; the student may then start the next attempt. */
  async requestRevision(actor: Actor | null, input: RequestRevisionInput): Promise<Submission> {
    assertSignedIn(actor);
    return this.dataSource.transaction(async (manager) => {
      const { submission, assignment } = await this.lockForGrading(manager, actor, input.submissionId);
      const refusal = revisionRefusal(submission, assignment);
      if (refusal) throw refusal();
      await manager.update(Submission, submission.id, {
        status: SubmissionStatus.REVISION_REQUESTED,
        revisionComment: input.comment,
        revisionRequestedAt: new Date(),
        revisionRequestedById: actor.userId,
      });
      await this.outbox.record(manager, [revisionRequested(submission.id)]);
      return manager.findOneByOrFail(Submission, { id: submission.id });
    });
  }

  /** Re-evaluates each student's enrolment in the assignment's track (it may now be complete). */
  private async refreshCompletion(
    manager: EntityManager,
    pairs: { studentId: string; assignmentId: string }[],
  ): Promise<void> {
    const rows: { student_id: string; track_id: string }[] = await manager.query(
      `SELECT DISTINCT e.student_id, e.track_id
         FROM unnest($1::uuid[], $2::uuid[]) AS p(student_id, assignment_id)
         JOIN assignment a ON a.id = p.assignment_id
         JOIN module m ON m.id = a.module_id
         JOIN enrollment e ON e.student_id = p.student_id AND e.track_id = m.track_id AND e.status = 'ACTIVE'`,
      [pairs.map((p) => p.studentId), pairs.map((p) => p.assignmentId)],
    );
    for (const row of rows) await this.learning.refreshEnrollmentCompletion(manager, row.student_id, row.track_id);
  }

  /**
   * For DataLoaders: what the API decides about each attempt for the viewer (their own mark,
   * whether they may release or send it back, its state in the queue), so the portal never
   * works these out again. Three statements whatever the number of attempts.
   */
  async gradingViews(actor: Actor | null, ids: readonly string[]): Promise<Map<string, GradingView>> {
    const map = new Map<string, GradingView>();
    if (!actor || !ids.length) return map;
    const manager = this.dataSource.manager;
    // The submissions with whether the actor may grade each (SUBMISSION_GRADE) in one statement.
    const { raw, entities: submissions } = await this.access
      .selectGradable(
        manager
          .createQueryBuilder(Submission, 's')
          .innerJoinAndSelect('s.assignment', 'a')
          .where('s.id IN (:...ids)', { ids: [...ids] }),
        actor,
        's',
        'gradable',
      )
      .getRawAndEntities<{ s_id: string; gradable: boolean }>();
    if (!submissions.length) return map;
    const grading = new Set(raw.filter((row) => row.gradable).map((row) => row.s_id));
    const grades = await manager.find(Grade, { where: { submissionId: In(submissions.map((s) => s.id)) } });
    for (const s of submissions) {
      const assignment = s.assignment!;
      const marks = grades.filter((g) => g.submissionId === s.id);
      const agreed = marks.find((g) => g.agreed && g.status !== GradeStatus.RELEASED);
      // Without double marking the cohort's docents share one grade; with it each marker has their own.
      const own = assignment.doubleMarking
        ? marks.find((g) => g.markerId === actor.userId)
        : marks.find((g) => g.markerRole === MarkerRole.FIRST);
      const grader = grading.has(s.id);
      const ready = releaseRefusal(s, agreed) === null;
      let state: GradingState;
      if (s.status === SubmissionStatus.GRADED) state = GradingState.RELEASED;
      else if (s.status === SubmissionStatus.REVISION_REQUESTED) state = GradingState.REVISION_REQUESTED;
      else if (ready) state = GradingState.READY;
      else if (s.status === SubmissionStatus.NEEDS_THIRD_MARKER) state = GradingState.THIRD_MARKER;
      else if (own?.status === GradeStatus.FINAL) state = GradingState.AWAITING_SECOND;
      else state = own ? GradingState.DRAFT : GradingState.TO_GRADE;
      map.set(s.id, {
        myGrade: grader ? (own ?? null) : null,
        awaitingGrade: AWAITING.includes(s.status),
        releasable: grader && ready,
        canRequestRevision: grader && revisionRefusal(s, assignment) === null,
        state,
      });
    }
    return map;
  }

  /**
   * For DataLoaders: the grades of many submissions as the actor may see them. The author sees
   * the released grade only; admins every mark; a docent of the cohort every mark, except while
   * double marking is under way, when they see their own mark alone.
   */
  async gradesForViewer(actor: Actor | null, submissionIds: readonly string[]): Promise<Map<string, Grade[]>> {
    const map = new Map<string, Grade[]>();
    if (!actor || !submissionIds.length) return map;
    // Of the attempt only what decides visibility, and whether the actor grades it (SUBMISSION_GRADE), in one statement.
    const { raw, entities: grades } = await this.access
      .selectGradable(
        this.dataSource.manager
          .createQueryBuilder(Grade, 'g')
          .innerJoin('g.submission', 's')
          .innerJoin('s.assignment', 'a')
          .addSelect(['s.id', 's.status', 's.studentId', 'a.id', 'a.doubleMarking'])
          .where('g.submission_id IN (:...ids)', { ids: submissionIds })
          .orderBy('g.marker_role', 'ASC'),
        actor,
        's',
        'gradable',
      )
      .getRawAndEntities<{ s_id: string; gradable: boolean }>();
    if (!grades.length) return map;
    const grading = new Set(raw.filter((row) => row.gradable).map((row) => row.s_id));
    for (const grade of grades) {
      const s = grade.submission!;
      let visible = false;
      if (hasRole(actor, Role.ADMIN)) visible = true;
      else if (grading.has(s.id)) {
        visible =
          !s.assignment!.doubleMarking || s.status !== SubmissionStatus.SUBMITTED || grade.markerId === actor.userId;
      } else if (s.studentId === actor.userId) visible = grade.status === GradeStatus.RELEASED;
      if (!visible) continue;
      delete grade.submission;
      map.set(grade.submissionId, [...(map.get(grade.submissionId) ?? []), grade]);
    }
    return map;
  }
}
