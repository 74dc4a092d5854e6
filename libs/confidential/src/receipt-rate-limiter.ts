import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { DomainError } from '@imh/common';
import { AppConfig } from '@imh/config';

/**
 * Receipts are secrets checked without an account, so guesses are limited per address like
 * sign-ins (in Redis, shared by every API replica): the failures count, and every attempt costs
 * an argon2id on the server.
 */
@Injectable()
export class ReceiptRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly failures: RateLimiterRedis;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 2 });
    this.failures = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${config.QUEUE_PREFIX}:receipt-fail:address`,
      points: config.LOGIN_MAX_ATTEMPTS,
      duration: config.LOGIN_WINDOW_SECONDS,
    });
  }

  async assertAllowed(address: string): Promise<void> {
    const spent = await this.failures.get(address);
    if (spent && spent.consumedPoints >= this.failures.points) {
      throw DomainError.rateLimited(Math.ceil(spent.msBeforeNext / 1000));
    }
  }

  async recordFailure(address: string): Promise<void> {
    await this.failures.penalty(address, 1);
  }

  onModuleDestroy() {
    this.redis.disconnect();
  }
}
