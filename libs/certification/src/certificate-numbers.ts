import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const AMSTERDAM_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' });

/**
 * The next value of a counter, inside the caller's transaction. The upsert locks the counter row
 * until the transaction ends: a concurrent issuer waits, and a rollback returns the value, so the
 * sequence has neither gaps nor repeats.
 */
export async function nextCounterValue(manager: EntityManager, scope: string): Promise<number> {
  const [row]: { value: number }[] = await manager.query(
    `INSERT INTO certification_counter (scope, last_value) VALUES ($1, 1)
     ON CONFLICT (scope) DO UPDATE SET last_value = certification_counter.last_value + 1
     RETURNING last_value AS value`,
    [scope],
  );
  return row.value;
}

/** `IMH-2026-000123`: the year the certificate is issued in Amsterdam, and its place in that year. */
export async function nextCertificateNumber(manager: EntityManager, issuedAt: Date): Promise<string> {
  const year = AMSTERDAM_YEAR.format(issuedAt);
  const value = await nextCounterValue(manager, `number:${year}`);
  return `IMH-${year}-${String(value).padStart(6, '0')}`;
}

/** The bit a certificate gets in the status list (0-based, never reused). */
export async function nextStatusIndex(manager: EntityManager): Promise<number> {
  return (await nextCounterValue(manager, 'status-index')) - 1;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 160 random bits as 32 base32 characters (RFC 4648 alphabet, no padding). */
export function newVerificationCode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** The shape of a code; anything else is answered as not found without a query. */
export const VERIFICATION_CODE = /^[A-Z2-7]{32}$/;

/** Lenient reading of a typed code: case, spaces and dashes do not matter. */
export function normaliseVerificationCode(input: string): string | null {
  if (input.length > 100) return null;
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return VERIFICATION_CODE.test(code) ? code : null;
}
