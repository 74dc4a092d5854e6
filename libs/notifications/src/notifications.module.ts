import { Module } from '@nestjs/common';
import { QueueModule } from '@imh/queue';
import { Clock } from './clock';
import { DeliverySender } from './delivery-sender';
import { NotificationsAccess } from './notifications.access';
import { NotificationsService } from './notifications.service';
import { Outbox, OutboxHandlers } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { ReminderScan } from './reminders';

/**
 * Telling people: the outbox every context writes to, the relay and the delivery ledger the
 * worker runs, and the in-app notifications and preferences the API serves.
 */
@Module({
  imports: [QueueModule],
  providers: [
    Clock,
    Outbox,
    OutboxHandlers,
    OutboxRelay,
    DeliverySender,
    NotificationsAccess,
    NotificationsService,
    ReminderScan,
  ],
  exports: [
    Clock,
    Outbox,
    OutboxHandlers,
    OutboxRelay,
    DeliverySender,
    NotificationsAccess,
    NotificationsService,
    ReminderScan,
  ],
})
export class NotificationsModule {}
