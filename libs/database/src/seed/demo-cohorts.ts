import type { EntityManager } from 'typeorm';
import { Role } from '@imh/common';

export interface DemoStudent {
  email: string;
  name: string;
  discipline: string;
  organisation: string | null;
}

/**
 * Students enrolled in the core without a cohort, so an admin can form groups in the demo: a
 * spread of disciplines, colleagues from the demo organisations and a few independents.
 */
export const DEMO_POOL_STUDENTS: DemoStudent[] = [
  {
    email: 'fatima.elamrani@imh.test',
    name: 'Fatima El Amrani',
    discipline: 'jeugdverpleegkunde',
    organisation: 'GGD Regio Utrecht',
  },
  {
    email: 'daan.visser@imh.test',
    name: 'Daan Visser',
    discipline: 'psychologie',
    organisation: 'Centrum Jong Kind Rotterdam',
  },
  {
    email: 'lotte.jansen@imh.test',
    name: 'Lotte Jansen',
    discipline: 'logopedie',
    organisation: 'Praktijk Logopedie Klein Begin',
  },
  { email: 'sem.deboer@imh.test', name: 'Sem de Boer', discipline: 'fysiotherapie', organisation: null },
  {
    email: 'noor.hendriks@imh.test',
    name: 'Noor Hendriks',
    discipline: 'kraamzorg',
    organisation: 'Kraamzorg De Wieg',
  },
  {
    email: 'yusuf.demir@imh.test',
    name: 'Yusuf Demir',
    discipline: 'jeugdhulp',
    organisation: 'Wijkteam Amsterdam-Noord',
  },
  { email: 'emma.smit@imh.test', name: 'Emma Smit', discipline: 'kinderopvang', organisation: 'Kinderopvang Het Nest' },
  { email: 'lucas.mulder@imh.test', name: 'Lucas Mulder', discipline: 'huisarts', organisation: null },
  { email: 'julia.degroot@imh.test', name: 'Julia de Groot', discipline: 'verloskunde', organisation: null },
  {
    email: 'mila.bos@imh.test',
    name: 'Mila Bos',
    discipline: 'orthopedagogiek',
    organisation: 'Centrum Jong Kind Rotterdam',
  },
  {
    email: 'ayla.yilmaz@imh.test',
    name: 'Ayla Yilmaz',
    discipline: 'maatschappelijk-werk',
    organisation: 'Wijkteam Amsterdam-Noord',
  },
  { email: 'thijs.vos@imh.test', name: 'Thijs Vos', discipline: 'jeugdarts', organisation: 'GGD Regio Utrecht' },
  {
    email: 'sophie.peters@imh.test',
    name: 'Sophie Peters',
    discipline: 'kraamzorg',
    organisation: 'Kraamzorg De Wieg',
  },
  {
    email: 'bram.dekker@imh.test',
    name: 'Bram Dekker',
    discipline: 'psychiatrie',
    organisation: 'Centrum Jong Kind Rotterdam',
  },
  {
    email: 'iris.vanleeuwen@imh.test',
    name: 'Iris van Leeuwen',
    discipline: 'ouderbegeleiding',
    organisation: 'Wijkteam Amsterdam-Noord',
  },
  {
    email: 'ruben.brouwer@imh.test',
    name: 'Ruben Brouwer',
    discipline: 'jeugdhulp',
    organisation: 'Wijkteam Amsterdam-Noord',
  },
  {
    email: 'zeynep.kaya@imh.test',
    name: 'Zeynep Kaya',
    discipline: 'jeugdverpleegkunde',
    organisation: 'GGD Regio Utrecht',
  },
  {
    email: 'jesse.vandijk@imh.test',
    name: 'Jesse van Dijk',
    discipline: 'logopedie',
    organisation: 'Praktijk Logopedie Klein Begin',
  },
  {
    email: 'fleur.willems@imh.test',
    name: 'Fleur Willems',
    discipline: 'kinderopvang',
    organisation: 'Kinderopvang Het Nest',
  },
  { email: 'milan.dewit@imh.test', name: 'Milan de Wit', discipline: 'fysiotherapie', organisation: null },
  { email: 'anna.koster@imh.test', name: 'Anna Koster', discipline: 'psychologie', organisation: null },
  {
    email: 'samira.ouali@imh.test',
    name: 'Samira Ouali',
    discipline: 'maatschappelijk-werk',
    organisation: 'Centrum Jong Kind Rotterdam',
  },
  {
    email: 'tim.hoekstra@imh.test',
    name: 'Tim Hoekstra',
    discipline: 'orthopedagogiek',
    organisation: 'Kinderopvang Het Nest',
  },
  { email: 'eva.meijer@imh.test', name: 'Eva Meijer', discipline: 'verloskunde', organisation: 'Kraamzorg De Wieg' },
];

/** Fellow students of the demo student in the demo cohort; their handed-in work waits for the demo docent. */
export const DEMO_COHORT_STUDENTS: DemoStudent[] = [
  {
    email: 'joost.verhoeven@imh.test',
    name: 'Joost Verhoeven',
    discipline: 'jeugdhulp',
    organisation: 'Wijkteam Amsterdam-Noord',
  },
  { email: 'meryem.aydin@imh.test', name: 'Meryem Aydın', discipline: 'kraamzorg', organisation: 'Kraamzorg De Wieg' },
];

