import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '@imh/common';
import { IdentityRedis } from './identity-redis';

/** Reset requests per client address per hour; beyond it the request is refused (RATE_LIMITED). */
export const RESET_REQUESTS_PER_ADDRESS = 30;
/** Reset e-mails per recipient per hour; beyond it requests are answered as always and send nothing. */
export const RESET_EMAILS_PER_RECIPIENT = 3;
const HOUR = 3600;

/**
 * Keeps `requestPasswordReset` (signed out, one e-mail per call) from flooding a mailbox or
 * spraying from one host. The address is counted before answering, for every request alike;
 * the recipient only after answering (DeferredWork), so a spent budget shows in nothing the
 * client sees. Recipients are counted under a hash of the address.
 */
@Injectable()
export class PasswordResetRateLimiter {
  private readonly perAddress: RateLimiterRedis;
  private readonly perRecipient: RateLimiterRedis;

  constructor(redis: IdentityRedis) {
    const limiter = (name: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis.client,
        keyPrefix: `${redis.prefix}:reset:${name}`,
        points,
        duration: HOUR,
      });
    this.perAddress = limiter('address', RESET_REQUESTS_PER_ADDRESS);
    this.perRecipient = limiter('recipient', RESET_EMAILS_PER_RECIPIENT);
  }

  /** Counts a request from `address`; throws RATE_LIMITED once the hour's budget is spent. */
  async consumeRequest(address: string): Promise<void> {
    try {
      await this.perAddress.consume(address);
    } catch (error) {
      if (error instanceof RateLimiterRes)
        throw DomainError.rateLimited(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
      throw error;
    }
  }

  /** Counts an e-mail to `email`; false once the hour's budget is spent. */
  async consumeEmail(email: string): Promise<boolean> {
    try {
      await this.perRecipient.consume(createHash('sha256').update(email, 'utf8').digest('hex'));
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  }
}
