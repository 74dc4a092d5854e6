import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { type CriterionRule, PassRule, scoreRubric } from '@imh/assignments';
import {
  IssuerKeys,
  newVerificationCode,
  nextCertificateNumber,
  nextStatusIndex,
  openBadgeCredential,
  sha256Hex,
  signCredential,
} from '@imh/certification';
import { Role } from '@imh/common';

/** The second demo student: she finished the core course, so an admin can issue her certificate on first login. */
export const DEMO_GRADUATE_EMAIL = 'student2@imh.test';
/** A former student whose core certificate was issued before: the verify page has one to show. */
export const DEMO_CERTIFIED = {
  email: 'eva.smit@imh.test',
  name: 'Eva Smit',
  discipline: 'jeugdverpleegkunde',
  organisation: 'GGD Regio Utrecht',
};
export const DEMO_EARLIER_COHORT_NAME = 'Kerncursus – lesgroep voorjaar';

/**
 * The two students who completed the core course in an earlier cohort (status COMPLETED): every
 * lesson of the published core modules done, and every core assignment handed in and passed with
 * a grade the demo docent released, scored by the rubric's own rules. Idempotent: what exists is kept.
 */
async function completeCore(
  manager: EntityManager,
  studentIds: string[],
  coreId: string,
  docentId: string,
): Promise<void> {
  let [cohort] = await manager.query('SELECT id FROM cohort WHERE track_id = $1 AND name = $2', [
    coreId,
    DEMO_EARLIER_COHORT_NAME,
  ]);
  if (!cohort) {
    [cohort] = await manager.query(
      `INSERT INTO cohort (track_id, name, starts_on, ends_on, mode, status)
       VALUES ($1, $2, current_date - 240, current_date - 60, 'OPEN', 'COMPLETED') RETURNING id`,
      [coreId, DEMO_EARLIER_COHORT_NAME],
    );
    await manager.query(`INSERT INTO cohort_docent (cohort_id, docent_id) VALUES ($1, $2)`, [cohort.id, docentId]);
  }
  await manager.query(
    `INSERT INTO cohort_member (cohort_id, student_id, track_id) SELECT $1, unnest($2::uuid[]), $3
     ON CONFLICT DO NOTHING`,
    [cohort.id, studentIds, coreId],
  );
  const assignments: { id: string; pass_rule: PassRule; pass_min_points: number | null }[] = await manager.query(
    `SELECT a.id, a.pass_rule, a.pass_min_points FROM assignment a
       JOIN module m ON m.id = a.module_id WHERE m.track_id = $1 ORDER BY a.created_at, a.id`,
    [coreId],
  );
  for (const [i, assignment] of assignments.entries()) {
    await manager.query(
      `INSERT INTO assignment_due_date (assignment_id, cohort_id, due_at)
       VALUES ($1, $2, ((current_date - 200 + $3::int * 30) + time '23:59') AT TIME ZONE 'Europe/Amsterdam')
       ON CONFLICT DO NOTHING`,
      [assignment.id, cohort.id, i],
    );
    const criteria: CriterionRule[] = await manager.query(
      `SELECT id, title, kind, max_points AS "maxPoints" FROM rubric_criterion WHERE assignment_id = $1 ORDER BY position`,
      [assignment.id],
    );
    // Full marks on every criterion: a pass under either pass rule.
    const scored = scoreRubric(
      criteria,
      { passRule: assignment.pass_rule, passMinPoints: assignment.pass_min_points },
      criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints })),
    );
    for (const studentId of studentIds) {
      const [submission]: { id: string; submitted_at: Date }[] = await manager.query(
        `INSERT INTO submission (assignment_id, student_id, cohort_id, attempt, status, text, version, late, submitted_at)
         SELECT $1, $2, $3, 1, 'GRADED', $4, 2, false, d.due_at - interval '2 days'
           FROM assignment_due_date d WHERE d.assignment_id = $1 AND d.cohort_id = $3
            AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.assignment_id = $1 AND s.student_id = $2)
         RETURNING id, submitted_at`,
        [
          assignment.id,
          studentId,
          cohort.id,
          'In de praktijk heb ik de theorie over hechting en de eerste 1001 dagen toegepast bij twee gezinnen; hieronder mijn uitwerking en reflectie.',
        ],
      );
      if (!submission) continue;
      const [grade]: { id: string }[] = await manager.query(
        `INSERT INTO grade (submission_id, marker_role, marker_id, scores, total_points, passed, feedback, status, agreed,
                            version, released_at, created_at, updated_at)
         VALUES ($1, 'FIRST', $2, $3::jsonb, $4, $5, $6, 'RELEASED', true, 2, $7::timestamptz + interval '3 days',
                 $7::timestamptz + interval '3 days', $7::timestamptz + interval '3 days')
         RETURNING id`,
        [
          submission.id,
          docentId,
          JSON.stringify(scored.scores),
          scored.totalPoints,
          scored.passed,
          'Een zorgvuldige uitwerking: je verbindt de theorie steeds met wat je zag. Behaald.',
          submission.submitted_at,
        ],
      );
      await manager.query(
        `INSERT INTO audit_event (actor_id, action, subject_type, subject_id, data, created_at)
         SELECT $1, 'grade.released', 'grade', g.id, $3::jsonb, g.released_at FROM grade g WHERE g.id = $2`,
        [docentId, grade.id, JSON.stringify({ submissionId: submission.id })],
      );
    }
  }
  await manager.query(
    `INSERT INTO lesson_progress (student_id, lesson_id, completed_at)
     SELECT s, l.id, current_date - 90 FROM unnest($1::uuid[]) s
       JOIN lesson l ON true JOIN module m ON m.id = l.module_id
      WHERE m.track_id = $2 AND m.status = 'PUBLISHED' AND l.archived_at IS NULL
     ON CONFLICT DO NOTHING`,
    [studentIds, coreId],
  );
}

