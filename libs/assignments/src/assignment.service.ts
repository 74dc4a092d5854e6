import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Module, PublicationStatus } from '@imh/catalogue';
import { Actor, assertSignedIn, DomainError } from '@imh/common';
import { AppConfig } from '@imh/config';
import { ALLOWED_EXTENSIONS } from '@imh/files';
import { AssignmentAccess, AssignmentPermission } from './assignment.access';
import { AssignmentRefusal } from './assignment-refusal';
import {
  AssignmentLimits,
  MAX_ATTEMPTS,
  MAX_CRITERIA,
  MAX_FILES_PER_SUBMISSION,
  MAX_LEVELS,
} from './assignment-limits';
import { anonymisedSubmissionIds, authorHidden } from './anonymity';
import { AssignmentFieldsInput, RubricCriterionInput } from './dto/assignment-fields.input';
import { CreateAssignmentInput } from './dto/create-assignment.input';
import { AssignmentCohortOverview, CohortStudentAssignment } from './assignment-cohort-overview';
import { DUE_SOON_DAYS, DUE_SOON_MAX, DueSoon } from './dashboard.types';
import { GrantExtensionInput } from './dto/grant-extension.input';
import { RevokeExtensionInput } from './dto/revoke-extension.input';
import { SetAssignmentDueDateInput } from './dto/set-assignment-due-date.input';
import { UpdateAssignmentInput } from './dto/update-assignment.input';
import { AssignmentDueDate } from './entities/assignment-due-date.entity';
import { AssignmentExtension } from './entities/assignment-extension.entity';
import { Assignment, PassRule, SubmissionKind } from './entities/assignment.entity';
import { Grade } from './entities/grade.entity';
import { CriterionKind, RubricCriterion, type RubricLevel } from './entities/rubric-criterion.entity';
import { Submission, SubmissionStatus } from './entities/submission.entity';

/** A criterion as stored, from its input: levels sorted, max points derived. */
function criterionRow(input: RubricCriterionInput, position: number) {
  const levels =
    input.kind === CriterionKind.PASS_FAIL
      ? []
      : [...input.levels]
          .sort((a, b) => a.points - b.points)
          .map((l) => ({ label: l.label, description: l.description, points: l.points }));
  return {
    position,
    title: input.title,
    description: input.description,
    kind: input.kind,
    levels,
    maxPoints: input.kind === CriterionKind.PASS_FAIL ? 1 : (levels.at(-1)?.points ?? 0),
  };
}

/** jsonb does not keep key order, so levels are compared field by field. */
const rubricKey = (c: {
  title: string;
  description: string;
  kind: CriterionKind;
  levels: RubricLevel[];
  maxPoints: number;
}) =>
  JSON.stringify([
    c.title,
    c.description,
    c.kind,
    c.maxPoints,
    c.levels.map((l) => [l.label, l.description, l.points]),
  ]);

const sameRubric = (stored: RubricCriterion[], rows: ReturnType<typeof criterionRow>[]) =>
  stored.length === rows.length && stored.every((c, i) => rubricKey(c) === rubricKey(rows[i]));

