import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CatalogueRefusal, LearningState, ModuleCompletionRule } from '@imh/catalogue';
import { type Actor, CommonRefusal, ContextAccess, DomainError, hasRole, type PermissionRule, Role } from '@imh/common';
import { AssignmentRefusal } from './assignment-refusal';

/** What one may do in the assignments context; each is answered for a set of ids in one query. */
export enum AssignmentPermission {
  /** Write assignments and rubrics on these modules: admins. */
  ASSIGNMENT_AUTHOR = 'ASSIGNMENT_AUTHOR',
  /** Read these assignments: admins and docents all; a student those of published modules of their tracks. */
  ASSIGNMENT_READ = 'ASSIGNMENT_READ',
  /**
   * The coursework of these cohorts (due dates, extensions, the cohort overview, the grading
   * queue filtered on it): an admin, or a docent of the cohort.
   */
  COHORT_COURSEWORK = 'COHORT_COURSEWORK',
  /**
   * Hand in (or draft) for these assignments: a student enrolled in the track, in a cohort of
   * it, the module published and not locked by an unfinished prerequisite.
   */
  SUBMISSION_CREATE = 'SUBMISSION_CREATE',
  /** Read these attempts: the author always; once handed in, a docent of its cohort and admins. */
  SUBMISSION_READ = 'SUBMISSION_READ',
  /** Grade these handed-in attempts (marks, release, revision requests): a docent of their cohort. */
  SUBMISSION_GRADE = 'SUBMISSION_GRADE',
  /** Read these files: each held by an attempt the actor may read (SUBMISSION_READ). */
  SUBMISSION_FILE_READ = 'SUBMISSION_FILE_READ',
}

/** Named parameters of the scope predicates below (QueryBuilder style). */
interface ScopeParams {
  accessMe: string;
  accessAdmin: boolean;
  accessDocent: boolean;
}

/**
 * The predicates themselves, each written once and used both by `allowed()` (positional
 * parameters) and by the list queries of the services (`scope…`, named parameters). `me`,
 * `admin` and `docent` are the placeholders of the actor's id and roles.
 */
const taughtCohorts = (me: string) => `SELECT cd.cohort_id FROM cohort_docent cd WHERE cd.docent_id = ${me}`;
const followedCohorts = (me: string) => `SELECT cm.cohort_id FROM cohort_member cm WHERE cm.student_id = ${me}`;

/** SUBMISSION_READ over a submission alias. */
const readableSubmission = (s: string, me: string, admin: string, docent: string) =>
  `(${s}.student_id = ${me} OR (${s}.status <> 'DRAFT' AND (${admin} OR (${docent} AND ${s}.cohort_id IN (${taughtCohorts(me)})))))`;

/** SUBMISSION_GRADE over a submission alias. */
const gradableSubmission = (s: string, me: string, docent: string) =>
  `(${docent} AND ${s}.status <> 'DRAFT' AND ${s}.cohort_id IN (${taughtCohorts(me)}))`;

/** ASSIGNMENT_READ over a module alias (the assignment's module). */
const readableModule = (m: string, me: string, readsAll: string) =>
  `(${readsAll} OR (${m}.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM enrollment e
      WHERE e.track_id = ${m}.track_id AND e.student_id = ${me} AND e.status <> 'WITHDRAWN')))`;

const uuids = (ids: string[]) => ids.filter((id) => isUUID(id));

/**
 * The assignments context's access layer: the only code that knows who teaches or follows
 * which cohort. Services, resolver fields (through the services' loaders), the submission file
 * rule and the mailer all ask it.
 */
