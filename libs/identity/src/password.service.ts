import { Injectable, OnModuleInit } from '@nestjs/common';
import * as argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes with argon2id; also used by the demo seed. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

@Injectable()
export class PasswordService implements OnModuleInit {
  /** Verified against when the e-mail is unknown, so both answers take the same time. */
  private dummyHash = '';

  async onModuleInit() {
    this.dummyHash = await argon2.hash('not-a-real-password-' + Math.random(), ARGON2_OPTIONS);
  }

  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  /** Verifies; with no hash it still spends the same work and returns false. */
  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash || this.dummyHash, password);
      return ok && !!hash;
    } catch {
      return false;
    }
  }
}
