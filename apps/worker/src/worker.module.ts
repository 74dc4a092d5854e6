import { Module } from '@nestjs/common';
import { AssignmentRemindersModule, AssignmentsModule } from '@imh/assignments';
import { CertificationModule } from '@imh/certification';
import { CohortsModule } from '@imh/cohorts';
import { ConfigModule } from '@imh/config';
import { ConfidentialModule } from '@imh/confidential';
import { MeetingRemindersModule } from '@imh/cohorts';
import { DatabaseModule } from '@imh/database';
import { FilesModule } from '@imh/files';
import { NotificationsModule } from '@imh/notifications';
import { QueueModule } from '@imh/queue';
import { ConfidentialDeadlinesProcessor } from './confidential/confidential-deadlines.processor';
import { CertificateBatchProcessor } from './certification/certificate-batch.processor';
import { CertificatePdfProcessor } from './certification/certificate-pdf.processor';
import { EmailProcessor } from './email/email.processor';
import { MailerService } from './email/mailer.service';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { DigestService } from './notifications/digest.service';
import { NotificationsProcessor } from './notifications/notifications.processor';
import { RemindersProcessor } from './reminders/reminders.processor';

/** The worker: BullMQ processors over the same libs as the API. It never runs migrations. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    QueueModule,
    FilesModule,
    ConfidentialModule,
    NotificationsModule,
    // For the outbox handlers they register (what their facts tell whom), and certification
    // (PDFs, bulk issues) with the assignments' completion requirement registered.
    AssignmentsModule,
    CohortsModule,
    CertificationModule,
    // Reminder sources for the scan: due soon, overdue, grading backlog, meeting tomorrow.
    AssignmentRemindersModule,
    MeetingRemindersModule,
  ],
  providers: [
    MailerService,
    EmailProcessor,
    MaintenanceProcessor,
    RemindersProcessor,
    ConfidentialDeadlinesProcessor,
    DigestService,
    NotificationsProcessor,
    CertificatePdfProcessor,
    CertificateBatchProcessor,
  ],
})
export class WorkerModule {}
