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

/**
 * The number formats (documented in the README):
 * - SKJ: the 9-digit SKJ registration number (e.g. 100012345).
 * - NIP: `NIP-` and 4–8 digits (e.g. NIP-123456); a lower-case prefix is accepted and stored upper-case.
 * - NVO: the membership number, 4–8 digits (e.g. 123456), optionally typed as `NVO-123456`.
 * - V&VN Kwaliteitsregister and KNMG/GAIA: the 11-digit BIG number (e.g. 19012345601).
 * - Kwaliteitsregister Paramedici: the 6–8 digit KP registration number (e.g. 12345678).
 * Spaces and dots inside a number are ignored (people copy them from their register card).
 */
export const REGISTERS: readonly RegisterDefinition[] = [
  {
    code: RegisterCode.SKJ,
    name: 'Stichting Kwaliteitsregister Jeugd (SKJ)',
    pattern: /^\d{9}$/,
    example: '100012345',
    format: '9 digits',
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
    pattern: /^\d{4,8}$/,
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
    pattern: /^\d{6,8}$/,
    example: '12345678',
    format: '6 to 8 digits',
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
 * The number as stored when it is valid for the register, otherwise null: spaces and dots dropped,
 * a prefix upper-cased, NVO's optional prefix removed.
 */
export function normaliseRegistrationNumber(code: RegisterCode, typed: string): string | null {
  if (typed.length > MAX_REGISTRATION_INPUT) return null;
  let value = typed.replace(/[\s.]/g, '').toUpperCase();
  if (code === RegisterCode.NVO && value.startsWith('NVO-')) value = value.slice(4);
  if (code === RegisterCode.NIP && /^NIP\d/.test(value)) value = `NIP-${value.slice(3)}`;
  return registerDefinition(code).pattern.test(value) ? value : null;
}

/** The CHECK constraint of every `register` column: the enum's values. */
export const REGISTER_CHECK = `register IN (${Object.values(RegisterCode)
  .map((c) => `'${c}'`)
  .join(', ')})`;
