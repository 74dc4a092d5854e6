// A realistic academy in bulk SQL (generate_series, one statement per table), for the benchmark
// (`npm run bench`) and the SQL-count test. `scale` 1 is the full size the performance issue
// names: 5,000 students, 40 disciplines, 300 organisations, 3 tracks × 10 modules × 60 lessons,
// 350 cohorts, 30 assignments, 100,000 submissions, 60,000 grades, 2,000 certificates, 20,000
// notifications; the 200 confidential threads are written through the API (their content is
// encrypted per thread), see `seedConfidentialThreads`.
//
// The personas the scenarios sign in as are fixed e-mail addresses (PERSONAS), all with
// BENCH_PASSWORD. The bench docent coordinates a third of the core cohorts, so their grading
// queue is long (≈ 13,000 waiting at scale 1): the worst case, not the average.
import type { Client } from 'pg';

export const BENCH_PASSWORD = 'bench-password-2026';

export const PERSONAS = {
  student: 'student-1@bench.test',
  docent: 'docent-1@bench.test',
  admin: 'admin-1@bench.test',
  confidant: 'confidant-1@bench.test',
} as const;
export type Persona = keyof typeof PERSONAS | 'visitor';

export interface AcademySize {
  students: number;
  disciplines: number;
  organisations: number;
  modulesPerTrack: number;
  lessonsPerTrack: number;
  cohorts: number;
  /** Assignments per track (one per module, up to modulesPerTrack). */
  assignmentsPerTrack: number;
  submissions: number;
  grades: number;
  certificates: number;
  notifications: number;
  confidentialThreads: number;
  docents: number;
}

export function academySize(scale: number): AcademySize {
  const n = (full: number, min = 1) => Math.max(min, Math.round(full * scale));
  return {
    students: n(5000, 60),
    disciplines: 40,
    organisations: n(300, 10),
    modulesPerTrack: 10,
    lessonsPerTrack: 60,
    cohorts: n(350, 6),
    assignmentsPerTrack: 10,
    submissions: n(100_000, 200),
    grades: n(60_000, 120),
    certificates: n(2000, 10),
    notifications: n(20_000, 100),
    confidentialThreads: n(200, 10),
    docents: n(40, 4),
  };
}

