import { Module as NestModule } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { FilesModule } from '@imh/files';
import { IdentityModule } from '@imh/identity';
import { QueueModule } from '@imh/queue';
import { CatalogueAccess } from './catalogue.access';
import { CatalogueService } from './catalogue.service';
import { EnrollmentCsvService } from './enrollment-csv.service';
import { EnrollmentService } from './enrollment.service';
import { IntakeService } from './intake.service';
import { LearningService } from './learning.service';
import { LessonAttachmentAccessRule } from './lesson-attachment.access-rule';
import { LessonService } from './lesson.service';
import { ModuleCompletionRule } from './module-completion.rule';
import { ModuleService } from './module.service';
import { StudentWork } from './student-work';
import { TrackService } from './track.service';

/**
 * The catalogue and learning context: tracks, modules, lessons, enrolments, progress and
 * intake requests. Exports ModuleCompletionRule and StudentWork so other contexts can register
 * module requirements and the student work that keeps a module from deletion.
 */
@NestModule({
  imports: [AuditModule, QueueModule, IdentityModule, FilesModule],
  providers: [
    CatalogueAccess,
    CatalogueService,
    TrackService,
    ModuleService,
    LessonService,
    EnrollmentService,
    EnrollmentCsvService,
    LearningService,
    IntakeService,
    ModuleCompletionRule,
    StudentWork,
    LessonAttachmentAccessRule,
  ],
  exports: [
    CatalogueAccess,
    CatalogueService,
    TrackService,
    ModuleService,
    LessonService,
    EnrollmentService,
    EnrollmentCsvService,
    LearningService,
    IntakeService,
    ModuleCompletionRule,
    StudentWork,
    FilesModule,
  ],
})
export class CatalogueModule {}
