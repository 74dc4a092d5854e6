import type { Role } from '../gql/graphql';

export type SectionKey =
  | 'track'
  | 'myCohort'
  | 'assignments'
  | 'certificates'
  | 'confidant'
  | 'cohorts'
  | 'grading'
  | 'confidential'
  | 'adminUsers'
  | 'adminCatalogue'
  | 'adminIntake'
  | 'adminCohorts'
  | 'adminCertificates';

export interface Section {
  key: SectionKey;
  path: string;
  /** The role whose menu group holds the section. */
  role: Role;
  /** Other roles the section is open to; it shows once, under the first of its roles the user holds. */
  alsoFor?: Role[];
}

/** Every section of the portal, by the role it belongs to. The order is the menu's order. */
export const SECTIONS: Section[] = [
  { key: 'track', path: '/track', role: 'STUDENT' },
  { key: 'myCohort', path: '/my-cohort', role: 'STUDENT' },
  { key: 'assignments', path: '/assignments', role: 'STUDENT' },
  { key: 'certificates', path: '/certificates', role: 'STUDENT' },
  { key: 'confidant', path: '/confidant', role: 'STUDENT', alsoFor: ['DOCENT'] },
  { key: 'cohorts', path: '/cohorts', role: 'DOCENT' },
  { key: 'grading', path: '/grading', role: 'DOCENT' },
  { key: 'confidential', path: '/confidential', role: 'CONFIDANT' },
  { key: 'adminUsers', path: '/admin/users', role: 'ADMIN' },
  { key: 'adminCatalogue', path: '/admin/catalogue', role: 'ADMIN' },
  { key: 'adminIntake', path: '/admin/intake', role: 'ADMIN' },
  { key: 'adminCohorts', path: '/admin/cohorts', role: 'ADMIN' },
  { key: 'adminCertificates', path: '/admin/certificates', role: 'ADMIN' },
];

export const ROLES: Role[] = ['STUDENT', 'DOCENT', 'CONFIDANT', 'ADMIN'];

/** Every role that may open a section. */
export const sectionRoles = (section: Section): Role[] => [section.role, ...(section.alsoFor ?? [])];

/** The group a section shows under for this user: the first of its roles they hold, if any. */
const groupOf = (section: Section, roles: readonly Role[]) =>
  sectionRoles(section).find((role) => roles.includes(role));

/**
 * The menu for a user: one group per role they hold, so someone with several roles sees them
 * all. A section open to several roles shows once, after the group's own sections.
 */
export function navigationFor(roles: readonly Role[]): { role: Role; sections: Section[] }[] {
  return ROLES.filter((role) => roles.includes(role)).map((role) => {
    const here = SECTIONS.filter((section) => groupOf(section, roles) === role);
    return {
      role,
      sections: [
        ...here.filter((section) => section.role === role),
        ...here.filter((section) => section.role !== role),
      ],
    };
  });
}
