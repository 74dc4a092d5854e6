import { AssignmentResolver, ModuleAssignmentsResolver } from './assignments/assignment.resolver';
import { GradeResolver } from './assignments/grade.resolver';
import { SubmissionResolver } from './assignments/submission.resolver';
import { EnrollmentCsvResolver } from './catalogue/enrollment-csv.resolver';
import { AccreditationResolver } from './certification/accreditation.resolver';
import { CertificateBatchResolver } from './certification/certificate-batch.resolver';
import { CertificateResolver } from './certification/certificate.resolver';
import { EnrollmentResolver } from './catalogue/enrollment.resolver';
import { IntakeResolver } from './catalogue/intake.resolver';
import { LearningResolver } from './catalogue/learning.resolver';
import { LessonResolver } from './catalogue/lesson.resolver';
import { ModuleResolver } from './catalogue/module.resolver';
import { TrackResolver } from './catalogue/track.resolver';
import { CohortPersonResolver, DisciplineCountResolver } from './cohorts/cohort-person.resolver';
import { CohortProposalResolver } from './cohorts/cohort-proposal.resolver';
import { CohortResolver } from './cohorts/cohort.resolver';
import { ConfidentialResolver } from './confidential/confidential.resolver';
import {
  AdminDashboardResolver,
  DashboardResolver,
  DocentDashboardResolver,
  StudentDashboardResolver,
} from './dashboard/dashboard.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { StoredFileResolver } from './files/stored-file.resolver';
import { UploadLimitsResolver } from './files/upload-limits.resolver';
import { AuthResolver } from './identity/auth.resolver';
import { UserResolver } from './identity/user.resolver';
import { RefusalResolver } from './refusals/refusal.resolver';

/** Every resolver, for the module and for generating the schema without a database. */
export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  TrackResolver,
  ModuleResolver,
  LessonResolver,
  LearningResolver,
  EnrollmentResolver,
  EnrollmentCsvResolver,
  IntakeResolver,
  StoredFileResolver,
  UploadLimitsResolver,
  CohortResolver,
  CohortProposalResolver,
  CohortPersonResolver,
  DisciplineCountResolver,
  AssignmentResolver,
  ModuleAssignmentsResolver,
  SubmissionResolver,
  GradeResolver,
  CertificateResolver,
  AccreditationResolver,
  CertificateBatchResolver,
  RefusalResolver,
  ConfidentialResolver,
  NotificationResolver,
  DashboardResolver,
  StudentDashboardResolver,
  DocentDashboardResolver,
  AdminDashboardResolver,
];
