import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '@imh/common';
import { AppConfig } from '@imh/config';

/** Look-ups per address per minute: plenty for an employer checking a stack of certificates, far too few to enumerate codes. */
export const VERIFICATIONS_PER_MINUTE = 30;

/** Counts public verifications per address in Redis, so every API replica shares the budget. */
@Injectable()
export class VerificationRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAddress: RateLimiterRedis;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 2 });
    this.perAddress = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${config.QUEUE_PREFIX}:certificate-verify`,
      points: VERIFICATIONS_PER_MINUTE,
      duration: 60,
    });
  }

  /** Spends one look-up; RATE_LIMITED when the address has none left. */
  async consume(address: string): Promise<void> {
    try {
      await this.perAddress.consume(address || 'unknown', 1);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw DomainError.rateLimited(Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  onModuleDestroy() {
    this.redis.disconnect();
  }
}
