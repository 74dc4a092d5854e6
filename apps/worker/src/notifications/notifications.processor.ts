import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { Clock, OutboxRelay } from '@imh/notifications';
import { QueueName } from '@imh/queue';
import { DigestService } from './digest.service';
import { scheduleOnce } from '../schedule-once';

export const RELAY_OUTBOX = 'relay-outbox';
export const REQUEUE_DELIVERIES = 'requeue-deliveries';
export const SEND_DIGESTS = 'send-digests';

/**
 * Relays the outbox every few seconds, queues deliveries Redis missed every minute, and sends
 * the digests every hour. The schedulers are created here, by the worker only, once
 * (`scheduleOnce`), so several workers share one schedule. The jobs carry no payload.
 */
@Processor(QueueName.NOTIFICATIONS)
export class NotificationsProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.NOTIFICATIONS) private readonly queue: Queue,
    private readonly relay: OutboxRelay,
    private readonly digests: DigestService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await scheduleOnce(this.queue, RELAY_OUTBOX, { every: 3_000 });
    await scheduleOnce(this.queue, REQUEUE_DELIVERIES, { every: 60_000 });
    await scheduleOnce(this.queue, SEND_DIGESTS, { pattern: '0 * * * *', tz: 'Europe/Amsterdam' });
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case RELAY_OUTBOX:
        return this.relay.drain(this.clock.now());
      case REQUEUE_DELIVERIES:
        return { requeued: await this.relay.requeue() };
      case SEND_DIGESTS:
        return { digests: await this.digests.sendDue(this.clock.now()) };
      default:
        throw new Error(`Unknown notifications job ${job.name}`);
    }
  }
}
