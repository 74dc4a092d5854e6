import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { IdentityRedis } from './identity-redis';
import { newToken } from './tokens';

/** A device is remembered this long after its last sign-in to the account. */
export const KNOWN_DEVICE_DAYS = 180;

const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;

/**
 * Browsers that signed in to an account before, so a locked-out attacker cannot lock out the
 * owner (login-rate-limiter.ts). A device holds a random token in an httpOnly cookie; Redis
 * holds only SHA-256(token, e-mail), so the store names neither the token nor the address,
 * and a token is known only for the accounts that signed in with it.
 */
@Injectable()
export class KnownDevices {
  constructor(private readonly redis: IdentityRedis) {}

  /** The device's id for this account (a hash) when it signed in to it before; otherwise null. */
  async recognise(token: string | undefined, email: string): Promise<string | null> {
    if (!token || !WELL_FORMED.test(token)) return null;
    const id = deviceId(token, email);
    return (await this.redis.client.exists(this.key(id))) ? id : null;
  }

  /** Remembers that this device signed in to the account; returns the token for its cookie (new when it had none). */
  async remember(token: string | undefined, email: string): Promise<string> {
    const kept = token && WELL_FORMED.test(token) ? token : newToken().token;
    await this.redis.client.set(this.key(deviceId(kept, email)), '1', 'EX', KNOWN_DEVICE_DAYS * 24 * 3600);
    return kept;
  }

  private key(id: string) {
    return `${this.redis.prefix}:login-device:${id}`;
  }
}

function deviceId(token: string, email: string): string {
  return createHash('sha256').update(`${token}\n${email}`, 'utf8').digest('hex');
}