/** Admin authoring of assignments and rubrics, due dates per cohort, extensions per student. */
@Injectable()
export class AssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly access: AssignmentAccess,
    private readonly audit: AuditService,
  ) {}

  private author(actor: Actor | null, ids: string[]): Promise<void> {
    return this.access.require({ actor, permission: AssignmentPermission.ASSIGNMENT_AUTHOR, ids });
  }

  private coursework(actor: Actor, cohortId: string, manager?: EntityManager): Promise<void> {
    return this.access.require({ actor, permission: AssignmentPermission.COHORT_COURSEWORK, ids: [cohortId], manager });
  }

  /**
   * The rules class-validator cannot express: they span fields. Names every bad field by its
   * full path with its problem (an AssignmentRefusal value); the params carry what the
   * problems name (the storage limit, the rubric's total, the unknown types).
   */
  private validateFields(input: AssignmentFieldsInput): void {
    const fields: Record<string, AssignmentRefusal> = {};
    const params: Record<string, number | string[]> = {};
    const unknownTypes = input.allowedFileTypes.filter((t) => !ALLOWED_EXTENSIONS.includes(t));
    if (unknownTypes.length) {
      fields.allowedFileTypes = AssignmentRefusal.FILE_TYPES_UNKNOWN;
      params.unknownTypes = unknownTypes;
    }
    if (input.submissionKind !== SubmissionKind.TEXT && input.allowedFileTypes.length === 0) {
      fields.allowedFileTypes = AssignmentRefusal.FILE_TYPES_MISSING;
    }
    if (input.maxFileBytes > this.config.MAX_UPLOAD_BYTES) {
      fields.maxFileBytes = AssignmentRefusal.FILE_LIMIT_ABOVE_STORAGE;
      params.storageLimitBytes = this.config.MAX_UPLOAD_BYTES;
    }
    input.criteria.forEach((c, i) => {
      if (c.kind === CriterionKind.POINTS) {
        if (c.levels.length < 2) fields[`criteria.${i}.levels`] = AssignmentRefusal.LEVELS_TOO_FEW;
        const seen = new Set<number>();
        c.levels.forEach((level, j) => {
          if (seen.has(level.points))
            fields[`criteria.${i}.levels.${j}.points`] = AssignmentRefusal.LEVEL_POINTS_REPEATED;
          seen.add(level.points);
        });
      } else if (c.levels.length) {
        fields[`criteria.${i}.levels`] = AssignmentRefusal.PASS_FAIL_HAS_LEVELS;
      }
    });
    const maxTotal = input.criteria.reduce(
      (sum, c, i) => sum + criterionRow(c, i).maxPoints * (c.kind === CriterionKind.POINTS ? 1 : 0),
      0,
    );
    if (input.passRule === PassRule.MIN_TOTAL_POINTS) {
      if (input.passMinPoints === null || input.passMinPoints === undefined) {
        fields.passMinPoints = AssignmentRefusal.PASS_MIN_MISSING;
      } else if (input.passMinPoints > maxTotal) {
        fields.passMinPoints = AssignmentRefusal.PASS_MIN_ABOVE_TOTAL;
        params.maxTotalPoints = maxTotal;
      }
    } else if (input.criteria.some((c) => c.kind !== CriterionKind.PASS_FAIL)) {
      fields.passRule = AssignmentRefusal.PASS_RULE_NEEDS_PASS_FAIL;
    }
    if (Object.keys(fields).length) {
      throw DomainError.badInput(
        `Check the assignment: ${Object.entries(fields)
          .map(([path, problem]) => `${path} (${problem})`)
          .join(', ')}.`,
        fields,
        AssignmentRefusal.INVALID_ASSIGNMENT,
        params,
      );
    }
  }

  private columns(input: AssignmentFieldsInput) {
    return {
      title: input.title,
      instructions: input.instructions,
      submissionKind: input.submissionKind,
      allowedFileTypes: input.submissionKind === SubmissionKind.TEXT ? [] : input.allowedFileTypes,
      maxFileBytes: input.maxFileBytes,
      passRule: input.passRule,
      passMinPoints: input.passRule === PassRule.MIN_TOTAL_POINTS ? (input.passMinPoints ?? null) : null,
      maxAttempts: input.maxAttempts,
      anonymousGrading: input.anonymousGrading,
      doubleMarking: input.doubleMarking,
      doubleMarkingThreshold: input.doubleMarkingThreshold,
    };
  }

  async create(actor: Actor | null, input: CreateAssignmentInput): Promise<Assignment> {
    await this.author(actor, [input.moduleId]);
    this.validateFields(input);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Module, { id: input.moduleId }))) throw DomainError.notFound('Module');
      const assignment = await manager.save(
        manager.create(Assignment, { moduleId: input.moduleId, ...this.columns(input) }),
      );
      await manager.insert(
        RubricCriterion,
        input.criteria.map((c, i) => ({ assignmentId: assignment.id, ...criterionRow(c, i) })),
      );
      return assignment;
    });
  }

  /** Replaces the fields; the rubric only while no grade refers to it (scores point at criteria). */
  async update(actor: Actor | null, input: UpdateAssignmentInput): Promise<Assignment> {
    await this.author(actor, [input.id]);
    this.validateFields(input);
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(Assignment, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!assignment) throw DomainError.notFound('Assignment');
      const stored = await manager.find(RubricCriterion, {
        where: { assignmentId: assignment.id },
        order: { position: 'ASC' },
      });
      const rows = input.criteria.map((c, i) => criterionRow(c, i));
      if (!sameRubric(stored, rows)) {
        const graded = await manager
          .createQueryBuilder(Grade, 'g')
          .innerJoin(Submission, 's', 's.id = g.submission_id')
          .where('s.assignment_id = :id', { id: assignment.id })
          .getExists();
        if (graded) {
          throw DomainError.conflict(
            'The rubric is in use by grades and cannot change any more.',
            AssignmentRefusal.RUBRIC_IN_USE,
          );
        }
        await manager.delete(RubricCriterion, { assignmentId: assignment.id });
        await manager.insert(
          RubricCriterion,
          rows.map((r) => ({ assignmentId: assignment.id, ...r })),
        );
      }
      await manager.update(Assignment, assignment.id, this.columns(input));
      return manager.findOneByOrFail(Assignment, { id: assignment.id });
    });
  }

  /** Only while no student has work on it (drafts included): submissions are records. */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    await this.author(actor, [id]);
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(Assignment, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!assignment) throw DomainError.notFound('Assignment');
      const submitted = await manager.exists(Submission, { where: { assignmentId: id } });
      if (submitted)
        throw DomainError.conflict(
          'Students have handed this assignment in.',
          AssignmentRefusal.ASSIGNMENT_HAS_SUBMISSIONS,
        );
      await manager.delete(Assignment, id);
      return true;
    });
  }

  /**
   * Admins and docents read every assignment; a student those of published modules in a
   * track they are enrolled in. Anyone else: NOT_FOUND, so ids reveal nothing.
   */
  async byId(actor: Actor | null, id: string): Promise<Assignment> {
    await this.access.require({ actor, permission: AssignmentPermission.ASSIGNMENT_READ, ids: [id] });
    return this.dataSource.manager.findOneByOrFail(Assignment, { id });
  }

  async byModule(actor: Actor | null, moduleId: string): Promise<Assignment[]> {
    assertSignedIn(actor);
    return this.visible(actor, { moduleIds: [moduleId] });
  }

  private async visible(actor: Actor, where: { moduleIds?: string[]; enrolledOnly?: boolean }): Promise<Assignment[]> {
    return this.visibleQuery(actor, where).getMany();
  }

  private visibleQuery(actor: Actor, where: { moduleIds?: string[]; enrolledOnly?: boolean; withModule?: boolean }) {
    const qb = this.dataSource.manager.createQueryBuilder(Assignment, 'a');
    // `withModule`: each assignment's `module` read in the same join (the API primes its loader).
    if (where.withModule) qb.innerJoinAndSelect('a.module', 'm');
    else qb.innerJoin(Module, 'm', 'm.id = a.module_id');
    qb.orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC');
    if (where.moduleIds) qb.andWhere('a.module_id IN (:...moduleIds)', { moduleIds: where.moduleIds });
    if (where.enrolledOnly) {
      // The user's own tracks, whatever their roles: what they follow, not what they may read.
      qb.andWhere('m.status = :published', { published: PublicationStatus.PUBLISHED }).andWhere(
        `EXISTS (SELECT 1 FROM enrollment e WHERE e.track_id = m.track_id AND e.student_id = :me AND e.status <> 'WITHDRAWN')`,
        { me: actor.userId },
      );
    } else {
      this.access.scopeReadableAssignments(qb, actor, 'm');
    }
    return qb;
  }

  /**
   * The signed-in user's own assignments: those of published modules in the tracks they are
   * enrolled in (also for a docent or admin who follows a track). One statement; the due date
   * and attempts of each come through DataLoaders.
   */
  async mine(actor: Actor | null): Promise<Assignment[]> {
    assertSignedIn(actor);
    return this.visible(actor, { enrolledOnly: true });
  }

  /**
   * What the signed-in user has due in the next `days` days among their own assignments (as
   * `mine`), by their effective due date (the view `assignment_effective_due_date`), soonest
   * first, each with its `module`. One statement whatever the number; where they stand comes
   * through DataLoaders.
   */
  async dueSoon(actor: Actor | null, now = new Date(), days = DUE_SOON_DAYS): Promise<DueSoon> {
    assertSignedIn(actor);
    const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
    const { raw, entities } = await this.visibleQuery(actor, { enrolledOnly: true, withModule: true })
      .innerJoin('assignment_effective_due_date', 'due', 'due.assignment_id = a.id AND due.student_id = :me', {
        me: actor.userId,
      })
      .addSelect('due.due_at', 'due_at')
      .addSelect('due.extension_due_at IS NOT NULL', 'extended')
      .addSelect('count(*) OVER ()', 'total')
      .andWhere('due.due_at >= :now AND due.due_at < :until', { now, until })
      .orderBy('due.due_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(DUE_SOON_MAX)
      .getRawAndEntities<{ a_id: string; due_at: Date; extended: boolean; total: string }>();
    const byId = new Map(entities.map((e) => [e.id, e]));
    return {
      days,
      totalCount: raw.length ? Number(raw[0].total) : 0,
      items: raw.map((r) => ({ assignment: byId.get(r.a_id)!, dueAt: new Date(r.due_at), extended: r.extended })),
    };
  }

  /** For DataLoaders: the assignments of many modules as the actor may see them, one query. */
  async byModuleIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, Assignment[]>> {
    const map = new Map<string, Assignment[]>();
    if (!actor || !ids.length) return map;
    for (const row of await this.visible(actor, { moduleIds: [...ids] })) {
      map.set(row.moduleId, [...(map.get(row.moduleId) ?? []), row]);
    }
    return map;
  }

  async byIds(ids: readonly string[]): Promise<Assignment[]> {
    return ids.length ? this.dataSource.manager.findBy(Assignment, { id: In([...ids]) }) : [];
  }

  /** For DataLoaders: the rubric of many assignments, one query. */
  async criteriaByAssignmentIds(ids: readonly string[]): Promise<Map<string, RubricCriterion[]>> {
    const rows = ids.length
      ? await this.dataSource.manager.find(RubricCriterion, {
          where: { assignmentId: In([...ids]) },
          order: { position: 'ASC' },
        })
      : [];
    const map = new Map<string, RubricCriterion[]>();
    for (const row of rows) map.set(row.assignmentId, [...(map.get(row.assignmentId) ?? []), row]);
    return map;
  }

  /** Due dates of many assignments as the actor may see them: admins all, docents their cohorts', students their own cohort's. */
  async dueDatesByAssignmentIds(
    actor: Actor | null,
    ids: readonly string[],
  ): Promise<Map<string, AssignmentDueDate[]>> {
    const map = new Map<string, AssignmentDueDate[]>();
    if (!actor || !ids.length) return map;
    const qb = this.dataSource.manager
      .createQueryBuilder(AssignmentDueDate, 'd')
      .where('d.assignment_id IN (:...ids)', { ids })
      .orderBy('d.due_at', 'ASC');
    this.access.scopeCohortDueDates(qb, actor, 'd');
    for (const row of await qb.getMany()) map.set(row.assignmentId, [...(map.get(row.assignmentId) ?? []), row]);
    return map;
  }

  /** For DataLoaders: the signed-in student's effective due date (extension, else their cohort's) per assignment. */
  async myDueDates(actor: Actor | null, ids: readonly string[]): Promise<Map<string, Date>> {
    const map = new Map<string, Date>();
    if (!actor || !ids.length) return map;
    const rows: { id: string; due: Date | null }[] = await this.dataSource.query(
      `SELECT assignment_id AS id, due_at AS due FROM assignment_effective_due_date
        WHERE assignment_id = ANY($1::uuid[]) AND student_id = $2`,
      [ids, actor.userId],
    );
    for (const row of rows) if (row.due) map.set(row.id, new Date(row.due));
    return map;
  }

  /** The limits authors and students work within, as the API enforces them (for signed-in users). */
  limits(actor: Actor | null): AssignmentLimits {
    assertSignedIn(actor);
    return {
      maxUploadBytes: this.config.MAX_UPLOAD_BYTES,
      fileTypes: [...ALLOWED_EXTENSIONS],
      maxFilesPerSubmission: MAX_FILES_PER_SUBMISSION,
      maxAttempts: MAX_ATTEMPTS,
      maxCriteria: MAX_CRITERIA,
      maxLevels: MAX_LEVELS,
    };
  }

  /** Sets (or moves) a cohort's due date: an admin or a docent of the cohort. */
  async setDueDate(actor: Actor | null, input: SetAssignmentDueDateInput): Promise<AssignmentDueDate> {
    assertSignedIn(actor);
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOne(Assignment, {
        where: { id: input.assignmentId },
        relations: { module: true },
      });
      if (!assignment) throw DomainError.notFound('Assignment');
      const [cohort]: { track_id: string }[] = await manager.query('SELECT track_id FROM cohort WHERE id = $1', [
        input.cohortId,
      ]);
      if (!cohort) throw DomainError.notFound('Cohort');
      await this.coursework(actor, input.cohortId, manager);
      if (cohort.track_id !== assignment.module!.trackId) {
        throw DomainError.badInput(
          'This cohort follows another track.',
          { cohortId: 'otherTrack' },
          AssignmentRefusal.COHORT_OTHER_TRACK,
        );
      }
      await manager.upsert(
        AssignmentDueDate,
        { assignmentId: input.assignmentId, cohortId: input.cohortId, dueAt: input.dueAt },
        ['assignmentId', 'cohortId'],
      );
      return manager.findOneByOrFail(AssignmentDueDate, { assignmentId: input.assignmentId, cohortId: input.cohortId });
    });
  }

  /** The assignment and the student's cohort in its track (with the cohort's due date); checks the actor may schedule it. */
  private async extensionTarget(manager: EntityManager, actor: Actor, assignmentId: string, studentId: string) {
    const assignment = await manager.findOne(Assignment, { where: { id: assignmentId } });
    if (!assignment) throw DomainError.notFound('Assignment');
    const [member]: { cohort_id: string; cohort_due_at: Date | null; extension_due_at: Date | null }[] =
      await manager.query(
        `SELECT cohort_id, cohort_due_at, extension_due_at FROM assignment_effective_due_date
          WHERE assignment_id = $1 AND student_id = $2`,
        [assignment.id, studentId],
      );
    if (!member) throw DomainError.notFound('Student');
    await this.coursework(actor, member.cohort_id, manager);
    return {
      assignment,
      cohortDueAt: member.cohort_due_at ? new Date(member.cohort_due_at) : null,
      extensionDueAt: member.extension_due_at ? new Date(member.extension_due_at) : null,
    };
  }

  /**
   * One student's later due date, granted (or moved) by a docent of their cohort or an admin; audited.
   * The date must lie after the cohort's due date (EXTENSION_NOT_LATER, checked first) and in
   * the future (EXTENSION_IN_PAST): an extension earlier than everyone else's date, or already
   * over, is a mistake, not a choice (BAD_USER_INPUT, nothing written).
   */
  async grantExtension(actor: Actor | null, input: GrantExtensionInput): Promise<AssignmentExtension> {
    assertSignedIn(actor);
    return this.dataSource.transaction(async (manager) => {
      const { assignment, cohortDueAt, extensionDueAt } = await this.extensionTarget(
        manager,
        actor,
        input.assignmentId,
        input.studentId,
      );
      if (cohortDueAt && input.dueAt.getTime() <= cohortDueAt.getTime()) {
        throw DomainError.badInput(
          'An extension must be later than the cohort’s due date.',
          { dueAt: 'notLater' },
          AssignmentRefusal.EXTENSION_NOT_LATER,
        );
      }
      if (input.dueAt.getTime() <= Date.now()) {
        throw DomainError.badInput(
          'An extension must end in the future.',
          { dueAt: 'past' },
          AssignmentRefusal.EXTENSION_IN_PAST,
        );
      }
      await manager.upsert(
        AssignmentExtension,
        {
          assignmentId: assignment.id,
          studentId: input.studentId,
          dueAt: input.dueAt,
          reason: input.reason,
          grantedById: actor.userId,
        },
        ['assignmentId', 'studentId'],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: extensionDueAt ? 'extension.changed' : 'extension.granted',
        subjectType: 'assignment',
        subjectId: assignment.id,
        // The reason may be about someone's health: the audit keeps that one was given, not what.
        data: {
          studentId: input.studentId,
          dueAt: input.dueAt.toISOString(),
          previousDueAt: extensionDueAt?.toISOString() ?? null,
          reasonGiven: input.reason.length > 0,
        },
      });
      return manager.findOneByOrFail(AssignmentExtension, { assignmentId: assignment.id, studentId: input.studentId });
    });
  }

  /** Takes an extension back (audited): the cohort's due date counts again. True when there was one to revoke. */
  async revokeExtension(actor: Actor | null, input: RevokeExtensionInput): Promise<boolean> {
    assertSignedIn(actor);
    return this.dataSource.transaction(async (manager) => {
      const { extensionDueAt } = await this.extensionTarget(manager, actor, input.assignmentId, input.studentId);
      const result = await manager.delete(AssignmentExtension, {
        assignmentId: input.assignmentId,
        studentId: input.studentId,
      });
      const revoked = (result.affected ?? 0) > 0;
      if (revoked) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'extension.revoked',
          subjectType: 'assignment',
          subjectId: input.assignmentId,
          data: { studentId: input.studentId, previousDueAt: extensionDueAt?.toISOString() ?? null },
        });
      }
      return revoked;
    });
  }

  /**
   * Every student of a cohort with where they stand on one assignment: attempts, the latest
   * status, extension and effective due date. For a docent of the cohort or an admin. A fixed
   * number of statements whatever the cohort's size.
   */
  async cohortOverview(actor: Actor | null, assignmentId: string, cohortId: string): Promise<AssignmentCohortOverview> {
    assertSignedIn(actor);
    const manager = this.dataSource.manager;
    const assignment = await manager.findOne(Assignment, { where: { id: assignmentId }, relations: { module: true } });
    if (!assignment) throw DomainError.notFound('Assignment');
    const [cohort]: { name: string; track_id: string; due_at: Date | null }[] = await manager.query(
      `SELECT c.name, c.track_id, d.due_at FROM cohort c
         LEFT JOIN assignment_due_date d ON d.cohort_id = c.id AND d.assignment_id = $2
        WHERE c.id = $1`,
      [cohortId, assignmentId],
    );
    if (!cohort) throw DomainError.notFound('Cohort');
    await this.coursework(actor, cohortId, manager);
    if (cohort.track_id !== assignment.module!.trackId) {
      throw DomainError.badInput(
        'This cohort follows another track.',
        { cohortId: 'otherTrack' },
        AssignmentRefusal.COHORT_OTHER_TRACK,
      );
    }
    const rows: {
      student_id: string;
      student_name: string;
      attempts: number;
      hidden: boolean;
      due_at: Date | null;
      sub_id: string | null;
      sub_status: SubmissionStatus | null;
      sub_late: boolean | null;
      x_due_at: Date | null;
      x_reason: string | null;
      x_granted_by_id: string | null;
      x_created_at: Date | null;
      x_updated_at: Date | null;
    }[] = await manager.query(
      `SELECT u.id AS student_id, u.name AS student_name, e.due_at,
              ${authorHidden('a.anonymous_grading', 'e.assignment_id', 'e.student_id')} AS hidden,
              (SELECT count(*) FROM submission c
                WHERE c.assignment_id = $1 AND c.student_id = u.id AND c.status <> 'DRAFT')::int AS attempts,
              ls.id AS sub_id, ls.status AS sub_status, ls.late AS sub_late,
              x.due_at AS x_due_at, x.reason AS x_reason, x.granted_by_id AS x_granted_by_id,
              x.created_at AS x_created_at, x.updated_at AS x_updated_at
         FROM assignment_effective_due_date e
         JOIN assignment a ON a.id = e.assignment_id
         JOIN "user" u ON u.id = e.student_id
         LEFT JOIN assignment_extension x ON x.assignment_id = e.assignment_id AND x.student_id = e.student_id
         LEFT JOIN LATERAL (
           SELECT s.id, s.status, s.late FROM submission s
            WHERE s.assignment_id = $1 AND s.student_id = u.id AND s.status <> 'DRAFT'
            ORDER BY s.attempt DESC LIMIT 1) ls ON true
        WHERE e.assignment_id = $1 AND e.cohort_id = $2
        ORDER BY u.name, u.id`,
      [assignmentId, cohortId],
    );
    const cohortDueAt = cohort.due_at ? new Date(cohort.due_at) : null;
    const students = rows.map((row): CohortStudentAssignment => {
      const extension = row.x_due_at
        ? Object.assign(new AssignmentExtension(), {
            assignmentId,
            studentId: row.student_id,
            dueAt: new Date(row.x_due_at),
            reason: row.x_reason ?? '',
            grantedById: row.x_granted_by_id,
            createdAt: new Date(row.x_created_at!),
            updatedAt: new Date(row.x_updated_at!),
          })
        : null;
      // Anonymous grading: nothing next to a name may tie it to an attempt in the queue
      // (not even whether, when or how often the student handed in) until the grade is released.
      return {
        studentId: row.student_id,
        studentName: row.student_name,
        attemptsHidden: row.hidden,
        attempts: row.hidden ? null : row.attempts,
        latestStatus: row.hidden ? null : row.sub_status,
        latestSubmissionId: row.hidden ? null : row.sub_id,
        late: row.hidden ? null : row.sub_late,
        extension,
        effectiveDueAt: row.due_at ? new Date(row.due_at) : null,
      };
    });
    return {
      assignmentId,
      cohortId,
      cohortName: cohort.name,
      cohortDueAt,
      anonymousGrading: assignment.anonymousGrading,
      students,
    };
  }

  /**
   * For DataLoaders: the extension of each submission's author on its assignment, for a reader
   * of the submission (SUBMISSION_READ) while the author is not anonymised. Three statements.
   */
  async extensionsBySubmissionIds(
    actor: Actor | null,
    ids: readonly string[],
  ): Promise<Map<string, AssignmentExtension>> {
    const map = new Map<string, AssignmentExtension>();
    if (!actor || !ids.length) return map;
    const readable = await this.access.check({ actor, permission: AssignmentPermission.SUBMISSION_READ, ids });
    const hidden = await anonymisedSubmissionIds(this.dataSource.manager, actor, [...readable]);
    const shown = [...readable].filter((id) => !hidden.has(id));
    if (!shown.length) return map;
    const { raw, entities } = await this.dataSource.manager
      .createQueryBuilder(AssignmentExtension, 'x')
      .innerJoin(Submission, 's', 's.assignment_id = x.assignment_id AND s.student_id = x.student_id')
      .addSelect('s.id', 'submission_id')
      .where('s.id IN (:...ids)', { ids: shown })
      .getRawAndEntities<{
        submission_id: string;
        x_assignment_id: string;
        x_student_id: string;
      }>();
    const byKey = new Map(entities.map((e) => [`${e.assignmentId}:${e.studentId}`, e]));
    for (const row of raw) {
      const extension = byKey.get(`${row.x_assignment_id}:${row.x_student_id}`);
      if (extension) map.set(row.submission_id, extension);
    }
    return map;
  }
}
