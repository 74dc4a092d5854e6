import { Module } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { CatalogueModule } from '@imh/catalogue';
import { FilesModule } from '@imh/files';
import { NotificationsModule } from '@imh/notifications';
import { AssignmentAccess } from './assignment.access';
import { AssignmentNotifications } from './assignment-notifications';
import { AssignmentService } from './assignment.service';
import { AssignmentsPassedRequirement } from './assignments-passed.requirement';
import { GradingService } from './grading.service';
import { SubmissionFileAccessRule } from './submission-file.access-rule';
import { SubmissionService } from './submission.service';
import { SubmissionsStudentWork } from './submissions.student-work';

/**
 * The assignments context: assignments and rubrics, submissions, grading (with double
 * marking), extensions. Who may do what is AssignmentAccess's alone. Registers the SUBMISSION_FILE
 * access rule, the "assignments passed" module requirement and submissions as student work that keeps
 * a module from deletion; what it tells people goes through the outbox (AssignmentNotifications).
 */
@Module({
  imports: [AuditModule, NotificationsModule, CatalogueModule, FilesModule],
  providers: [
    AssignmentAccess,
    AssignmentService,
    SubmissionService,
    GradingService,
    AssignmentNotifications,
    SubmissionFileAccessRule,
    AssignmentsPassedRequirement,
    SubmissionsStudentWork,
  ],
  exports: [AssignmentAccess, AssignmentService, SubmissionService, GradingService],
})
export class AssignmentsModule {}