/**
 * The certification demo: the second demo student with the core course completed (nothing issued,
 * so the admin's "Certificaten" offers it), and Eva Smit, who completed it too and holds a core
 * certificate issued by the demo admin as the app issues one: gapless number, verification code,
 * status-list bit, signed Open Badges credential and audit event. Its PDF is made after the seed's
 * transaction by the same service the worker uses (`renderDemoPdfs`). Returns the ids still without a PDF.
 */
export async function seedDemoCertification(
  manager: EntityManager,
  opts: { passwordHash: string; portalUrl: string },
): Promise<string[]> {
  const [core] = await manager.query(`SELECT id, code, title, description, certificate_validity_months AS validity
                                         FROM track WHERE code = 'CORE'`);
  const [docent] = await manager.query(`SELECT id FROM "user" WHERE email = 'docent@imh.test'`);
  const [admin] = await manager.query(`SELECT id, name FROM "user" WHERE email = 'admin@imh.test'`);
  const [graduate] = await manager.query(`SELECT id FROM "user" WHERE email = $1`, [DEMO_GRADUATE_EMAIL]);
  if (!core || !docent || !admin || !graduate) return [];
  const [certified] = await manager.query(
    `INSERT INTO "user" (email, name, roles, status, password_hash, discipline_id, organisation_id)
     VALUES ($1, $2, $3::role[], 'ACTIVE', $4,
             (SELECT id FROM discipline WHERE code = $5), (SELECT id FROM organisation WHERE name = $6))
     ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, status = 'ACTIVE', deactivated_at = NULL
     RETURNING id, email, name`,
    [
      DEMO_CERTIFIED.email,
      DEMO_CERTIFIED.name,
      [Role.STUDENT],
      opts.passwordHash,
      DEMO_CERTIFIED.discipline,
      DEMO_CERTIFIED.organisation,
    ],
  );
  const students = [graduate.id, certified.id];
  await manager.query(
    `INSERT INTO enrollment (student_id, track_id, status, completed_at)
     SELECT unnest($1::uuid[]), $2, 'COMPLETED', current_date - 60
     ON CONFLICT (student_id, track_id) DO NOTHING`,
    [students, core.id],
  );
  await completeCore(manager, students, core.id, docent.id);

  const [held] = await manager.query(`SELECT id FROM certificate WHERE student_id = $1 AND track_id = $2`, [
    certified.id,
    core.id,
  ]);
  if (!held) {
    const issuedAt = new Date(Date.now() - 45 * 86_400_000);
    const expiresAt = core.validity ? new Date(issuedAt) : null;
    expiresAt?.setUTCMonth(expiresAt.getUTCMonth() + core.validity);
    const [points] = await manager.query(
      `SELECT COALESCE(sum(accreditation_points), 0)::int AS total FROM module WHERE track_id = $1 AND status = 'PUBLISHED'`,
      [core.id],
    );
    const key = await new IssuerKeys(manager.connection).current(manager);
    const number = await nextCertificateNumber(manager, issuedAt);
    const statusIndex = await nextStatusIndex(manager);
    const id = randomUUID();
    const credential = openBadgeCredential(
      {
        certificateId: id,
        number,
        holderEmail: certified.email,
        holderName: certified.name,
        trackCode: core.code,
        trackTitle: core.title,
        trackDescription: core.description,
        issuedAt,
        expiresAt,
        accreditationPoints: points.total,
        statusIndex,
      },
      { origin: opts.portalUrl.replace(/\/$/, '') },
    );
    const jwt = await signCredential(credential, key, issuedAt, expiresAt);
    await manager.query(
      `INSERT INTO certificate (id, number, verification_code, status_index, student_id, track_id, holder_name, track_title,
                                issued_at, expires_at, accreditation_points, issued_by_id, signatory_name, status,
                                credential_jwt, credential_sha256, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'VALID', $14, $15, $9)`,
      [
        id,
        number,
        newVerificationCode(),
        statusIndex,
        certified.id,
        core.id,
        certified.name,
        core.title,
        issuedAt,
        expiresAt,
        points.total,
        admin.id,
        admin.name,
        jwt,
        sha256Hex(jwt),
      ],
    );
    await manager.query(
      `INSERT INTO audit_event (actor_id, action, subject_type, subject_id, data, created_at)
       VALUES ($1, 'certificate.issued', 'certificate', $2, $3::jsonb, $4)`,
      [admin.id, id, JSON.stringify({ number, studentId: certified.id, trackId: core.id }), issuedAt],
    );
  }
  const missing: { id: string }[] = await manager.query(
    `SELECT id FROM certificate WHERE student_id = $1 AND pdf_file_id IS NULL`,
    [certified.id],
  );
  return missing.map((r) => r.id);
}
