import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '@imh/common';
import { AppConfig } from '@imh/config';

/** What an e-mail is for: each purpose has its own budgets, so one flow never starves another. */
export type EmailPurpose = 'intake-confirmation' | 'password-reset';

export interface EmailSendRequest {
  purpose: EmailPurpose;
  /** The requesting client's address (`req.ip`, which honours TRUST_PROXY_HOPS). */
  clientAddress: string;
  /** Where the e-mail would go; compared lower-cased. */
  recipient: string;
}

/**
 * The one limit on e-mails that signed-out visitors can make the system send (intake
 * confirmations, password resets): per purpose, at most MAIL_PER_ADDRESS per client
 * address and MAIL_PER_RECIPIENT per recipient in each MAIL_WINDOW_SECONDS. Counts live
 * in Redis, so every API replica shares them. Call `consume` before doing anything that sends;
 * a refusal is RATE_LIMITED with `retryAfterSeconds`, and nothing should be written or queued.
 */
@Injectable()
export class EmailRateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAddress: RateLimiterRedis;
  private readonly perRecipient: RateLimiterRedis;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 2, lazyConnect: false });
    const common = { storeClient: this.redis, duration: config.MAIL_WINDOW_SECONDS, blockDuration: 0 };
    this.perAddress = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.QUEUE_PREFIX}:email:address`,
      points: config.MAIL_PER_ADDRESS,
    });
    this.perRecipient = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.QUEUE_PREFIX}:email:recipient`,
      points: config.MAIL_PER_RECIPIENT,
    });
  }

  /**
   * Counts one e-mail against both budgets, or throws RATE_LIMITED (retry after the later of
   * the two) when either is spent; a refused request is given back to the other budget, so it
   * costs nothing. Each count is atomic in Redis: concurrent requests cannot slip past together.
   */
  async consume({ purpose, clientAddress, recipient }: EmailSendRequest): Promise<void> {
    const budgets: [RateLimiterRedis, string][] = [
      [this.perAddress, `${purpose}:${clientAddress}`],
      [this.perRecipient, `${purpose}:${recipient.trim().toLowerCase()}`],
    ];
    const results = await Promise.allSettled(budgets.map(([limiter, key]) => limiter.consume(key)));
    if (results.every((r) => r.status === 'fulfilled')) return;
    await Promise.all(
      results.map((r, i) => (r.status === 'fulfilled' ? budgets[i][0].reward(budgets[i][1], 1) : undefined)),
    );
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    // Anything but a spent budget is Redis failing: not the caller's fault, and no reason to send unlimited mail.
    const failure = refused.find((reason) => !(reason instanceof RateLimiterRes));
    if (failure) throw failure;
    const waitMs = Math.max(...(refused as RateLimiterRes[]).map((res) => res.msBeforeNext));
    throw DomainError.rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  async onModuleDestroy() {
    this.redis.disconnect();
  }
}
