import { Role } from '@imh/common';

/** The professional backgrounds the training mixes in its class groups. */
export const DISCIPLINES: { code: string; nameNl: string; nameEn: string }[] = [
  { code: 'jeugdhulp', nameNl: 'Jeugdhulpverlening', nameEn: 'Youth care' },
  { code: 'psychologie', nameNl: 'Psychologie', nameEn: 'Psychology' },
  { code: 'orthopedagogiek', nameNl: 'Orthopedagogiek', nameEn: 'Remedial education' },
  { code: 'logopedie', nameNl: 'Logopedie', nameEn: 'Speech therapy' },
  { code: 'fysiotherapie', nameNl: 'Kinderfysiotherapie', nameEn: 'Paediatric physiotherapy' },
  { code: 'kraamzorg', nameNl: 'Kraamzorg', nameEn: 'Maternity care' },
  { code: 'verloskunde', nameNl: 'Verloskunde', nameEn: 'Midwifery' },
  { code: 'huisarts', nameNl: 'Huisartsgeneeskunde', nameEn: 'General practice' },
  { code: 'kinderopvang', nameNl: 'Kinderopvang', nameEn: 'Childcare' },
  { code: 'jeugdverpleegkunde', nameNl: 'Jeugdverpleegkunde', nameEn: 'Youth nursing' },
  { code: 'jeugdarts', nameNl: 'Jeugdgezondheidszorg (arts)', nameEn: 'Youth health care (physician)' },
  { code: 'maatschappelijk-werk', nameNl: 'Maatschappelijk werk', nameEn: 'Social work' },
  { code: 'psychiatrie', nameNl: 'Psychiatrie', nameEn: 'Psychiatry' },
  { code: 'ouderbegeleiding', nameNl: 'Ouderbegeleiding', nameEn: 'Parent guidance' },
];

/** Fictional employers for the demo. */
export const ORGANISATIONS = [
  'Wijkteam Amsterdam-Noord',
  'Kraamzorg De Wieg',
  'GGD Regio Utrecht',
  'Kinderopvang Het Nest',
  'Praktijk Logopedie Klein Begin',
  'Centrum Jong Kind Rotterdam',
];

export const DEMO_USERS: {
  email: string;
  name: string;
  roles: Role[];
  discipline?: string;
  organisation?: string;
}[] = [
  { email: 'admin@imh.test', name: 'Anouk de Vries', roles: [Role.ADMIN] },
  { email: 'docent@imh.test', name: 'Petra Holt', roles: [Role.DOCENT], discipline: 'psychologie' },
  {
    email: 'student@imh.test',
    name: 'Sanne Bakker',
    roles: [Role.STUDENT],
    discipline: 'logopedie',
    organisation: 'Praktijk Logopedie Klein Begin',
  },
  { email: 'vertrouwenspersoon@imh.test', name: 'Marja Rensen', roles: [Role.CONFIDANT] },
  // Completed the core course in an earlier cohort: her certificate waits for the admin (demo-certification.ts).
  {
    email: 'student2@imh.test',
    name: 'Lieke Verbeek',
    roles: [Role.STUDENT],
    discipline: 'kraamzorg',
    organisation: 'Kraamzorg De Wieg',
  },
];
