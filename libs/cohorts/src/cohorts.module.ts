import { Module } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { NotificationsModule } from '@imh/notifications';
import { CohortAccess } from './cohort.access';
import { CohortNotifications } from './cohort-notifications';
import { CohortProposalService } from './cohort-proposal.service';
import { CohortService } from './cohort.service';

/**
 * The cohorts context: forming class groups from a track's pool (proposals around the grouping
 * algorithm), the cohorts themselves, and telling people they were placed (through the outbox,
 * CohortNotifications). Other contexts ask `CohortAccess` who teaches or follows which cohort.
 */
@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [CohortAccess, CohortService, CohortProposalService, CohortNotifications],
  exports: [CohortAccess, CohortService, CohortProposalService],
})
export class CohortsModule {}
