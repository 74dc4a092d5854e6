import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@imh/config';
import {
  DeliveryPlan,
  NotificationKind,
  OutboxFact,
  OutboxHandler,
  OutboxHandlers,
  requireIds,
} from '@imh/notifications';
import { AssignmentAccess } from './assignment.access';

/**
 * What the assignments context tells people, as outbox facts written in the transaction of the
 * change (the fact exists if and only if the change does). Payloads hold ids only; the handlers
 * read titles when they plan, in the worker. Never the submission text, the feedback, the
 * revision comment or (for docents, grading may be anonymous) the student's name.
 */
export const AssignmentFact = {
  /** A student handed in an attempt: the cohort's docents are told. */
  SUBMISSION_SUBMITTED: 'assignments.submission-submitted',
  /** A grade became visible to the student. */
  GRADE_RELEASED: 'assignments.grade-released',
  /** A released grade was changed (with a reason, audited): the student is told again. */
  GRADE_CHANGED: 'assignments.grade-changed',
  /** A docent sent an attempt back for a next one. */
  REVISION_REQUESTED: 'assignments.revision-requested',
} as const;

export const submissionSubmitted = (submissionId: string): OutboxFact => ({
  type: AssignmentFact.SUBMISSION_SUBMITTED,
  payload: { submissionId },
});

export const gradeReleased = (gradeId: string): OutboxFact => ({
  type: AssignmentFact.GRADE_RELEASED,
  payload: { gradeId },
});

/** `version` is the grade's version after the change: each change is its own occasion. */
export const gradeChanged = (gradeId: string, version: number): OutboxFact => ({
  type: AssignmentFact.GRADE_CHANGED,
  payload: { gradeId, version },
});

export const revisionRequested = (submissionId: string): OutboxFact => ({
  type: AssignmentFact.REVISION_REQUESTED,
  payload: { submissionId },
});

interface SubmissionRow {
  submissionId: string;
  assignmentId: string;
  assignmentTitle: string;
  moduleTitle: string;
  cohortId: string;
  cohortName: string;
  studentId: string;
}

const SUBMISSION_COLUMNS = `s.id AS "submissionId", a.id AS "assignmentId", a.title AS "assignmentTitle",
       m.title AS "moduleTitle", c.id AS "cohortId", c.name AS "cohortName", s.student_id AS "studentId"`;
const SUBMISSION_JOINS = `FROM submission s
  JOIN assignment a ON a.id = s.assignment_id
  JOIN module m ON m.id = a.module_id
  JOIN cohort c ON c.id = s.cohort_id`;

/**
 * Plans the deliveries of the assignment facts: an e-mail (the template in the recipient's
 * language) and an in-app notification that leads to the thing itself. Keys name the kind, what
 * it is about and the recipient, so a fact relayed twice tells nobody twice.
 */
@Injectable()
export class AssignmentNotifications implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly access: AssignmentAccess,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const handler = (type: string, plan: OutboxHandler['plan']) => this.handlers.register({ type, plan });
    handler(AssignmentFact.SUBMISSION_SUBMITTED, (manager, payload) => this.submitted(manager, payload));
    handler(AssignmentFact.GRADE_RELEASED, (manager, payload) =>
      this.graded(manager, payload, NotificationKind.GRADE_RELEASED),
    );
    handler(AssignmentFact.GRADE_CHANGED, (manager, payload) =>
      this.graded(manager, payload, NotificationKind.GRADE_CHANGED),
    );
    handler(AssignmentFact.REVISION_REQUESTED, (manager, payload) => this.revision(manager, payload));
  }

  private link(path: string): string {
    return `${this.config.PORTAL_URL.replace(/\/$/, '')}${path}`;
  }

  private async submission(manager: EntityManager, submissionId: string): Promise<SubmissionRow | null> {
    const [row]: SubmissionRow[] = await manager.query(
      `SELECT ${SUBMISSION_COLUMNS} ${SUBMISSION_JOINS} WHERE s.id = $1`,
      [submissionId],
    );
    return row ?? null;
  }

  private async submitted(manager: EntityManager, payload: Record<string, unknown>): Promise<DeliveryPlan[]> {
    const { submissionId } = requireIds(payload, ['submissionId']);
    const s = await this.submission(manager, submissionId);
    if (!s) return [];
    const docents = await this.access.docentsOf(manager, s.cohortId);
    const path = `/grading/${s.submissionId}`;
    return docents.map((docentId) => ({
      key: `${NotificationKind.SUBMISSION_RECEIVED}/${s.submissionId}/${docentId}`,
      recipientId: docentId,
      kind: NotificationKind.SUBMISSION_RECEIVED,
      email: {
        template: 'submission-received',
        params: {
          assignmentTitle: s.assignmentTitle,
          moduleTitle: s.moduleTitle,
          cohortName: s.cohortName,
          link: this.link(path),
        },
      },
      notification: { params: { assignment: s.assignmentTitle, cohort: s.cohortName }, link: path },
    }));
  }

  private async graded(
    manager: EntityManager,
    payload: Record<string, unknown>,
    kind: NotificationKind.GRADE_RELEASED | NotificationKind.GRADE_CHANGED,
  ): Promise<DeliveryPlan[]> {
    const { gradeId } = requireIds(payload, ['gradeId']);
    const version = kind === NotificationKind.GRADE_CHANGED ? Number(payload.version) : null;
    if (version !== null && !Number.isInteger(version)) throw new Error('A grade change needs its version.');
    const [row]: (SubmissionRow & { status: string })[] = await manager.query(
      `SELECT g.status, ${SUBMISSION_COLUMNS} ${SUBMISSION_JOINS} JOIN grade g ON g.submission_id = s.id WHERE g.id = $1`,
      [gradeId],
    );
    // A grade that is no longer released (none today) tells nobody anything.
    if (!row || row.status !== 'RELEASED') return [];
    const path = `/assignments/${row.assignmentId}/attempts/${row.submissionId}`;
    const occasion = version === null ? gradeId : `${gradeId}/v${version}`;
    return [
      {
        key: `${kind}/${occasion}/${row.studentId}`,
        recipientId: row.studentId,
        kind,
        email: {
          template: kind === NotificationKind.GRADE_RELEASED ? 'grade-released' : 'grade-changed',
          params: { assignmentTitle: row.assignmentTitle, moduleTitle: row.moduleTitle, link: this.link(path) },
        },
        notification: { params: { assignment: row.assignmentTitle }, link: path },
      },
    ];
  }

  private async revision(manager: EntityManager, payload: Record<string, unknown>): Promise<DeliveryPlan[]> {
    const { submissionId } = requireIds(payload, ['submissionId']);
    const s = await this.submission(manager, submissionId);
    if (!s) return [];
    const path = `/assignments/${s.assignmentId}/attempts/${s.submissionId}`;
    return [
      {
        key: `${NotificationKind.REVISION_REQUESTED}/${s.submissionId}/${s.studentId}`,
        recipientId: s.studentId,
        kind: NotificationKind.REVISION_REQUESTED,
        email: {
          template: 'revision-requested',
          params: { assignmentTitle: s.assignmentTitle, moduleTitle: s.moduleTitle, link: this.link(path) },
        },
        notification: { params: { assignment: s.assignmentTitle }, link: path },
      },
    ];
  }
}