/** The running core cohort of the demo student, taught by the demo docent. */
export const DEMO_COHORT_NAME = 'Kerncursus – lesgroep A';

/** Days after the cohort's first day; times are Amsterdam wall-clock times. */
const DEMO_MEETINGS: { day: number; topic: string; place: string | null; onlineUrl: string | null }[] = [
  {
    day: 0,
    topic: 'Kennismaking en de eerste 1001 dagen',
    place: 'IMH Academy, Oudegracht 120, Utrecht',
    onlineUrl: null,
  },
  { day: 28, topic: 'Hechting in de praktijk', place: null, onlineUrl: 'https://meet.imh.test/kerncursus-a' },
  {
    day: 56,
    topic: 'Casusbespreking multidisciplinair',
    place: 'IMH Academy, Oudegracht 120, Utrecht',
    onlineUrl: null,
  },
];

/** A demo student with the demo password, active and enrolled in the core; returns their id. */
async function upsertCoreStudent(
  manager: EntityManager,
  student: DemoStudent,
  passwordHash: string,
  coreId: string,
): Promise<string> {
  const [user] = await manager.query(
    `INSERT INTO "user" (email, name, roles, status, password_hash, discipline_id, organisation_id)
     VALUES ($1, $2, $3::role[], 'ACTIVE', $4,
             (SELECT id FROM discipline WHERE code = $5), (SELECT id FROM organisation WHERE name = $6))
     ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, roles = EXCLUDED.roles, status = 'ACTIVE',
       password_hash = EXCLUDED.password_hash, discipline_id = EXCLUDED.discipline_id,
       organisation_id = EXCLUDED.organisation_id, deactivated_at = NULL
     RETURNING id`,
    [student.email, student.name, [Role.STUDENT], passwordHash, student.discipline, student.organisation],
  );
  await manager.query(
    `INSERT INTO enrollment (student_id, track_id, status) VALUES ($1, $2, 'ACTIVE')
     ON CONFLICT (student_id, track_id) DO NOTHING`,
    [user.id, coreId],
  );
  return user.id;
}

/**
 * Seeds the demo pool and the demo cohort: the demo student, two fellow students and the demo
 * docent. Idempotent: users are matched by e-mail, the cohort by track and name, meetings by
 * cohort and topic; what an admin changed since is kept (a pool student placed in a cohort
 * stays there). A new cohort starts three weeks before the day it is
 * seeded, so the demo always shows a running group with past and coming meetings.
 */
export async function seedDemoCohorts(manager: EntityManager, passwordHash: string): Promise<void> {
  const [core] = await manager.query(`SELECT id FROM track WHERE code = 'CORE'`);
  if (!core) return;
  for (const student of DEMO_POOL_STUDENTS) await upsertCoreStudent(manager, student, passwordHash, core.id);

  const [student] = await manager.query(`SELECT id FROM "user" WHERE email = 'student@imh.test'`);
  const [docent] = await manager.query(`SELECT id FROM "user" WHERE email = 'docent@imh.test'`);
  let [cohort] = await manager.query('SELECT id, starts_on FROM cohort WHERE track_id = $1 AND name = $2', [
    core.id,
    DEMO_COHORT_NAME,
  ]);
  if (!cohort) {
    [cohort] = await manager.query(
      `INSERT INTO cohort (track_id, name, starts_on, ends_on, mode, status)
       VALUES ($1, $2, current_date - 21, current_date - 21 + 150, 'OPEN', 'ACTIVE')
       RETURNING id`,
      [core.id, DEMO_COHORT_NAME],
    );
  }
  if (docent) {
    await manager.query('INSERT INTO cohort_docent (cohort_id, docent_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      cohort.id,
      docent.id,
    ]);
  }
  // Does nothing for someone placed in another core cohort meanwhile.
  const members = student ? [student.id] : [];
  for (const peer of DEMO_COHORT_STUDENTS) members.push(await upsertCoreStudent(manager, peer, passwordHash, core.id));
  for (const memberId of members) {
    await manager.query(
      `INSERT INTO cohort_member (cohort_id, student_id, track_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [cohort.id, memberId, core.id],
    );
  }
  for (const meeting of DEMO_MEETINGS) {
    await manager.query(
      `INSERT INTO cohort_meeting (cohort_id, starts_at, ends_at, place, online_url, topic)
       SELECT c.id, (c.starts_on + $2::int + time '09:30') AT TIME ZONE 'Europe/Amsterdam',
              (c.starts_on + $2::int + time '13:00') AT TIME ZONE 'Europe/Amsterdam', $3::varchar, $4::varchar, $5::varchar
         FROM cohort c
        WHERE c.id = $1
          AND NOT EXISTS (SELECT 1 FROM cohort_meeting m WHERE m.cohort_id = c.id AND m.topic = $5::varchar)`,
      [cohort.id, meeting.day, meeting.place, meeting.onlineUrl, meeting.topic],
    );
  }
}
