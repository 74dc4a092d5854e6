import type { TFunction } from 'i18next';
import type { Role, UserRowFragment, UserStatus } from '../../gql/graphql';
import { ROLES } from '../../app/navigation';

export const STATUSES: UserStatus[] = ['ACTIVE', 'INVITED', 'DEACTIVATED'];

export const isRole = (value: string | null): value is Role => ROLES.includes(value as Role);
export const isStatus = (value: string | null): value is UserStatus => STATUSES.includes(value as UserStatus);

/** Roles in the portal's one order (as in the menu), whatever order the API gives. */
export function sortRoles(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}

export function roleOptions(t: TFunction) {
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

/** Disciplines carry both names; show the one for the current language. */
export function disciplineName(discipline: NonNullable<UserRowFragment['discipline']>, language: string) {
  return language === 'en' ? discipline.nameEn : discipline.nameNl;
}