@Injectable()
export class AssignmentAccess extends ContextAccess<AssignmentPermission> {
  protected readonly rules: Readonly<Record<AssignmentPermission, PermissionRule>> = {
    ASSIGNMENT_AUTHOR: {
      deny: 'FORBIDDEN',
      message: 'Only admins can write assignments.',
      reason: AssignmentRefusal.AUTHORING_ADMINS_ONLY,
    },
    ASSIGNMENT_READ: { deny: 'NOT_FOUND', what: 'Assignment' },
    COHORT_COURSEWORK: {
      deny: 'FORBIDDEN',
      message: 'You do not teach this cohort.',
      reason: AssignmentRefusal.NOT_YOUR_COHORT,
    },
    SUBMISSION_CREATE: {
      deny: 'FORBIDDEN',
      message: 'You are not in a cohort of this track.',
      reason: AssignmentRefusal.NO_COHORT_IN_TRACK,
    },
    SUBMISSION_READ: { deny: 'NOT_FOUND', what: 'Submission' },
    SUBMISSION_GRADE: {
      deny: 'FORBIDDEN',
      message: 'You do not teach the cohort of this submission.',
      reason: AssignmentRefusal.NOT_YOUR_COHORT,
    },
    SUBMISSION_FILE_READ: { deny: 'NOT_FOUND', what: 'File' },
  };

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly completion: ModuleCompletionRule,
  ) {
    super(dataSource);
  }

  protected async allowed(
    actor: Actor,
    permission: AssignmentPermission,
    given: string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const ids = uuids(given);
    if (!ids.length) return new Set();
    const admin = hasRole(actor, Role.ADMIN);
    const docent = hasRole(actor, Role.DOCENT);
    const rows = async (sql: string, params: unknown[]) =>
      new Set(((await manager.query(sql, params)) as { id: string }[]).map((r) => r.id));
    switch (permission) {
      case AssignmentPermission.ASSIGNMENT_AUTHOR:
        // A role, not a relation: nothing to ask the database.
        return new Set(admin ? ids : []);
      case AssignmentPermission.ASSIGNMENT_READ:
        return rows(
          `SELECT a.id FROM assignment a JOIN module m ON m.id = a.module_id
            WHERE a.id = ANY($1::uuid[]) AND ${readableModule('m', '$2', '$3')}`,
          [ids, actor.userId, admin || docent],
        );
      case AssignmentPermission.COHORT_COURSEWORK:
        if (admin) return rows('SELECT id FROM cohort WHERE id = ANY($1::uuid[])', [ids]);
        if (!docent) return new Set();
        return rows(
          `SELECT cd.cohort_id AS id FROM cohort_docent cd WHERE cd.docent_id = $2 AND cd.cohort_id = ANY($1::uuid[])`,
          [ids, actor.userId],
        );
      case AssignmentPermission.SUBMISSION_CREATE:
        return this.openAssignments(manager, actor, ids);
      case AssignmentPermission.SUBMISSION_READ:
        return rows(
          `SELECT s.id FROM submission s WHERE s.id = ANY($1::uuid[]) AND ${readableSubmission('s', '$2', '$3', '$4')}`,
          [ids, actor.userId, admin, docent],
        );
      case AssignmentPermission.SUBMISSION_GRADE:
        // Only docents grade: for anyone else the predicate is false whatever the ids.
        if (!docent) return new Set();
        return rows(
          `SELECT s.id FROM submission s WHERE s.id = ANY($1::uuid[]) AND ${gradableSubmission('s', '$2', '$3')}`,
          [ids, actor.userId, docent],
        );
      case AssignmentPermission.SUBMISSION_FILE_READ:
        return rows(
          `SELECT DISTINCT sf.file_id AS id FROM submission_file sf JOIN submission s ON s.id = sf.submission_id
            WHERE sf.file_id = ANY($1::uuid[]) AND ${readableSubmission('s', '$2', '$3', '$4')}`,
          [ids, actor.userId, admin, docent],
        );
    }
  }

  /** SUBMISSION_CREATE: the ids `createRefusals` finds nothing against. */
  private async openAssignments(manager: EntityManager, actor: Actor, ids: string[]): Promise<Set<string>> {
    if (!hasRole(actor, Role.STUDENT)) return new Set();
    const refusals = await this.createRefusals(manager, actor, ids);
    return new Set(ids.filter((id) => !refusals.has(id)));
  }

  /**
   * SUBMISSION_CREATE's rule, per assignment: why the actor may not hand in for it (absent: they
   * may). In the order a student meets them: missing or unpublished (NOT_FOUND), not a student,
   * not enrolled in a cohort of the track, the module locked by an unfinished prerequisite (the
   * catalogue's own completion rule, so "locked" means what it means on the dashboard). One
   * statement, plus the learning state's fixed few for the student's tracks, whatever the ids.
   */
  async createRefusals(
    manager: EntityManager,
    actor: Actor,
    given: readonly string[],
  ): Promise<Map<string, DomainError>> {
    const ids = [...new Set(given)];
    const refusals = new Map<string, DomainError>();
    const rows: { id: string; module_id: string; track_id: string; member: boolean }[] = uuids(ids).length
      ? await manager.query(
          `SELECT a.id, m.id AS module_id, m.track_id,
                  (EXISTS (SELECT 1 FROM enrollment e
                            WHERE e.student_id = $2 AND e.track_id = m.track_id AND e.status <> 'WITHDRAWN')
                   AND EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.student_id = $2 AND cm.track_id = m.track_id))
                    AS member
             FROM assignment a
             JOIN module m ON m.id = a.module_id AND m.status = 'PUBLISHED'
            WHERE a.id = ANY($1::uuid[])`,
          [uuids(ids), actor.userId],
        )
      : [];
    const found = new Map(rows.map((r) => [r.id, r]));
    const student = hasRole(actor, Role.STUDENT);
    const members = rows.filter((r) => r.member);
    const state = student && members.length ? await this.learningState(manager, actor.userId, members) : null;
    for (const id of ids) {
      const row = found.get(id);
      if (!row) refusals.set(id, DomainError.notFound('Assignment'));
      else if (!student) {
        refusals.set(
          id,
          DomainError.forbidden('Only students hand in assignments.', AssignmentRefusal.SUBMITTING_STUDENTS_ONLY),
        );
      } else if (!row.member) {
        refusals.set(
          id,
          DomainError.forbidden('You are not in a cohort of this track.', AssignmentRefusal.NO_COHORT_IN_TRACK),
        );
      } else {
        const view = state?.moduleView(row.module_id);
        if (view?.locked) {
          const prerequisites = view.unlockedBy.map((m) => m.title);
          refusals.set(
            id,
            DomainError.forbidden(
              `The module ${view.title} opens once you have completed: ${prerequisites.join(', ')}.`,
              CatalogueRefusal.MODULE_LOCKED,
              { module: view.title, prerequisites },
            ),
          );
        }
      }
    }
    return refusals;
  }

  private learningState(manager: EntityManager, studentId: string, rows: { track_id: string }[]) {
    return LearningState.load(manager, this.completion, studentId, [...new Set(rows.map((r) => r.track_id))]);
  }

  protected override async explain(
    actor: Actor,
    permission: AssignmentPermission,
    refused: string[],
    manager: EntityManager,
  ): Promise<DomainError | undefined> {
    const ids = uuids(refused);
    if (permission === AssignmentPermission.SUBMISSION_CREATE) return this.explainCreate(actor, ids, manager);
    if (permission === AssignmentPermission.COHORT_COURSEWORK) {
      const [{ found }]: { found: number }[] = await manager.query(
        'SELECT count(*)::int AS found FROM cohort WHERE id = ANY($1::uuid[])',
        [ids],
      );
      return found < refused.length ? DomainError.notFound('Cohort') : undefined;
    }
    if (permission === AssignmentPermission.SUBMISSION_READ) {
      // A docent may learn that handed-in work exists in a cohort they do not teach.
      if (!hasRole(actor, Role.DOCENT) || !ids.length) return undefined;
      const [handedIn]: unknown[] = await manager.query(
        `SELECT 1 FROM submission WHERE id = ANY($1::uuid[]) AND status <> 'DRAFT' LIMIT 1`,
        [ids],
      );
      return handedIn
        ? DomainError.forbidden(
            this.ruleMessage(AssignmentPermission.SUBMISSION_GRADE),
            AssignmentRefusal.NOT_YOUR_COHORT,
          )
        : undefined;
    }
    if (permission === AssignmentPermission.SUBMISSION_GRADE) {
      // Work that does not exist, or a draft (nobody's to grade), is not found.
      const [{ handed_in }]: { handed_in: number }[] = await manager.query(
        `SELECT count(*)::int AS handed_in FROM submission WHERE id = ANY($1::uuid[]) AND status <> 'DRAFT'`,
        [ids],
      );
      return handed_in < refused.length ? DomainError.notFound('Submission') : undefined;
    }
    return undefined;
  }

  private ruleMessage(permission: AssignmentPermission): string {
    const rule = this.rules[permission];
    return rule.deny === 'FORBIDDEN' ? rule.message : `${rule.what} was not found.`;
  }

  /** The first refusal, in the order a student meets them: missing, not a student, no cohort, locked. */
  private async explainCreate(actor: Actor, ids: string[], manager: EntityManager): Promise<DomainError | undefined> {
    if (!ids.length) return DomainError.notFound('Assignment');
    const refusals = [...(await this.createRefusals(manager, actor, ids)).values()];
    const order = [
      CommonRefusal.NOT_FOUND,
      AssignmentRefusal.SUBMITTING_STUDENTS_ONLY,
      AssignmentRefusal.NO_COHORT_IN_TRACK,
      CatalogueRefusal.MODULE_LOCKED,
    ] as string[];
    return refusals.sort((a, b) => order.indexOf(a.options.reason!) - order.indexOf(b.options.reason!))[0];
  }

  // --- Scopes: the same rules as predicates for list queries (named parameters). ---

  private scopeParams(actor: Actor): ScopeParams {
    return {
      accessMe: actor.userId,
      accessAdmin: hasRole(actor, Role.ADMIN),
      accessDocent: hasRole(actor, Role.DOCENT),
    };
  }

  /** Keeps the assignments the actor may read (ASSIGNMENT_READ); `module` is the alias of their module. */
  scopeReadableAssignments<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    actor: Actor,
    module: string,
  ): SelectQueryBuilder<T> {
    const p = this.scopeParams(actor);
    return qb.andWhere(readableModule(module, ':accessMe', ':accessReadsAll'), {
      accessMe: p.accessMe,
      accessReadsAll: p.accessAdmin || p.accessDocent,
    });
  }

  /** Keeps the submissions the actor may read (SUBMISSION_READ). */
  scopeReadableSubmissions<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    actor: Actor,
    submission: string,
  ): SelectQueryBuilder<T> {
    return qb.andWhere(
      readableSubmission(submission, ':accessMe', ':accessAdmin', ':accessDocent'),
      this.scopeParams(actor),
    );
  }

  /**
   * The grading queue: handed-in work an admin oversees (all of it) or a docent grades
   * (SUBMISSION_GRADE). Anyone else gets none.
   */
  scopeGradingQueue<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    actor: Actor,
    submission: string,
  ): SelectQueryBuilder<T> {
    const p = this.scopeParams(actor);
    if (p.accessAdmin) return qb.andWhere(`${submission}.status <> 'DRAFT'`);
    return qb.andWhere(gradableSubmission(submission, ':accessMe', ':accessDocent'), p);
  }

  /**
   * Adds a boolean column `alias`: whether the actor may grade the row's submission
   * (SUBMISSION_GRADE, the predicate `allowed()` asks), so a read of submissions answers it in
   * the same statement instead of a `check` after it.
   */
  selectGradable<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    actor: Actor,
    submission: string,
    alias: string,
  ): SelectQueryBuilder<T> {
    const p = this.scopeParams(actor);
    return qb
      .addSelect(gradableSubmission(submission, ':accessMe', ':accessDocent'), alias)
      .setParameters({ accessMe: p.accessMe, accessDocent: p.accessDocent });
  }

  /** Due dates of the cohorts the actor may see: an admin all, a docent those taught, a student their own. */
  scopeCohortDueDates<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    actor: Actor,
    dueDate: string,
  ): SelectQueryBuilder<T> {
    const p = this.scopeParams(actor);
    if (p.accessAdmin) return qb;
    return qb.andWhere(
      `(${dueDate}.cohort_id IN (${taughtCohorts(':accessMe')}) OR ${dueDate}.cohort_id IN (${followedCohorts(':accessMe')}))`,
      p,
    );
  }

  /** Who is told about work handed in to a cohort: its docents (not deactivated), by id. */
  async docentsOf(manager: EntityManager, cohortId: string): Promise<string[]> {
    const rows: { docent_id: string }[] = await manager.query(
      `SELECT cd.docent_id FROM cohort_docent cd JOIN "user" u ON u.id = cd.docent_id
        WHERE cd.cohort_id = $1 AND u.status <> 'DEACTIVATED' ORDER BY cd.docent_id`,
      [cohortId],
    );
    return rows.map((r) => r.docent_id);
  }
}

