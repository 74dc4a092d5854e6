import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@imh/config';
import { EmailRateLimiter } from './email-rate-limiter';
import { QueueName } from './queue-names';

export function redisConnection(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers need blocking commands to wait forever.
    maxRetriesPerRequest: null,
  };
}

/**
 * Registers the Redis connection and every queue, for both the API (producer) and the worker,
 * and the EmailRateLimiter every flow that sends e-mail for signed-out visitors uses.
 */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisConnection(config.REDIS_URL),
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: 1000,
          removeOnFail: 5000,
          // A failed job keeps its reason (shown on the admins' queue dashboard), not a stack trace.
          stackTraceLimit: 0,
        },
      }),
    }),
    BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
  ],
  providers: [EmailRateLimiter],
  exports: [BullModule, EmailRateLimiter],
})
export class QueueModule {}
