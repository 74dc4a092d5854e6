import { Module } from '@nestjs/common';
import { CertificatePdfModule } from '@imh/certification';
import { ConfigModule } from '@imh/config';
import { DatabaseModule } from '@imh/database';
import { QueueModule } from '@imh/queue';
import { AssignmentReminderProcessor } from './assignments/assignment-reminder.processor';
import { CertificatePdfProcessor } from './certification/certificate-pdf.processor';
import { EmailProcessor } from './email/email.processor';
import { MailerService } from './email/mailer.service';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';

/** The worker: BullMQ processors over the same libs as the API. It never runs migrations. */
@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, CertificatePdfModule],
  providers: [MailerService, EmailProcessor, MaintenanceProcessor, AssignmentReminderProcessor, CertificatePdfProcessor],
})
export class WorkerModule {}
