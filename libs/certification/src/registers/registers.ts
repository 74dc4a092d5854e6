import { registerEnumType } from '@nestjs/graphql';

/**
 * The professional registers that book accreditation points. The set is fixed in code because
 * each register's number format is a rule here; which register a discipline is offered is data
 * (`discipline_register`), and so are a module's points per register (`module_register_points`).
 */
export enum RegisterCode {
  /** Stichting Kwaliteitsregister Jeugd: youth-care workers. */
  SKJ = 'SKJ',
  /** Nederlands Instituut van Psychologen: psychologists. */
  NIP = 'NIP',
  /** Nederlandse vereniging van pedagogen en onderwijskundigen: (ortho)pedagogues. */
  NVO = 'NVO',
  /** V&VN Kwaliteitsregister: nurses (by their BIG number). */
  VVN = 'VVN',
  /** Kwaliteitsregister Paramedici: speech therapists, physiotherapists. */
  KP = 'KP',
  /** KNMG, accredited through GAIA: doctors (by their BIG number). */
  KNMG = 'KNMG',
}
registerEnumType(RegisterCode, { name: 'RegisterCode', description: 'A professional register that books points.' });

export interface RegisterDefinition {
  code: RegisterCode;
  /** The register's own name (not translated). */
  name: string;
  /** The stored form of a valid number. */
  pattern: RegExp;
  /** What the portal shows as an example, and what refusals name. */
  example: string;
  /** The format in words, for API users. */
  format: string;
}

const BIG = /^\d{11}$/;

/** Digits only, `min` to `max` long. */
const digits = (min: number, max: number) => new RegExp(`^\\d{${min},${max}}$`);

/**
 * The number formats (documented in the README), one rule per register:
 * - SKJ: the SKJ registration number, digits only. Numbers seen are 9 digits (e.g. 100012345), but
 *   SKJ publishes no fixed length, so 6 to 10 digits are accepted rather than refuse a real one.
 * - NIP: `NIP-` and 4–8 digits (e.g. NIP-123456); a lower-case prefix or none after `NIP` is
 *   accepted and stored as `NIP-…`.
 * - NVO: the membership number, 4–8 digits (e.g. 123456), optionally typed as `NVO-123456`.
 * - V&VN Kwaliteitsregister and KNMG/GAIA: the BIG number, exactly 11 digits (e.g. 19012345601):
 *   GAIA books doctors' points by their BIG number, and V&VN registers nurses under theirs.
 * - Kwaliteitsregister Paramedici: the KP number, digits only; its length is not published either,
 *   so 6 to 10 digits are accepted (e.g. 12345678).
 * Spaces, dots and dashes inside a number are ignored (people copy them from their register card).
 */
export const REGISTERS: readonly RegisterDefinition[] = [
  {
    code: RegisterCode.SKJ,
    name: 'Stichting Kwaliteitsregister Jeugd (SKJ)',
    pattern: digits(6, 10),
    example: '100012345',
    format: '6 to 10 digits (usually 9)',
  },
  {
    code: RegisterCode.NIP,
    name: 'Nederlands Instituut van Psychologen (NIP)',
    pattern: /^NIP-\d{4,8}$/,
    example: 'NIP-123456',
    format: 'NIP- followed by 4 to 8 digits',
  },
  {
    code: RegisterCode.NVO,
    name: 'NVO (pedagogen en onderwijskundigen)',
    pattern: digits(4, 8),
    example: '123456',
    format: '4 to 8 digits',
  },
  {
    code: RegisterCode.VVN,
    name: 'V&VN Kwaliteitsregister',
    pattern: BIG,
    example: '19012345601',
    format: 'the 11-digit BIG number',
  },
  {
    code: RegisterCode.KP,
    name: 'Kwaliteitsregister Paramedici',
    pattern: digits(6, 10),
    example: '12345678',
    format: '6 to 10 digits',
  },
  {
    code: RegisterCode.KNMG,
    name: 'KNMG (GAIA)',
    pattern: BIG,
    example: '19012345601',
    format: 'the 11-digit BIG number',
  },
];

const BY_CODE = new Map(REGISTERS.map((r) => [r.code, r]));

export function registerDefinition(code: RegisterCode): RegisterDefinition {
  const definition = BY_CODE.get(code);
  if (!definition) throw new Error(`Unknown register ${code}`);
  return definition;
}

/** The most numbers may be long as typed (before spaces are removed). */
export const MAX_REGISTRATION_INPUT = 40;

/**
 * The number as stored when it is valid for the register, otherwise null: spaces, dots and dashes
 * between digits dropped, a prefix upper-cased (NIP's kept as `NIP-`, NVO's optional one removed).
 */
export function normaliseRegistrationNumber(code: RegisterCode, typed: string): string | null {
  if (typed.length > MAX_REGISTRATION_INPUT) return null;
  let value = typed.replace(/[\s.]/g, '').toUpperCase();
  if (code === RegisterCode.NVO && value.startsWith('NVO-')) value = value.slice(4);
  if (code === RegisterCode.NIP && /^NIP-?\d/.test(value)) value = `NIP-${value.replace(/^NIP-?/, '')}`;
  const prefix = code === RegisterCode.NIP && value.startsWith('NIP-') ? 'NIP-' : '';
  // Dashes people type between groups of digits ("1901-2345-601"); never a leading one (a formula).
  const body = value.slice(prefix.length);
  if (/^\d[\d-]*\d$/.test(body)) value = prefix + body.replace(/-/g, '');
  return registerDefinition(code).pattern.test(value) ? value : null;
}

/** The CHECK constraint of every `register` column: the enum's values. */
export const REGISTER_CHECK = `register IN (${Object.values(RegisterCode)
  .map((c) => `'${c}'`)
  .join(', ')})`;
