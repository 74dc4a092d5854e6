import { Module } from '@nestjs/common';
import { AssignmentsModule } from '@imh/assignments';
import { CertificatePdfModule } from '@imh/certification';
import { CohortsModule } from '@imh/cohorts';
import { ConfigModule } from '@imh/config';
import { ConfidentialModule } from '@imh/confidential';
import { DatabaseModule } from '@imh/database';
import { FilesModule } from '@imh/files';
import { NotificationsModule } from '@imh/notifications';
import { QueueModule } from '@imh/queue';
import { AssignmentReminderProcessor } from './assignments/assignment-reminder.processor';
import { ConfidentialDeadlinesProcessor } from './confidential/confidential-deadlines.processor';
import { CertificatePdfProcessor } from './certification/certificate-pdf.processor';
import { EmailProcessor } from './email/email.processor';
import { MailerService } from './email/mailer.service';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { DigestService } from './notifications/digest.service';
import { NotificationsProcessor } from './notifications/notifications.processor';

/** The worker: BullMQ processors over the same libs as the API. It never runs migrations. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    QueueModule,
    FilesModule,
    ConfidentialModule,
    NotificationsModule,
    // For the outbox handlers they register: what their facts tell whom.
    AssignmentsModule,
    CohortsModule,
    CertificatePdfModule,
  ],
  providers: [
    MailerService,
    EmailProcessor,
    MaintenanceProcessor,
    AssignmentReminderProcessor,
    ConfidentialDeadlinesProcessor,
    DigestService,
    NotificationsProcessor,
    CertificatePdfProcessor,
  ],
})
export class WorkerModule {}
