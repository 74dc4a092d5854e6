// Test data made straight in the database, so a test states only what it cares about.
// E-mail addresses are unique per call: files share one database per run.
import { randomBytes } from 'node:crypto';
import { Role } from '@imh/common';
import { Discipline, hashPassword, Locale, Organisation, User, UserStatus } from '@imh/identity';
import { testDb } from './database';

export const DEFAULT_PASSWORD = 'correct-horse-battery-staple';

/** argon2 is deliberately slow; hash each distinct password once per test file. */
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

let sequence = 0;
/** A short unique token for names, e-mails and search terms. */
export function uniqueId(label = 'u'): string {
  sequence += 1;
  return `${label}${sequence}x${randomBytes(4).toString('hex')}`;
}

export function uniqueEmail(label = 'user'): string {
  return `${uniqueId(label)}@factory.test`;
}

export interface CreateUserOptions {
  email?: string;
  name?: string;
  roles?: Role[];
  status?: UserStatus;
  locale?: Locale;
  /** null leaves the account without a password (as an invitee). */
  password?: string | null;
  disciplineId?: string | null;
  organisationId?: string | null;
}

export interface CreatedUser {
  user: User;
  email: string;
  password: string;
}

export async function createUser(options: CreateUserOptions = {}): Promise<CreatedUser> {
  const db = await testDb();
  const password = options.password === undefined ? DEFAULT_PASSWORD : options.password;
  const email = (options.email ?? uniqueEmail(options.roles?.[0]?.toLowerCase() ?? 'user')).toLowerCase();
  const repo = db.getRepository(User);
  const user = await repo.save(
    repo.create({
      email,
      name: options.name ?? `Test ${email.split('@')[0]}`,
      roles: options.roles ?? [Role.STUDENT],
      status: options.status ?? (password === null ? UserStatus.INVITED : UserStatus.ACTIVE),
      locale: options.locale ?? Locale.nl,
      passwordHash: password === null ? null : await hashOnce(password),
      disciplineId: options.disciplineId ?? null,
      organisationId: options.organisationId ?? null,
      deactivatedAt: options.status === UserStatus.DEACTIVATED ? new Date() : null,
    }),
  );
  return { user, email, password: password ?? '' };
}

export const createAdmin = (options: CreateUserOptions = {}) => createUser({ roles: [Role.ADMIN], ...options });

export async function createDiscipline(name = uniqueId('discipline')): Promise<Discipline> {
  const repo = (await testDb()).getRepository(Discipline);
  return repo.save(repo.create({ code: name.toLowerCase(), nameNl: `${name} (nl)`, nameEn: `${name} (en)` }));
}

export async function createOrganisation(name = uniqueId('organisation')): Promise<Organisation> {
  const repo = (await testDb()).getRepository(Organisation);
  return repo.save(repo.create({ name }));
}
