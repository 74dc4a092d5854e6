import { Injectable, Logger } from '@nestjs/common';

/** A student handed in an attempt; its cohort's docents are told. */
export interface SubmissionSubmitted {
  type: 'SubmissionSubmitted';
  submissionId: string;
  assignmentId: string;
  studentId: string;
  cohortId: string;
  attempt: number;
  late: boolean;
}

/** A grade became visible to the student. */
export interface GradeReleased {
  type: 'GradeReleased';
  gradeId: string;
  submissionId: string;
  assignmentId: string;
  studentId: string;
  passed: boolean;
}

/** A docent sent a submission back for a next attempt. */
export interface RevisionRequested {
  type: 'RevisionRequested';
  submissionId: string;
  assignmentId: string;
  studentId: string;
  requestedById: string;
}

export type AssignmentEvent = SubmissionSubmitted | GradeReleased | RevisionRequested;
export type AssignmentEventListener = (event: AssignmentEvent) => Promise<void>;

/**
 * The seam between the assignments context and whoever reacts to it: today the e-mails,
 * later in-app notifications, digests and preferences, none of which need to touch this
 * context. Events are emitted after the transaction that caused them has committed.
 *
 * A failing subscriber is logged, not rethrown: the submission or grade already exists, and
 * its author must not be told it failed because, say, Redis was briefly away.
 */
@Injectable()
export class AssignmentEvents {
  private readonly logger = new Logger(AssignmentEvents.name);
  private readonly listeners: AssignmentEventListener[] = [];

  subscribe(listener: AssignmentEventListener): void {
    this.listeners.push(listener);
  }

  async emit(events: AssignmentEvent[]): Promise<void> {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          await listener(event);
        } catch (error) {
          this.logger.error(`A ${event.type} subscriber failed: ${(error as Error).message}`);
        }
      }
    }
  }
}
