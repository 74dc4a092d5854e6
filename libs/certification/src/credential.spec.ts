import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newVerificationCode, normaliseVerificationCode, VERIFICATION_CODE } from './certificate-numbers';
import { encodeStatusList, STATUS_LIST_BITS } from './credential';
import { effectiveStatus } from './certificate.service';
import { CertificateRecordStatus, CertificateStatus } from './entities/certificate.entity';

const decode = (list: string) => gunzipSync(Buffer.from(list.slice(1), 'base64url'));
const bit = (bytes: Buffer, i: number) => (bytes[i >> 3] & (0x80 >> (i & 7))) !== 0;

describe('status list encoding', () => {
  it('is multibase base64url of a gzipped bitstring of at least 16 kB, most significant bit first', () => {
    const list = encodeStatusList([0, 9, 131_071]);
    expect(list.startsWith('u')).toBe(true);
    const bytes = decode(list);
    expect(bytes.length * 8).toBe(STATUS_LIST_BITS);
    expect(bytes[0]).toBe(0x80);
    expect(bytes[1]).toBe(0x40);
    expect([0, 9, 131_071].every((i) => bit(bytes, i))).toBe(true);
    expect(bit(bytes, 1)).toBe(false);
  });

  it('grows past the minimum when an index needs it', () => {
    const bytes = decode(encodeStatusList([STATUS_LIST_BITS + 5]));
    expect(bytes.length * 8).toBe(STATUS_LIST_BITS * 2);
    expect(bit(bytes, STATUS_LIST_BITS + 5)).toBe(true);
  });
});

describe('verification codes', () => {
  it('are 32 base32 characters (160 bits) and do not repeat', () => {
    const codes = new Set(Array.from({ length: 1000 }, newVerificationCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(VERIFICATION_CODE);
  });

  it('are read leniently as typed, and anything else is no code', () => {
    const code = newVerificationCode();
    expect(normaliseVerificationCode(code.toLowerCase().replace(/(.{4})/g, '$1 -'))).toBe(code);
    expect(normaliseVerificationCode('x'.repeat(10_000))).toBeNull();
    expect(normaliseVerificationCode('0'.repeat(32))).toBeNull();
    expect(normaliseVerificationCode('')).toBeNull();
  });
});

describe('effective status', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it('is REVOKED when revoked, EXPIRED from the expiry moment on, else VALID', () => {
    const valid = { status: CertificateRecordStatus.VALID, expiresAt: null };
    expect(effectiveStatus(valid, now)).toBe(CertificateStatus.VALID);
    expect(effectiveStatus({ ...valid, expiresAt: now }, now)).toBe(CertificateStatus.EXPIRED);
    expect(effectiveStatus({ ...valid, expiresAt: new Date('2027-01-01') }, now)).toBe(CertificateStatus.VALID);
    expect(effectiveStatus({ status: CertificateRecordStatus.REVOKED, expiresAt: null }, now)).toBe(
      CertificateStatus.REVOKED,
    );
  });
});
