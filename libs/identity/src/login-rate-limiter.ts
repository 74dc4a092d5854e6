import { Injectable } from '@nestjs/common';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@imh/config';
import { DomainError } from '@imh/common';
import { IdentityRedis } from './identity-redis';

/**
 * Counts failed logins in Redis, so every API replica sees the same counts.
 *
 * From a device that never signed in to the account: per account (LOGIN_MAX_ATTEMPTS per
 * window) and per address (ten times that: an office behind one address has many people).
 * From a known device (known-devices.ts): per (account, device) only, with its own budget. So
 * five wrong passwords from anywhere lock the account for unknown devices, while its owner's
 * browser still signs in; an attacker would need that browser's cookie. A success clears the
 * budget it was counted against.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;
  private readonly perDevice: RateLimiterRedis;

  constructor(config: AppConfig, redis: IdentityRedis) {
    const common = { storeClient: redis.client, duration: config.LOGIN_WINDOW_SECONDS, blockDuration: 0 };
    const limiter = (name: string, points: number) =>
      new RateLimiterRedis({ ...common, keyPrefix: `${redis.prefix}:login-fail:${name}`, points });
    this.perAccount = limiter('account', config.LOGIN_MAX_ATTEMPTS);
    this.perAddress = limiter('address', config.LOGIN_MAX_ATTEMPTS * 10);
    this.perDevice = limiter('device', config.LOGIN_MAX_ATTEMPTS);
  }

  /** Throws RATE_LIMITED when a budget this attempt counts against is spent. `device`: a known device's id. */
  async assertAllowed(email: string, address: string, device: string | null): Promise<void> {
    const budgets: [RateLimiterRedis, string][] = device
      ? [[this.perDevice, device]]
      : [
          [this.perAccount, email],
          [this.perAddress, address],
        ];
    const spent = await Promise.all(budgets.map(([limiter, key]) => limiter.get(key)));
    const blocked = spent.find((res, i): res is RateLimiterRes => !!res && res.consumedPoints >= budgets[i][0].points);
    if (blocked) throw DomainError.rateLimited(Math.max(1, Math.ceil(blocked.msBeforeNext / 1000)));
  }

  async recordFailure(email: string, address: string, device: string | null): Promise<void> {
    if (device) await this.perDevice.penalty(device, 1);
    else await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string, device: string | null): Promise<void> {
    await (device ? this.perDevice.delete(device) : this.perAccount.delete(email));
  }

  /** The owner proved they hold the mailbox (a password reset): unknown devices may try again. */
  async clearAccount(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
