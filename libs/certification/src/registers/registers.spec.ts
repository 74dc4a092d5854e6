import { describe, expect, it } from 'vitest';
import { normaliseRegistrationNumber, RegisterCode, REGISTERS } from './registers';

describe('registration number formats', () => {
  it('accepts each register’s own example', () => {
    for (const r of REGISTERS) expect(normaliseRegistrationNumber(r.code, r.example)).toBe(r.example);
  });

  it('BIG numbers (V&VN, KNMG) are exactly 11 digits; spaces and dots from a register card are dropped', () => {
    expect(normaliseRegistrationNumber(RegisterCode.KNMG, '190 123 456 01')).toBe('19012345601');
    expect(normaliseRegistrationNumber(RegisterCode.VVN, '1901.2345.601')).toBe('19012345601');
    expect(normaliseRegistrationNumber(RegisterCode.VVN, '1901234560')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.KNMG, '190123456012')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.KNMG, '1901234560A')).toBeNull();
  });

  it('NIP needs its prefix, in any case, the dash optional', () => {
    expect(normaliseRegistrationNumber(RegisterCode.NIP, 'nip-12345')).toBe('NIP-12345');
    expect(normaliseRegistrationNumber(RegisterCode.NIP, 'NIP12345')).toBe('NIP-12345');
    expect(normaliseRegistrationNumber(RegisterCode.NIP, '12345')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.NIP, 'NIP-12')).toBeNull();
  });

  it('SKJ is 9 digits, KP 6–8, NVO 4–8 with an optional prefix', () => {
    expect(normaliseRegistrationNumber(RegisterCode.SKJ, '12345678')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.KP, '12345')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.KP, '123456')).toBe('123456');
    expect(normaliseRegistrationNumber(RegisterCode.NVO, 'NVO-4567')).toBe('4567');
  });

  it('refuses what no register number looks like: formulas, empty, very long input', () => {
    expect(normaliseRegistrationNumber(RegisterCode.SKJ, '=HYPERLINK("x")')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.SKJ, '')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.SKJ, '1'.repeat(10_000))).toBeNull();
  });
});
