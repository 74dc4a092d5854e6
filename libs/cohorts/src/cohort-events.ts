import { Injectable, Logger } from '@nestjs/common';

/** Someone was placed in a cohort: as a student, or as one of its docents. */
export interface CohortAssignment {
  cohortId: string;
  userId: string;
  role: 'STUDENT' | 'DOCENT';
}

/** Published after the transaction that placed them has committed, never before. */
export interface CohortsAssignedEvent {
  type: 'cohorts.assigned';
  /** Who did it (an admin), for subscribers that say so. */
  actorId: string;
  assignments: CohortAssignment[];
}

export type CohortEvent = CohortsAssignedEvent;
export type CohortEventListener = (event: CohortEvent) => Promise<void>;

/**
 * The seam between the cohorts context and whoever reacts to it: today the e-mail to each
 * student and docent, later in-app notifications. Subscribers register on module init.
 *
 * A failing subscriber is logged, not rethrown: the cohorts already exist when events go
 * out, and an admin must not be told a commit failed because, say, Redis was briefly away.
 */
@Injectable()
export class CohortEvents {
  private readonly logger = new Logger(CohortEvents.name);
  private readonly listeners: CohortEventListener[] = [];

  subscribe(listener: CohortEventListener): void {
    this.listeners.push(listener);
  }

  async publish(event: CohortEvent): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error(`A ${event.type} subscriber failed: ${(error as Error).message}`);
      }
    }
  }
}
