import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Cohort } from '@imh/cohorts';
import { Actor, assertSignedIn, DomainError } from '@imh/common';
import { extensionOf, FileStorage, StoredFile } from '@imh/files';
import { Outbox } from '@imh/notifications';
import { AssignmentAccess, AssignmentPermission } from './assignment.access';
import { submissionSubmitted } from './assignment-notifications';
import { AssignmentRefusal } from './assignment-refusal';
import { isUniqueViolation } from './unique-violation';
import { anonymisedSubmissionIds, authorHidden, neutralFileName } from './anonymity';
import { pseudonym } from './rubric';
import { SaveSubmissionDraftInput } from './dto/save-submission-draft.input';
import { SubmitSubmissionInput } from './dto/submit-submission.input';
import { Assignment, SubmissionKind } from './entities/assignment.entity';
import { Grade, GradeStatus } from './entities/grade.entity';
import { Submission, SubmissionFile, SubmissionStatus } from './entities/submission.entity';
import { SUBMISSION_FILE } from './submission-file.access-rule';

/**
 * Why the student may not start a next attempt (null: they may): the last one is still being
 * graded, or passed, or no attempts are left. `handedIn` is every handed-in attempt, latest first.
 * The one rule, for saving a first draft, handing in and what the assignment page offers.
 */
export function startRefusal(
  handedIn: readonly Pick<Submission, 'status'>[],
  lastPassed: boolean,
  maxAttempts: number,
): DomainError | null {
  const last = handedIn[0];
  if (last && (last.status === SubmissionStatus.SUBMITTED || last.status === SubmissionStatus.NEEDS_THIRD_MARKER)) {
    return DomainError.conflict('Your last attempt is still being graded.', AssignmentRefusal.AWAITING_GRADE);
  }
  if (last?.status === SubmissionStatus.GRADED && lastPassed) {
    return DomainError.conflict('You have already passed this assignment.', AssignmentRefusal.ALREADY_PASSED);
  }
  if (handedIn.length >= maxAttempts) {
    return DomainError.conflict(
      `You have used all ${maxAttempts} attempts at this assignment.`,
      AssignmentRefusal.NO_ATTEMPTS_LEFT,
      { maxAttempts },
    );
  }
  return null;
}

/** An attempt is open to the student when `startRefusal` finds nothing; returns its number. */
async function assertCanStartAttempt(
  manager: EntityManager,
  assignment: Assignment,
  studentId: string,
): Promise<number> {
  const attempts = await manager
    .createQueryBuilder(Submission, 's')
    .where('s.assignment_id = :a AND s.student_id = :me AND s.status <> :draft', {
      a: assignment.id,
      me: studentId,
      draft: SubmissionStatus.DRAFT,
    })
    .orderBy('s.attempt', 'DESC')
    .getMany();
  const last = attempts[0];
  const passed =
    last?.status === SubmissionStatus.GRADED &&
    (await manager.existsBy(Grade, { submissionId: last.id, status: GradeStatus.RELEASED, passed: true }));
  const refusal = startRefusal(attempts, passed, assignment.maxAttempts);
  if (refusal) throw refusal;
  return attempts.length + 1;
}

/** Whether the signed-in student may write for an assignment now, and if not, why. */
export interface HandInState {
  canWrite: boolean;
  /** The refusal value when not (AWAITING_GRADE, NO_ATTEMPTS_LEFT, MODULE_LOCKED, …). */
  reason: string | null;
  /** The attempt a draft is, or would be. */
  nextAttempt: number;
}

/** Who wrote an attempt, as the reader may know it. */
export interface SubmissionAuthor {
  anonymised: boolean;
  /** The author's name, or a pseudonym while anonymised. */
  name: string;
  /** Null while anonymised. */
  studentId: string | null;
}

