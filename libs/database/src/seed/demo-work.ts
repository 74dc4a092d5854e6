import type { EntityManager } from 'typeorm';
import { type CriterionRule, PassRule, scoreRubric } from '@imh/assignments';
import { PRACTICE_REFLECTION } from './demo-assignments';

interface DemoWork {
  student: string;
  assignment: string;
  /** Handed in this many hours after the cohort's due date (negative: before it). */
  handedInHoursAfterDue: number;
  text: string;
  /** Released by the demo docent this many hours after the due date, scored per criterion title. */
  grade?: { releasedHoursAfterDue: number; points: Record<string, number>; feedback: string };
}

/**
 * Work in the demo cohort on the reflection that was due a week before seeding: the demo
 * student's is graded and released, so she reads feedback on first login; two fellow
 * students' wait for the demo docent, one of them handed in late.
 */
export const DEMO_WORK: DemoWork[] = [
  {
    student: 'student@imh.test',
    assignment: PRACTICE_REFLECTION,
    handedInHoursAfterDue: -74,
    text: `Op het consultatiebureau zag ik een moeder met een zoontje van zes maanden die nauwelijks oogcontact maakte. Ze vertelde dat ze sinds de geboorte slecht slaapt en er alleen voor staat.

Ik herken hierin hoe langdurige stress bij de ouder doorwerkt in de interactie. Een beschermende factor was haar zus, die twee dagen per week komt helpen. Ik heb haar verwezen naar de jeugdverpleegkundige en een vervolgafspraak gemaakt.

Een volgende keer vraag ik eerder door naar haar netwerk. Bron: Center on the Developing Child (2016), *From Best Practices to Breakthrough Impacts*.`,
    grade: {
      releasedHoursAfterDue: 70,
      points: {
        'Koppeling met de theorie': 4,
        'Reflectie op eigen handelen': 1,
        'Privacy van het gezin gewaarborgd': 1,
      },
      feedback: `Sterk hoe je de **stress van de moeder** verbindt met wat je in de interactie zag, en dat je de zus als beschermende factor benoemt.

Je reflectie op je eigen handelen mag concreter: wat zou je de volgende keer precies vragen, en waarom op dat moment?`,
    },
  },
  {
    student: 'joost.verhoeven@imh.test',
    assignment: PRACTICE_REFLECTION,
    handedInHoursAfterDue: -26,
    text: `Bij een huisbezoek in het wijkteam zat een vader met zijn dochter van anderhalf op schoot terwijl we over schulden spraken. Het meisje werd steeds onrustiger.

Ik zie nu dat de spanning van het gesprek bij haar binnenkwam. De opvang drie ochtenden per week is een beschermende factor die we moeten behouden. Volgende keer plan ik zo'n gesprek als zij op de opvang is.`,
  },
  {
    student: 'meryem.aydin@imh.test',
    assignment: PRACTICE_REFLECTION,
    handedInHoursAfterDue: 110,
    text: `In de kraamweek merkte ik dat een jonge moeder haar baby nauwelijks durfde op te pakken. Ze was bang iets fout te doen.

Door haar stap voor stap te laten oefenen en haar te laten zien hoe de baby op haar stem reageerde, groeide haar vertrouwen. Dat de oma in de buurt woont is een belangrijke beschermende factor. Sorry dat ik later inlever: de afgelopen week had ik drie kraamgezinnen tegelijk.`,
  },
];

/**
 * Seeds the demo work as the API would have left it: the attempt handed in (late when after
 * the cohort's due date), and for a graded one the docent's released grade, scored with the
 * rubric's own rules, with its audit event. Idempotent: an attempt is only created when the
 * student has none at that assignment, so what a docent did with it since is kept.
 */
export async function seedDemoWork(manager: EntityManager): Promise<void> {
  const [docent] = await manager.query(`SELECT id FROM "user" WHERE email = 'docent@imh.test'`);
  for (const work of DEMO_WORK) {
    // The student's cohort in the assignment's track, and that cohort's due date.
    const [created]: { id: string; assignment_id: string; due_at: Date }[] = await manager.query(
      `INSERT INTO submission (assignment_id, student_id, cohort_id, attempt, status, text, version, late, submitted_at)
       SELECT a.id, u.id, cm.cohort_id, 1, $4::submission_status, $5, 2, at.submitted_at > d.due_at, at.submitted_at
         FROM assignment a
         JOIN module m ON m.id = a.module_id
         JOIN track t ON t.id = m.track_id AND t.code = 'CORE'
         JOIN "user" u ON u.email = $1
         JOIN cohort_member cm ON cm.student_id = u.id AND cm.track_id = m.track_id
         JOIN assignment_due_date d ON d.assignment_id = a.id AND d.cohort_id = cm.cohort_id
         CROSS JOIN LATERAL (SELECT LEAST(d.due_at + make_interval(hours => $3), now()) AS submitted_at) at
        WHERE a.title = $2
          AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.assignment_id = a.id AND s.student_id = u.id)
       RETURNING id, assignment_id, (SELECT due_at FROM assignment_due_date
                                      WHERE assignment_id = submission.assignment_id
                                        AND cohort_id = submission.cohort_id) AS due_at`,
      [work.student, work.assignment, work.handedInHoursAfterDue, work.grade ? 'GRADED' : 'SUBMITTED', work.text],
    );
    if (!created || !work.grade || !docent) continue;

    const [assignment]: { pass_rule: PassRule; pass_min_points: number | null }[] = await manager.query(
      'SELECT pass_rule, pass_min_points FROM assignment WHERE id = $1',
      [created.assignment_id],
    );
    const criteria: CriterionRule[] = await manager.query(
      `SELECT id, title, kind, max_points AS "maxPoints" FROM rubric_criterion
          WHERE assignment_id = $1 ORDER BY position`,
      [created.assignment_id],
    );
    const scored = scoreRubric(
      criteria,
      { passRule: assignment.pass_rule, passMinPoints: assignment.pass_min_points },
      criteria.map((c) => ({ criterionId: c.id, points: work.grade!.points[c.title] ?? 0 })),
    );
    const [grade]: { id: string }[] = await manager.query(
      `INSERT INTO grade (submission_id, marker_role, marker_id, scores, total_points, passed, feedback, status, agreed,
                          version, released_at, created_at, updated_at)
       SELECT $1, 'FIRST', $2, $3::jsonb, $4, $5, $6, 'RELEASED', true, 2, t.released_at, t.released_at, t.released_at
         FROM (SELECT LEAST($7::timestamptz + make_interval(hours => $8), now()) AS released_at) t
       RETURNING id, released_at`,
      [
        created.id,
        docent.id,
        JSON.stringify(scored.scores),
        scored.totalPoints,
        scored.passed,
        work.grade.feedback,
        created.due_at,
        work.grade.releasedHoursAfterDue,
      ],
    );
    await manager.query(
      `INSERT INTO audit_event (actor_id, action, subject_type, subject_id, data, created_at)
       SELECT $1, 'grade.released', 'grade', g.id, $3::jsonb, g.released_at FROM grade g WHERE g.id = $2`,
      [docent.id, grade.id, JSON.stringify({ submissionId: created.id })],
    );
  }
}
