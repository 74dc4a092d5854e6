import type { EntityManager } from 'typeorm';
import { DEMO_COHORT_NAME } from './demo-cohorts';

// On a module the demo student has unlocked (it needs only the first, which she finished), so
// she can hand it in on her first visit: submissions obey module locks.
const MODULE = 'Multi- en transdisciplinair werken';
const TITLE = 'Observatieverslag ouder-kindinteractie';

const INSTRUCTIONS = `Observeer tijdens een gewoon contactmoment **tien minuten** het spel tussen een ouder en een jong kind (0–3 jaar).

Schrijf een verslag van één à twee pagina's:

1. Beschrijf wat je zag en hoorde, zonder te interpreteren: wie begint, wie volgt, hoe reageert de ouder op de signalen van het kind?
2. Benoem daarna wat je denkt dat er in het kind en in de ouder omging, en waarop je dat baseert.
3. Reflecteer op je eigen rol: wat deed jouw aanwezigheid, en hoe deelde je je observatie met de ouder?

Lever de tekst in het tekstveld in en voeg het verslag als **PDF** toe. Gebruik geen namen of herleidbare gegevens van het gezin.`;

const LEVELS = (points: number[]) => [
  { label: 'Onvoldoende', description: 'Nog niet zichtbaar in het verslag.', points: points[0] },
  { label: 'Voldoende', description: 'Zichtbaar, maar nog algemeen.', points: points[1] },
  { label: 'Goed', description: 'Concreet, onderbouwd en met voorbeelden.', points: points[2] },
];

const CRITERIA = [
  {
    title: 'Beschrijvend observeren',
    description: 'Het verslag beschrijft gedrag van ouder en kind feitelijk, los van interpretatie.',
    kind: 'POINTS',
    levels: LEVELS([0, 2, 4]),
  },
  {
    title: 'Interactie en signalen',
    description: 'Het verslag laat zien hoe ouder en kind op elkaars signalen reageren (serve and return).',
    kind: 'POINTS',
    levels: LEVELS([0, 2, 4]),
  },
  {
    title: 'Reflectie op eigen rol',
    description: 'De cursist reflecteert op de eigen invloed en op het delen van de observatie met de ouder.',
    kind: 'POINTS',
    levels: LEVELS([0, 1, 2]),
  },
  {
    title: 'Privacy van het gezin gewaarborgd',
    description: 'Geen namen of herleidbare gegevens van het gezin.',
    kind: 'PASS_FAIL',
    levels: [],
  },
];

/**
 * The demo assignment: an observation report (text and a PDF) with a rubric on the core's
 * multidisciplinary module, due for the demo cohort six weeks after seeding. Idempotent: matched by
 * module and title; what an admin changed since is kept, and the due date is only set when missing.
 */
export async function seedDemoAssignments(manager: EntityManager): Promise<void> {
  const [module] = await manager.query(
    `SELECT m.id, m.track_id FROM module m JOIN track t ON t.id = m.track_id AND t.code = 'CORE' WHERE m.title = $1`,
    [MODULE],
  );
  if (!module) return;
  let [assignment] = await manager.query('SELECT id FROM assignment WHERE module_id = $1 AND title = $2', [
    module.id,
    TITLE,
  ]);
  if (!assignment) {
    [assignment] = await manager.query(
      `INSERT INTO assignment (module_id, title, instructions, submission_kind, allowed_file_types, max_file_bytes,
                               pass_rule, pass_min_points, max_attempts, anonymous_grading, double_marking)
       VALUES ($1, $2, $3, 'BOTH', '{pdf,docx}', $4, 'MIN_TOTAL_POINTS', 6, 2, false, false)
       RETURNING id`,
      [module.id, TITLE, INSTRUCTIONS, 10 * 1024 * 1024],
    );
    for (const [position, c] of CRITERIA.entries()) {
      await manager.query(
        `INSERT INTO rubric_criterion (assignment_id, position, title, description, kind, levels, max_points)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
        [
          assignment.id,
          position,
          c.title,
          c.description,
          c.kind,
          JSON.stringify(c.levels),
          c.kind === 'PASS_FAIL' ? 1 : Math.max(...c.levels.map((l) => l.points)),
        ],
      );
    }
  }
  await manager.query(
    `INSERT INTO assignment_due_date (assignment_id, cohort_id, due_at)
     SELECT $1, c.id, ((current_date + 42) + time '23:59') AT TIME ZONE 'Europe/Amsterdam'
       FROM cohort c WHERE c.track_id = $2 AND c.name = $3
     ON CONFLICT DO NOTHING`,
    [assignment.id, module.track_id, DEMO_COHORT_NAME],
  );
}