/** The student's side: drafts saved as they write, submitting, reading their attempts. */
@Injectable()
export class SubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly outbox: Outbox,
    private readonly access: AssignmentAccess,
  ) {}

  /**
   * The assignment as a student may hand it in (SUBMISSION_CREATE: a published, unlocked
   * module of a track they follow in a cohort, whose docents grade and whose due date counts).
   * Returns their cohort.
   */
  private async openFor(manager: EntityManager, actor: Actor, assignmentId: string) {
    await this.access.require({
      actor,
      permission: AssignmentPermission.SUBMISSION_CREATE,
      ids: [assignmentId],
      manager,
    });
    const assignment = await manager.findOneByOrFail(Assignment, { id: assignmentId });
    const [own]: { cohort_id: string; due_at: Date | null }[] = await manager.query(
      'SELECT cohort_id, due_at FROM assignment_effective_due_date WHERE assignment_id = $1 AND student_id = $2',
      [assignmentId, actor.userId],
    );
    return { assignment, cohortId: own.cohort_id, dueAt: own.due_at ? new Date(own.due_at) : null };
  }

  /**
   * The files must be the student's own uploads for submissions, of a type and size this
   * assignment accepts. A refused file is removed (row and bytes) unless another attempt
   * holds it: nothing is kept that can never be handed in.
   */
  private async checkFiles(actor: Actor, assignment: Assignment, fileIds: string[]): Promise<void> {
    if (!fileIds.length) return;
    if (assignment.submissionKind === SubmissionKind.TEXT) {
      throw DomainError.badInput(
        'This assignment takes text only.',
        { fileIds: 'notAllowed' },
        AssignmentRefusal.FILES_NOT_ALLOWED,
      );
    }
    const files = await this.dataSource.manager.findBy(StoredFile, { id: In(fileIds) });
    const mine = files.filter((f) => f.purpose === SUBMISSION_FILE && f.createdById === actor.userId);
    if (mine.length !== fileIds.length) {
      throw DomainError.badInput(
        'One of the files was not found.',
        { fileIds: 'notFound' },
        AssignmentRefusal.FILE_NOT_FOUND,
      );
    }
    const fields: Record<string, string> = {};
    const refused: StoredFile[] = [];
    for (const file of mine) {
      const index = fileIds.indexOf(file.id);
      if (!assignment.allowedFileTypes.includes(extensionOf(file.originalName))) {
        fields[`fileIds.${index}`] = `${file.originalName}: allowed are ${assignment.allowedFileTypes.join(', ')}.`;
        refused.push(file);
      } else if (file.size > assignment.maxFileBytes) {
        fields[`fileIds.${index}`] = `${file.originalName}: larger than ${assignment.maxFileBytes} bytes.`;
        refused.push(file);
      }
    }
    if (!refused.length) return;
    await this.discard(refused);
    const wrongType = refused.find((f) => !assignment.allowedFileTypes.includes(extensionOf(f.originalName)));
    throw wrongType
      ? DomainError.badInput(Object.values(fields)[0], fields, AssignmentRefusal.SUBMISSION_FILE_TYPE_NOT_ALLOWED, {
          file: wrongType.originalName,
          allowed: assignment.allowedFileTypes,
        })
      : DomainError.badInput(Object.values(fields)[0], fields, AssignmentRefusal.SUBMISSION_FILE_TOO_LARGE, {
          file: refused[0].originalName,
          maxBytes: assignment.maxFileBytes,
        });
  }

  private async discard(files: StoredFile[]): Promise<void> {
    const held: { file_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT file_id FROM submission_file WHERE file_id = ANY($1::uuid[])',
      [files.map((f) => f.id)],
    );
    const heldIds = new Set(held.map((h) => h.file_id));
    for (const file of files.filter((f) => !heldIds.has(f.id))) {
      await this.dataSource.manager.delete(StoredFile, file.id);
      await this.storage.delete(file.key);
    }
  }

  /**
   * Saves the current draft (text and files), creating it for the next attempt when there is
   * none. `version` is the draft version the client read: a save from a stale tab is CONFLICT.
   */
  async saveDraft(actor: Actor | null, input: SaveSubmissionDraftInput): Promise<Submission> {
    assertSignedIn(actor);
    const { assignment } = await this.openFor(this.dataSource.manager, actor, input.assignmentId);
    if (assignment.submissionKind === SubmissionKind.FILES && input.text.trim()) {
      throw DomainError.badInput(
        'This assignment takes files only.',
        { text: 'notAllowed' },
        AssignmentRefusal.TEXT_NOT_ALLOWED,
      );
    }
    await this.checkFiles(actor, assignment, input.fileIds);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { cohortId } = await this.openFor(manager, actor, input.assignmentId);
        const draft = await manager.findOne(Submission, {
          where: { assignmentId: assignment.id, studentId: actor.userId, status: SubmissionStatus.DRAFT },
          lock: { mode: 'pessimistic_write' },
        });
        let id: string;
        if (draft) {
          if (input.version !== draft.version) {
            throw DomainError.conflict(
              'The draft was saved elsewhere meanwhile; reload it.',
              AssignmentRefusal.STALE_DRAFT,
            );
          }
          await manager.update(Submission, draft.id, { text: input.text, cohortId, version: draft.version + 1 });
          await manager.delete(SubmissionFile, { submissionId: draft.id });
          id = draft.id;
        } else {
          if (input.version) {
            throw DomainError.conflict('The draft was handed in meanwhile; reload it.', AssignmentRefusal.STALE_DRAFT);
          }
          const attempt = await assertCanStartAttempt(manager, assignment, actor.userId);
          const created = await manager.save(
            manager.create(Submission, {
              assignmentId: assignment.id,
              studentId: actor.userId,
              cohortId,
              attempt,
              text: input.text,
            }),
          );
          id = created.id;
        }
        if (input.fileIds.length) {
          await manager.insert(
            SubmissionFile,
            input.fileIds.map((fileId, position) => ({ submissionId: id, fileId, position })),
          );
        }
        return manager.findOneByOrFail(Submission, { id });
      });
    } catch (error) {
      // Two tabs creating the first draft at once: one wins, the other is told to reload.
      if (isUniqueViolation(error))
        throw DomainError.conflict('The draft was saved elsewhere; reload it.', AssignmentRefusal.STALE_DRAFT);
      throw error;
    }
  }

  /** Hands the draft in. Late (but accepted) after the effective due date. */
  async submit(actor: Actor | null, input: SubmitSubmissionInput): Promise<Submission> {
    assertSignedIn(actor);
    const submission = await this.dataSource.transaction(async (manager) => {
      const draft = await manager.findOne(Submission, {
        where: { id: input.submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!draft || draft.studentId !== actor.userId) throw DomainError.notFound('Submission');
      if (draft.status !== SubmissionStatus.DRAFT) {
        throw DomainError.conflict('This attempt has already been handed in.', AssignmentRefusal.ALREADY_SUBMITTED);
      }
      if (draft.version !== input.version) {
        throw DomainError.conflict(
          'The draft was saved elsewhere meanwhile; reload it.',
          AssignmentRefusal.STALE_DRAFT,
        );
      }
      const { assignment, cohortId, dueAt: due } = await this.openFor(manager, actor, draft.assignmentId);
      await assertCanStartAttempt(manager, assignment, actor.userId);
      const files = await manager.countBy(SubmissionFile, { submissionId: draft.id });
      const needsText = assignment.submissionKind !== SubmissionKind.FILES;
      const needsFiles = assignment.submissionKind !== SubmissionKind.TEXT;
      const fields: Record<string, string> = {};
      if (needsText && !draft.text.trim()) fields.text = 'Write your text before handing in.';
      if (needsFiles && files === 0) fields.fileIds = 'Add a file before handing in.';
      if (Object.keys(fields).length) {
        throw DomainError.badInput(Object.values(fields)[0], fields, AssignmentRefusal.SUBMISSION_INCOMPLETE);
      }
      const now = new Date();
      await manager.update(Submission, draft.id, {
        status: SubmissionStatus.SUBMITTED,
        submittedAt: now,
        late: !!due && now.getTime() > due.getTime(),
        cohortId,
        version: draft.version + 1,
      });
      // The cohort's docents are told through the outbox: written with the hand-in, or not at all.
      await this.outbox.record(manager, [submissionSubmitted(draft.id)]);
      return manager.findOneByOrFail(Submission, { id: draft.id });
    });
    return submission;
  }

  /** Every attempt of the signed-in student at an assignment, the draft included, first attempt first. */
  async mine(actor: Actor | null, assignmentId: string): Promise<Submission[]> {
    assertSignedIn(actor);
    return this.dataSource.manager.find(Submission, {
      where: { assignmentId, studentId: actor.userId },
      order: { attempt: 'ASC' },
    });
  }

  /**
   * One attempt (SUBMISSION_READ): its author always; once handed in, a docent of its cohort and
   * admins. Another student gets NOT_FOUND (ids reveal nothing); a docent of another cohort FORBIDDEN.
   */
  async byId(actor: Actor | null, id: string): Promise<Submission> {
    await this.access.require({ actor, permission: AssignmentPermission.SUBMISSION_READ, ids: [id] });
    return this.dataSource.manager.findOneByOrFail(Submission, { id });
  }

  /**
   * For DataLoaders: whether the signed-in student may write (keep a draft, or start the next
   * attempt) for each assignment now, by the same rules as saving and handing in
   * (SUBMISSION_CREATE and `startRefusal`). A fixed number of statements whatever the number.
   */
  async handInStates(actor: Actor | null, ids: readonly string[]): Promise<Map<string, HandInState>> {
    const map = new Map<string, HandInState>();
    if (!actor || !ids.length) return map;
    const manager = this.dataSource.manager;
    const refusals = await this.access.createRefusals(manager, actor, ids);
    const assignments = await manager.findBy(Assignment, { id: In([...ids]) });
    const attempts: (Submission & { passed: boolean })[] = await manager
      .createQueryBuilder(Submission, 's')
      .leftJoin(Grade, 'g', "g.submission_id = s.id AND g.status = 'RELEASED' AND g.passed")
      .addSelect('g.id IS NOT NULL', 'passed')
      .where('s.assignment_id IN (:...ids) AND s.student_id = :me', {
        ids: assignments.map((a) => a.id),
        me: actor.userId,
      })
      .orderBy('s.attempt', 'DESC')
      .getRawAndEntities<{ s_id: string; passed: boolean }>()
      .then(({ raw, entities }) => {
        const passed = new Map(raw.map((r) => [r.s_id, r.passed]));
        return entities.map((e) => Object.assign(e, { passed: !!passed.get(e.id) }));
      });
    for (const assignment of assignments) {
      const own = attempts.filter((a) => a.assignmentId === assignment.id);
      const draft = own.find((a) => a.status === SubmissionStatus.DRAFT);
      const handedIn = own.filter((a) => a.status !== SubmissionStatus.DRAFT);
      const refusal =
        refusals.get(assignment.id) ??
        (draft ? null : startRefusal(handedIn, handedIn[0]?.passed ?? false, assignment.maxAttempts));
      map.set(assignment.id, {
        canWrite: !refusal,
        reason: refusal?.options.reason ?? null,
        nextAttempt: draft?.attempt ?? handedIn.length + 1,
      });
    }
    return map;
  }

  /** For DataLoaders: the signed-in student's attempts at many assignments, one query. */
  async mineByAssignmentIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, Submission[]>> {
    const map = new Map<string, Submission[]>();
    if (!actor || !ids.length) return map;
    const rows = await this.dataSource.manager.find(Submission, {
      where: { assignmentId: In([...ids]), studentId: actor.userId },
      order: { attempt: 'ASC' },
    });
    for (const row of rows) map.set(row.assignmentId, [...(map.get(row.assignmentId) ?? []), row]);
    return map;
  }

  /**
   * For DataLoaders: the earlier handed-in attempts of each submission's author at the same
   * assignment, first attempt first, for a reader of the submission (SUBMISSION_READ; others
   * get none). Two statements.
   */
  async previousAttemptsBySubmissionIds(
    actor: Actor | null,
    ids: readonly string[],
  ): Promise<Map<string, Submission[]>> {
    const map = new Map<string, Submission[]>();
    if (!actor || !ids.length) return map;
    const readable = await this.access.check({ actor, permission: AssignmentPermission.SUBMISSION_READ, ids });
    if (!readable.size) return map;
    const { raw, entities } = await this.dataSource.manager
      .createQueryBuilder(Submission, 'p')
      .innerJoin(
        Submission,
        's',
        's.assignment_id = p.assignment_id AND s.student_id = p.student_id AND p.attempt < s.attempt',
      )
      .addSelect('s.id', 'of_id')
      .where('s.id IN (:...ids)', { ids: [...readable] })
      .andWhere('p.status <> :draft', { draft: SubmissionStatus.DRAFT })
      .orderBy('p.attempt', 'ASC')
      .getRawAndEntities<{ of_id: string; p_id: string }>();
    const byId = new Map(entities.map((e) => [e.id, e]));
    for (const row of raw) {
      const attempt = byId.get(row.p_id);
      if (attempt) map.set(row.of_id, [...(map.get(row.of_id) ?? []), attempt]);
    }
    return map;
  }

  /**
   * For DataLoaders: who wrote each attempt, as the actor may know it. The service decides the
   * anonymity (see `authorHidden`): a hidden author has a pseudonym and no user. One statement;
   * callers have already been allowed to read the submissions.
   */
  async authorsBySubmissionIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, SubmissionAuthor>> {
    const map = new Map<string, SubmissionAuthor>();
    if (!actor || !ids.length) return map;
    const rows: { id: string; assignment_id: string; student_id: string; name: string; hidden: boolean }[] =
      await this.dataSource.query(
        `SELECT s.id, s.assignment_id, s.student_id, u.name,
                (s.student_id <> $2 AND ${authorHidden('a.anonymous_grading', 's.assignment_id', 's.student_id')}) AS hidden
           FROM submission s
           JOIN assignment a ON a.id = s.assignment_id
           JOIN "user" u ON u.id = s.student_id
          WHERE s.id = ANY($1::uuid[])`,
        [ids, actor.userId],
      );
    for (const row of rows) {
      map.set(
        row.id,
        row.hidden
          ? { anonymised: true, name: pseudonym(row.assignment_id, row.student_id), studentId: null }
          : { anonymised: false, name: row.name, studentId: row.student_id },
      );
    }
    return map;
  }

  /** For DataLoaders: cohorts by id, as a submission names them (callers have been allowed to see the submission). */
  async cohortsByIds(ids: readonly string[]): Promise<Cohort[]> {
    return ids.length ? this.dataSource.manager.findBy(Cohort, { id: In([...ids]) }) : [];
  }

  /**
   * For DataLoaders: the files of many submissions in order. An anonymised attempt's files
   * carry a neutral name: the name its author gave a file can name them. Two statements.
   */
  async filesBySubmissionIds(actor: Actor | null, ids: readonly string[]): Promise<Map<string, StoredFile[]>> {
    const map = new Map<string, StoredFile[]>();
    if (!actor || !ids.length) return map;
    const rows = await this.dataSource.manager
      .createQueryBuilder(SubmissionFile, 'sf')
      .innerJoinAndSelect('sf.file', 'f')
      .where('sf.submission_id IN (:...ids)', { ids })
      .orderBy('sf.position', 'ASC')
      .getMany();
    const hidden = rows.length ? await anonymisedSubmissionIds(this.dataSource.manager, actor, ids) : new Set();
    for (const row of rows) {
      const file = hidden.has(row.submissionId)
        ? Object.assign(new StoredFile(), row.file!, {
            originalName: neutralFileName(row.file!.originalName, row.position),
          })
        : row.file!;
      map.set(row.submissionId, [...(map.get(row.submissionId) ?? []), file]);
    }
    return map;
  }
}