/**
 * For worker jobs that tell students about coursework (reminders): an SQL predicate that the
 * student id `student` may read the assignments of module alias `m` (ASSIGNMENT_READ for a
 * student), stated by the same rule the API uses.
 */
export const studentReadsModule = (m: string, student: string) => readableModule(m, student, 'false');

/**
 * For worker jobs that tell graders (the grading backlog): per cohort, the docents who may grade
 * its handed-in work (SUBMISSION_GRADE: the DOCENT role, not deactivated). One query.
 */
export async function gradersOfCohorts(manager: EntityManager, cohortIds: string[]): Promise<Map<string, string[]>> {
  const ids = uuids(cohortIds);
  const graders = new Map<string, string[]>();
  if (!ids.length) return graders;
  const rows: { cohort_id: string; docent_id: string }[] = await manager.query(
    `SELECT cd.cohort_id, cd.docent_id FROM cohort_docent cd JOIN "user" u ON u.id = cd.docent_id
      WHERE cd.cohort_id = ANY($1::uuid[]) AND u.status <> 'DEACTIVATED' AND 'DOCENT' = ANY(u.roles)
      ORDER BY cd.cohort_id, cd.docent_id`,
    [ids],
  );
  for (const row of rows) graders.set(row.cohort_id, [...(graders.get(row.cohort_id) ?? []), row.docent_id]);
  return graders;
}
