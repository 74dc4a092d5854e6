import { Module } from '@nestjs/common';
import { QueueModule } from '@imh/queue';
import { DeliverySender } from './delivery-sender';
import { NotificationsAccess } from './notifications.access';
import { NotificationsService } from './notifications.service';
import { Outbox, OutboxHandlers } from './outbox';
import { OutboxRelay } from './outbox-relay';

/**
 * Telling people: the outbox every context writes to, the relay and the delivery ledger the
 * worker runs, and the in-app notifications and preferences the API serves.
 */
@Module({
  imports: [QueueModule],
  providers: [Outbox, OutboxHandlers, OutboxRelay, DeliverySender, NotificationsAccess, NotificationsService],
  exports: [Outbox, OutboxHandlers, OutboxRelay, DeliverySender, NotificationsAccess, NotificationsService],
})
export class NotificationsModule {}
