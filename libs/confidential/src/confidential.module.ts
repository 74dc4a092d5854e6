import { Module } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { FilesModule } from '@imh/files';
import { IdentityModule } from '@imh/identity';
import { NotificationsModule } from '@imh/notifications';
import { ConfidentialAccess } from './confidential.access';
import { ConfidentialAttachmentService } from './confidential-attachment.service';
import { ConfidentialDeadlines } from './confidential-deadlines';
import { ConfidentialKeysService } from './confidential-keys.service';
import { ConfidentialNotifications } from './confidential-notifications';
import { ConfidentialReminders } from './confidential-reminders';
import { ConfidentialThreadService } from './confidential-thread.service';
import { ReceiptRateLimiter } from './receipt-rate-limiter';

/** The confidential channel to the vertrouwenspersoon, for the API and the worker alike. */
@Module({
  imports: [AuditModule, FilesModule, IdentityModule, NotificationsModule],
  providers: [
    ConfidentialAttachmentService,
    ConfidentialAccess,
    ConfidentialKeysService,
    ConfidentialNotifications,
    ConfidentialReminders,
    ConfidentialThreadService,
    ConfidentialDeadlines,
    ReceiptRateLimiter,
  ],
  exports: [
    ConfidentialAttachmentService,
    ConfidentialAccess,
    ConfidentialKeysService,
    ConfidentialThreadService,
    ConfidentialDeadlines,
  ],
})
export class ConfidentialModule {}
