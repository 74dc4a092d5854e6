import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@imh/config';
import { DomainError } from '@imh/common';

/**
 * Counts failed logins per account and per address in Redis, so every API replica sees
 * the same counts. A success clears the account's count.
 */
@Injectable()
export class LoginRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 2, lazyConnect: false });
    const common = { storeClient: this.redis, duration: config.LOGIN_WINDOW_SECONDS, blockDuration: 0 };
    this.perAccount = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.QUEUE_PREFIX}:login-fail:account`,
      points: config.LOGIN_MAX_ATTEMPTS,
    });
    // An office behind one address has many people: allow more per address than per account.
    this.perAddress = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.QUEUE_PREFIX}:login-fail:address`,
      points: config.LOGIN_MAX_ATTEMPTS * 10,
    });
  }

  /** Throws RATE_LIMITED when either budget is spent. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, addr] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [
      [account, this.perAccount.points],
      [addr, this.perAddress.points],
    ].find(([res, points]) => res && (res as RateLimiterRes).consumedPoints >= (points as number)) as
      [RateLimiterRes, number] | undefined;
    if (blocked) throw DomainError.rateLimited(Math.ceil(blocked[0].msBeforeNext / 1000));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  async onModuleDestroy() {
    this.redis.disconnect();
  }
}
