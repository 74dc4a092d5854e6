import { Module } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { QueueModule } from '@imh/queue';
import { CohortAccess } from './cohort.access';
import { CohortAssignmentMailer } from './cohort-assignment.mailer';
import { CohortEvents } from './cohort-events';
import { CohortProposalService } from './cohort-proposal.service';
import { CohortService } from './cohort.service';

/**
 * The cohorts context: forming class groups from a track's pool (proposals around the grouping
 * algorithm), the cohorts themselves, and telling people they were placed. Other contexts
 * subscribe to `CohortEvents` to react to placements and ask `CohortAccess` who teaches or follows
 * which cohort.
 */
@Module({
  imports: [AuditModule, QueueModule],
  providers: [CohortAccess, CohortEvents, CohortService, CohortProposalService, CohortAssignmentMailer],
  exports: [CohortAccess, CohortEvents, CohortService, CohortProposalService],
})
export class CohortsModule {}
