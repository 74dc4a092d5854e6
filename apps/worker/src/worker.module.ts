import { Module } from '@nestjs/common';
import { ConfigModule } from '@imh/config';
import { DatabaseModule } from '@imh/database';
import { NotificationsModule } from '@imh/notifications';
import { QueueModule } from '@imh/queue';
import { AssignmentReminderProcessor } from './assignments/assignment-reminder.processor';
import { EmailProcessor } from './email/email.processor';
import { MailerService } from './email/mailer.service';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { DigestService } from './notifications/digest.service';
import { NotificationsProcessor } from './notifications/notifications.processor';

/** The worker: BullMQ processors over the same libs as the API. It never runs migrations. */
@Module({
  imports: [ConfigModule, DatabaseModule, QueueModule, NotificationsModule],
  providers: [
    MailerService,
    EmailProcessor,
    MaintenanceProcessor,
    AssignmentReminderProcessor,
    DigestService,
    NotificationsProcessor,
  ],
})
export class WorkerModule {}