/** Fills an empty, migrated database. `passwordHash` is one argon2 hash shared by every account. */
export async function seedAcademy(db: Client, size: AcademySize, passwordHash: string): Promise<void> {
  const q = (sql: string, params: unknown[] = []) => db.query(sql, params);
  const lessonsPerModule = Math.max(1, Math.round(size.lessonsPerTrack / size.modulesPerTrack));
  // Most students follow the core; a share of them also a route (generalist or specialist).
  const coreCohorts = Math.max(2, Math.round(size.cohorts * 0.72));
  const routeCohorts = Math.max(2, size.cohorts - coreCohorts);
  const routeStudents = Math.round(size.students * 0.3);

  await q(
    `INSERT INTO discipline (code, name_nl, name_en)
    SELECT 'd' || i, 'Discipline ' || i, 'Discipline ' || i || ' (en)' FROM generate_series(1, $1) i`,
    [size.disciplines],
  );
  await q(`INSERT INTO organisation (name) SELECT 'Organisatie ' || i FROM generate_series(1, $1) i`, [
    size.organisations,
  ]);
  // Students: disciplines skewed (square law), one in ten without an employer.
  await q(
    `WITH d AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS k FROM discipline),
          o AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS k FROM organisation)
     INSERT INTO "user" (email, name, password_hash, roles, status, discipline_id, organisation_id)
     SELECT 'student-' || i || '@bench.test', 'Cursist ' || lpad(i::text, 5, '0'), $2, '{STUDENT}'::role[], 'ACTIVE'::user_status,
            (SELECT id FROM d WHERE k = floor(power((i * 7919 % 1000) / 1000.0, 2) * $3)::int),
            CASE WHEN i % 10 = 0 THEN NULL ELSE (SELECT id FROM o WHERE k = (i * 31) % $4) END
       FROM generate_series(1, $1) i`,
    [size.students, passwordHash, size.disciplines, size.organisations],
  );
  await q(
    `INSERT INTO "user" (email, name, password_hash, roles, status)
     SELECT 'docent-' || i || '@bench.test', 'Docent ' || i, $2, '{DOCENT}'::role[], 'ACTIVE'::user_status FROM generate_series(1, $1) i
     UNION ALL SELECT 'admin-' || i || '@bench.test', 'Beheerder ' || i, $2, '{ADMIN}'::role[], 'ACTIVE'::user_status FROM generate_series(1, 3) i
     UNION ALL SELECT 'confidant-' || i || '@bench.test', 'Vertrouwenspersoon ' || i, $2, '{CONFIDANT}'::role[], 'ACTIVE'::user_status
       FROM generate_series(1, 3) i`,
    [size.docents, passwordHash],
  );

  // The programme: core, and two routes that require it; all published.
  await q(`INSERT INTO track (code, title, description, target_audience, certificate_validity_months, status)
    VALUES ('CORE', 'IMH-kerncursus', 'Voor iedere professional rond ouder en jong kind.', 'Iedereen', 60, 'PUBLISHED'),
           ('GENERALIST', 'Route IMH generalist', 'Voor wijkteams.', 'Wijkteams', 60, 'PUBLISHED'),
           ('SPECIALIST', 'Route IMH specialist', 'Voor gespecialiseerde zorg.', 'Specialisten', 60, 'PUBLISHED')`);
  await q(`UPDATE track SET requires_track_id = (SELECT id FROM track WHERE code = 'CORE') WHERE code <> 'CORE'`);
  await q(
    `INSERT INTO module (track_id, position, title, summary, study_hours, accreditation_points, learning_goals, status)
     SELECT t.id, p, t.title || ' · module ' || p, 'Samenvatting van module ' || p, 4, 2, '{hechting,observeren}', 'PUBLISHED'
       FROM track t CROSS JOIN generate_series(1, $1) p`,
    [size.modulesPerTrack],
  );
  await q(
    `INSERT INTO lesson (module_id, position, title, body)
     SELECT m.id, p, m.title || ' · les ' || p, repeat('De eerste 1001 dagen: **hechting** en de ouder-kindrelatie. ', 20)
       FROM module m CROSS JOIN generate_series(1, $1) p`,
    [lessonsPerModule],
  );

  // Enrolments: everyone in the core, the first 30 % also in a route (alternating).
  await q(`INSERT INTO enrollment (student_id, track_id, status)
    SELECT u.id, (SELECT id FROM track WHERE code = 'CORE'), 'ACTIVE' FROM "user" u WHERE 'STUDENT' = ANY(u.roles)`);
  await q(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY email) AS k FROM "user" WHERE 'STUDENT' = ANY(roles))
     INSERT INTO enrollment (student_id, track_id, status)
     SELECT s.id, (SELECT id FROM track WHERE code = (CASE WHEN s.k % 2 = 0 THEN 'GENERALIST' ELSE 'SPECIALIST' END)::track_code), 'ACTIVE'
       FROM s WHERE s.k <= $1`,
    [routeStudents],
  );

  // Cohorts: core ones share the core students, route ones the route students.
  await q(
    `INSERT INTO cohort (track_id, name, starts_on, ends_on, mode, status)
     SELECT (SELECT id FROM track WHERE code = 'CORE'), 'Kern ' || lpad(i::text, 3, '0'),
            date '2026-01-05' + (i % 40) * 7, date '2026-12-18', 'OPEN'::cohort_mode, 'ACTIVE'::cohort_status FROM generate_series(1, $1) i
     UNION ALL
     SELECT (SELECT id FROM track WHERE code = (CASE WHEN i % 2 = 0 THEN 'GENERALIST' ELSE 'SPECIALIST' END)::track_code),
            'Route ' || lpad(i::text, 3, '0'), date '2026-02-02' + (i % 30) * 7, date '2026-12-18', 'OPEN', 'ACTIVE'
       FROM generate_series(1, $2) i`,
    [coreCohorts, routeCohorts],
  );
  await q(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS k FROM "user" WHERE 'STUDENT' = ANY(roles)),
          c AS (SELECT id, track_id, row_number() OVER (ORDER BY name) - 1 AS k FROM cohort WHERE name LIKE 'Kern %')
     INSERT INTO cohort_member (cohort_id, student_id, track_id)
     SELECT c.id, s.id, c.track_id FROM s JOIN c ON c.k = s.k % $1`,
    [coreCohorts],
  );
  await q(
    `WITH e AS (SELECT e.student_id, e.track_id, row_number() OVER (PARTITION BY e.track_id ORDER BY e.student_id) - 1 AS k
                  FROM enrollment e JOIN track t ON t.id = e.track_id WHERE t.code <> 'CORE'),
          c AS (SELECT id, track_id, row_number() OVER (PARTITION BY track_id ORDER BY name) - 1 AS k,
                       count(*) OVER (PARTITION BY track_id) AS n FROM cohort WHERE name LIKE 'Route %')
     INSERT INTO cohort_member (cohort_id, student_id, track_id)
     SELECT c.id, e.student_id, e.track_id FROM e JOIN c ON c.track_id = e.track_id AND c.k = e.k % c.n`,
  );
  // Two docents per cohort; docent 1 coordinates a third of the core cohorts as well.
  await q(
    `WITH d AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS k, count(*) OVER () AS n
                  FROM "user" WHERE 'DOCENT' = ANY(roles) AND email <> 'docent-1@bench.test'),
          c AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS k FROM cohort)
     INSERT INTO cohort_docent (cohort_id, docent_id)
     SELECT c.id, d.id FROM c JOIN d ON d.k = c.k % d.n OR d.k = (c.k + 1) % d.n`,
  );
  await q(
    `INSERT INTO cohort_docent (cohort_id, docent_id)
     SELECT c.id, (SELECT id FROM "user" WHERE email = 'docent-1@bench.test')
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS k FROM cohort WHERE name LIKE 'Kern %') c WHERE c.k % 3 = 1`,
  );

  // Assignments: one per module, the first assignmentsPerTrack modules; two criteria each.
  await q(
    `INSERT INTO assignment (module_id, title, instructions, submission_kind, max_file_bytes, pass_rule, pass_min_points, max_attempts)
     SELECT m.id, 'Opdracht ' || m.title, 'Observeer tien minuten spel tussen ouder en kind.', 'TEXT', 5000000,
            'MIN_TOTAL_POINTS', 4, 3
       FROM module m WHERE m.position <= $1`,
    [size.assignmentsPerTrack],
  );
  await q(`INSERT INTO rubric_criterion (assignment_id, position, title, kind, levels, max_points)
    SELECT a.id, p, 'Criterium ' || p, 'POINTS',
           '[{"label":"Onvoldoende","points":0},{"label":"Voldoende","points":2},{"label":"Goed","points":4}]', 4
      FROM assignment a CROSS JOIN generate_series(1, 2) p`);
  await q(`INSERT INTO assignment_due_date (assignment_id, cohort_id, due_at)
    SELECT a.id, c.id, timestamptz '2026-03-01 17:00+01' + m.position * interval '14 days'
      FROM cohort c JOIN module m ON m.track_id = c.track_id JOIN assignment a ON a.module_id = m.id`);

  // Submissions: first attempts for every member × assignment of their cohort's track (in a
  // spread order), then second attempts, up to `submissions`. The first `grades` first
  // attempts are graded (a released grade each), the rest waits for a docent.
  await q(
    `WITH pairs AS (
       SELECT a.id AS assignment_id, cm.student_id, cm.cohort_id, m.position,
              row_number() OVER (ORDER BY md5(cm.student_id::text || a.id::text)) AS k
         FROM cohort_member cm JOIN module m ON m.track_id = cm.track_id JOIN assignment a ON a.module_id = m.id),
     firsts AS (SELECT p.*, 1 AS attempt FROM pairs p),
     seconds AS (SELECT p.*, 2 AS attempt FROM pairs p WHERE p.k <= $2),
     rows AS (SELECT * FROM firsts UNION ALL SELECT * FROM seconds)
     INSERT INTO submission (assignment_id, student_id, cohort_id, attempt, status, text, submitted_at, created_at)
     SELECT r.assignment_id, r.student_id, r.cohort_id, r.attempt,
            (CASE WHEN r.attempt = 1 AND r.k <= $2 THEN 'GRADED' ELSE 'SUBMITTED' END)::submission_status,
            repeat('Mijn observatieverslag. ', 40),
            timestamptz '2026-03-01 12:00+01' + r.position * interval '14 days' + (r.k % 20000) * interval '1 minute'
              + (r.attempt - 1) * interval '7 days',
            timestamptz '2026-03-01 10:00+01' + r.position * interval '14 days'
       FROM rows r
      ORDER BY r.attempt, r.k
      LIMIT $1`,
    [size.submissions, size.grades],
  );
  await q(`INSERT INTO grade (submission_id, marker_role, marker_id, scores, total_points, passed, feedback, status, released_at)
    SELECT s.id, 'FIRST', (SELECT docent_id FROM cohort_docent cd WHERE cd.cohort_id = s.cohort_id ORDER BY docent_id LIMIT 1),
           '[]', 6, false, 'Goed beschreven; werk de interactie verder uit.', 'RELEASED', s.submitted_at + interval '3 days'
      FROM submission s WHERE s.status = 'GRADED'`);

  // Lesson progress: each core student completed the first lessons of the core, 0–29 of them.
  await q(
    `WITH l AS (SELECT l.id, row_number() OVER (ORDER BY m.position, l.position) AS k
                  FROM lesson l JOIN module m ON m.id = l.module_id JOIN track t ON t.id = m.track_id WHERE t.code = 'CORE')
     INSERT INTO lesson_progress (student_id, lesson_id)
     SELECT u.id, l.id FROM "user" u JOIN l ON l.k <= abs(hashtext(u.email)) % 30
      WHERE 'STUDENT' = ANY(u.roles)`,
  );

  // Certificates: the last students (not the personas) completed the core.
  await q(
    `INSERT INTO certificate (number, verification_code, status_index, student_id, track_id, holder_name, track_title,
                              issued_at, expires_at, accreditation_points, issued_by_id, signatory_name,
                              credential_jwt, credential_sha256)
     SELECT 'IMH-2026-' || lpad(k::text, 6, '0'), translate(upper(md5('cert' || k)), '0123456789ABCDEF', 'QRSTUVWXYZ234567'),
            k, s.id, t.id, s.name, t.title, timestamptz '2026-06-01 10:00+02', timestamptz '2031-06-01 10:00+02', 20,
            (SELECT id FROM "user" WHERE email = 'admin-1@bench.test'), 'Beheerder 1',
            'bench.credential.' || k, md5('cred' || k) || md5('cred' || k)
       FROM (SELECT id, name, row_number() OVER (ORDER BY email DESC) AS k FROM "user" WHERE 'STUDENT' = ANY(roles)) s,
            track t
      WHERE t.code = 'CORE' AND s.k <= $1`,
    [size.certificates],
  );
  // The counters the certificates' numbers and status-list indexes come from, past the seeded ones.
  await q(`INSERT INTO certification_counter (scope, last_value)
    SELECT 'status-index', coalesce(max(status_index), 0) + 1 FROM certificate
    UNION ALL SELECT 'number:2026', count(*) FROM certificate`);
  await q(
    `INSERT INTO notification (user_id, key, kind, params, link, created_at, read_at)
     SELECT s.id, 'bench:' || s.k || ':' || i, 'GRADE_RELEASED', '{"assignmentTitle":"Observatieverslag"}', '/assignments',
            now() - (i * interval '1 day'), CASE WHEN i > 1 THEN now() END
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS k FROM "user" WHERE 'STUDENT' = ANY(roles)) s
            CROSS JOIN generate_series(1, $2) i
      WHERE (s.k - 1) * $2 + i <= $1`,
    [size.notifications, Math.max(1, Math.ceil(size.notifications / size.students))],
  );
  // The dashboard persona has work due in the coming days (relative to now, so the "due soon"
  // part is never empty): the last three core assignments of their cohort, one of them with an
  // extension of their own, and at least one released grade (their latest feedback).
  await q(`UPDATE assignment_due_date d SET due_at = now() + (m.position - 7) * interval '2 days'
      FROM assignment a JOIN module m ON m.id = a.module_id
     WHERE d.assignment_id = a.id AND m.position > 7
       AND d.cohort_id = (SELECT cm.cohort_id FROM cohort_member cm JOIN "user" u ON u.id = cm.student_id
                           JOIN cohort c ON c.id = cm.cohort_id WHERE u.email = '${PERSONAS.student}' AND c.name LIKE 'Kern %')`);
  await q(`INSERT INTO assignment_extension (assignment_id, student_id, due_at, reason)
    SELECT a.id, u.id, now() + interval '9 days', 'Ziekte'
      FROM assignment a JOIN module m ON m.id = a.module_id JOIN track t ON t.id = m.track_id, "user" u
     WHERE t.code = 'CORE' AND m.position = 10 AND u.email = '${PERSONAS.student}'`);
  await q(`WITH s AS (SELECT s.id, s.cohort_id, s.submitted_at FROM submission s JOIN "user" u ON u.id = s.student_id
                       WHERE u.email = '${PERSONAS.student}' AND s.status = 'SUBMITTED' AND s.attempt = 1
                         AND NOT EXISTS (SELECT 1 FROM grade g WHERE g.submission_id = s.id) ORDER BY s.submitted_at LIMIT 1),
           upd AS (UPDATE submission SET status = 'GRADED' WHERE id IN (SELECT id FROM s))
    INSERT INTO grade (submission_id, marker_role, marker_id, scores, total_points, passed, feedback, status, released_at)
    SELECT s.id, 'FIRST', (SELECT docent_id FROM cohort_docent cd WHERE cd.cohort_id = s.cohort_id ORDER BY docent_id LIMIT 1),
           '[]', 8, true, 'Mooi verslag; de interactie is helder beschreven.', 'RELEASED', now() - interval '1 hour'
      FROM s`);
  await q('ANALYZE');
}

/** The verification code of a seeded certificate (the first one). */
export async function aVerificationCode(db: Client): Promise<string> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT verification_code AS code FROM certificate ORDER BY status_index LIMIT 1`,
  );
  return rows[0].code;
}
