import { Module } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { CatalogueModule } from '@imh/catalogue';
import { FilesModule } from '@imh/files';
import { QueueModule } from '@imh/queue';
import { AssignmentAccess } from './assignment.access';
import { AssignmentEvents } from './assignment-events';
import { AssignmentMailer } from './assignment.mailer';
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
 * a module from deletion; other contexts subscribe to `AssignmentEvents`.
 */
@Module({
  imports: [AuditModule, QueueModule, CatalogueModule, FilesModule],
  providers: [
    AssignmentAccess,
    AssignmentEvents,
    AssignmentService,
    SubmissionService,
    GradingService,
    AssignmentMailer,
    SubmissionFileAccessRule,
    AssignmentsPassedRequirement,
    SubmissionsStudentWork,
  ],
  exports: [AssignmentAccess, AssignmentEvents, AssignmentService, SubmissionService, GradingService],
})
export class AssignmentsModule {}
