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

  it('SKJ: digits only, 6–10 long (usually 9)', () => {
    for (const valid of ['100012345', '123456', '1234567890', '100 012 345', '100-012-345'])
      expect(normaliseRegistrationNumber(RegisterCode.SKJ, valid), valid).toMatch(/^\d{6,10}$/);
    for (const invalid of ['12345', '12345678901', 'SKJ100012345', '10001234A', '-100012345', '100012345-'])
      expect(normaliseRegistrationNumber(RegisterCode.SKJ, invalid), invalid).toBeNull();
  });

  it('BIG dashes between digit groups are dropped too', () => {
    expect(normaliseRegistrationNumber(RegisterCode.VVN, '1901-2345-601')).toBe('19012345601');
    expect(normaliseRegistrationNumber(RegisterCode.KNMG, '1901--2345601')).toBe('19012345601');
  });

  it('NIP: a bare number is not one, whatever its length', () => {
    expect(normaliseRegistrationNumber(RegisterCode.NIP, '123456789')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.NIP, 'NIP-123456789')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.NIP, 'NIP-1234')).toBe('NIP-1234');
    expect(normaliseRegistrationNumber(RegisterCode.NIP, 'NIP-12a45')).toBeNull();
  });

  it('NVO: 4–8 digits with an optional prefix', () => {
    expect(normaliseRegistrationNumber(RegisterCode.NVO, 'NVO-4567')).toBe('4567');
    expect(normaliseRegistrationNumber(RegisterCode.NVO, 'nvo-12345678')).toBe('12345678');
    expect(normaliseRegistrationNumber(RegisterCode.NVO, '123')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.NVO, '123456789')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.NVO, 'NIP-4567')).toBeNull();
  });

  it('Kwaliteitsregister Paramedici: digits only, 6–10 long', () => {
    expect(normaliseRegistrationNumber(RegisterCode.KP, '123456')).toBe('123456');
    expect(normaliseRegistrationNumber(RegisterCode.KP, '1234567890')).toBe('1234567890');
    expect(normaliseRegistrationNumber(RegisterCode.KP, '12345')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.KP, '12345678901')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.KP, 'KP12345678')).toBeNull();
  });

  it('refuses what no register number looks like: formulas, empty, very long input', () => {
    expect(normaliseRegistrationNumber(RegisterCode.SKJ, '=HYPERLINK("x")')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.SKJ, '')).toBeNull();
    expect(normaliseRegistrationNumber(RegisterCode.SKJ, '1'.repeat(10_000))).toBeNull();
  });
});
