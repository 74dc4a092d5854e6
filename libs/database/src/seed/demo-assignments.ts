import type { EntityManager } from 'typeorm';
import { DEMO_COHORT_NAME } from './demo-cohorts';

/**
 * The demo's observation report: open for the demo student, due six weeks after seeding, on a
 * module she has unlocked (it needs only the first, which she finished): hand-ins obey module locks.
 */
export const OBSERVATION_REPORT = 'Observatieverslag ouder-kindinteractie';
/** Due a week before seeding: the demo student's is graded and released, two fellow students' wait for the docent. */
export const PRACTICE_REFLECTION = 'Reflectie: de eerste 1001 dagen in je eigen praktijk';
/** Due five days after seeding, not started: the demo student's next thing to do. */
export const CASE_DESCRIPTION = 'Casusbeschrijving: samenwerken rond één gezin';

const OBSERVATION_INSTRUCTIONS = `Observeer tijdens een gewoon contactmoment **tien minuten** het spel tussen een ouder en een jong kind (0–3 jaar).

Schrijf een verslag van één à twee pagina's:

1. Beschrijf wat je zag en hoorde, zonder te interpreteren: wie begint, wie volgt, hoe reageert de ouder op de signalen van het kind?
2. Benoem daarna wat je denkt dat er in het kind en in de ouder omging, en waarop je dat baseert.
3. Reflecteer op je eigen rol: wat deed jouw aanwezigheid, en hoe deelde je je observatie met de ouder?

Lever de tekst in het tekstveld in en voeg het verslag als **PDF** toe. Gebruik geen namen of herleidbare gegevens van het gezin.`;

const REFLECTION_INSTRUCTIONS = `Kies één situatie uit je eigen werk met een gezin met een kind in de eerste 1001 dagen.

Schrijf in ongeveer een pagina:

1. Wat er gebeurde, en wat dat voor de ontwikkeling van het kind kan betekenen.
2. Welke begrippen uit de module (stress, veerkracht, beschermende factoren) je erin herkent.
3. Wat je een volgende keer anders of juist weer zo zou doen.

Noem de bronnen die je gebruikt. Gebruik geen namen of herleidbare gegevens van het gezin.`;

const CASE_INSTRUCTIONS = `Beschrijf een gezin met een jong kind waar meerdere disciplines bij betrokken zijn (geanonimiseerd).

1. Wie zijn er betrokken, en wat doet ieder vanuit de eigen discipline?
2. Waar lopen de hulpverleners langs elkaar heen, en waar werken ze samen?
3. Hoe zou het eruitzien als het kind in zijn context centraal staat?

Lever de tekst in het tekstveld in; ongeveer anderhalve pagina.`;

const LEVELS = (points: number[]) => [
  { label: 'Onvoldoende', description: 'Nog niet zichtbaar in het verslag.', points: points[0] },
  { label: 'Voldoende', description: 'Zichtbaar, maar nog algemeen.', points: points[1] },
  { label: 'Goed', description: 'Concreet, onderbouwd en met voorbeelden.', points: points[2] },
];

interface DemoCriterion {
  title: string;
  description: string;
  kind: 'POINTS' | 'PASS_FAIL';
  levels: { label: string; description: string; points: number }[];
}

interface DemoAssignment {
  module: string;
  title: string;
  instructions: string;
  submissionKind: 'TEXT' | 'BOTH';
  allowedFileTypes: string[];
  passMinPoints: number;
  maxAttempts: number;
  /** The demo cohort's due date: 23:59 Amsterdam time this many days after the day of seeding. */
  dueInDays: number;
  criteria: DemoCriterion[];
}

const PRIVACY: DemoCriterion = {
  title: 'Privacy van het gezin gewaarborgd',
  description: 'Geen namen of herleidbare gegevens van het gezin.',
  kind: 'PASS_FAIL',
  levels: [],
};

export const DEMO_ASSIGNMENTS: DemoAssignment[] = [
  {
    module: 'Multi- en transdisciplinair werken',
    title: OBSERVATION_REPORT,
    instructions: OBSERVATION_INSTRUCTIONS,
    submissionKind: 'BOTH',
    allowedFileTypes: ['pdf', 'docx'],
    passMinPoints: 6,
    maxAttempts: 2,
    dueInDays: 42,
    criteria: [
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
      PRIVACY,
    ],
  },
  {
    module: 'De eerste 1001 dagen',
    title: PRACTICE_REFLECTION,
    instructions: REFLECTION_INSTRUCTIONS,
    submissionKind: 'TEXT',
    allowedFileTypes: [],
    passMinPoints: 4,
    maxAttempts: 2,
    dueInDays: -7,
    criteria: [
      {
        title: 'Koppeling met de theorie',
        description: 'De situatie wordt verbonden met stress, veerkracht en beschermende factoren.',
        kind: 'POINTS',
        levels: LEVELS([0, 2, 4]),
      },
      {
        title: 'Reflectie op eigen handelen',
        description: 'De cursist kijkt kritisch naar het eigen handelen en trekt er lessen uit.',
        kind: 'POINTS',
        levels: LEVELS([0, 1, 2]),
      },
      PRIVACY,
    ],
  },
  {
    module: 'Multi- en transdisciplinair werken',
    title: CASE_DESCRIPTION,
    instructions: CASE_INSTRUCTIONS,
    submissionKind: 'TEXT',
    allowedFileTypes: [],
    passMinPoints: 4,
    maxAttempts: 2,
    dueInDays: 5,
    criteria: [
      {
        title: 'Rollen in de keten',
        description: 'De casus laat zien wie er betrokken is en wat ieder vanuit de eigen discipline doet.',
        kind: 'POINTS',
        levels: LEVELS([0, 2, 4]),
      },
      {
        title: 'Het kind in zijn context',
        description: 'De casus maakt zichtbaar wat het kind nodig heeft en hoe de samenwerking daarop aansluit.',
        kind: 'POINTS',
        levels: LEVELS([0, 2, 4]),
      },
      PRIVACY,
    ],
  },
];

/**
 * The demo assignments on core modules, each with a rubric and a due date for the demo cohort
 * relative to the day of seeding. Idempotent: matched by module and title; what an admin
 * changed since is kept, and a due date is only set when the cohort has none.
 */
export async function seedDemoAssignments(manager: EntityManager): Promise<void> {
  for (const demo of DEMO_ASSIGNMENTS) {
    const [module] = await manager.query(
      `SELECT m.id, m.track_id FROM module m JOIN track t ON t.id = m.track_id AND t.code = 'CORE' WHERE m.title = $1`,
      [demo.module],
    );
    if (!module) continue;
    let [assignment] = await manager.query('SELECT id FROM assignment WHERE module_id = $1 AND title = $2', [
      module.id,
      demo.title,
    ]);
    if (!assignment) {
      [assignment] = await manager.query(
        `INSERT INTO assignment (module_id, title, instructions, submission_kind, allowed_file_types, max_file_bytes,
                                 pass_rule, pass_min_points, max_attempts, anonymous_grading, double_marking)
         VALUES ($1, $2, $3, $4, $5, $6, 'MIN_TOTAL_POINTS', $7, $8, false, false)
         RETURNING id`,
        [
          module.id,
          demo.title,
          demo.instructions,
          demo.submissionKind,
          demo.allowedFileTypes,
          10 * 1024 * 1024,
          demo.passMinPoints,
          demo.maxAttempts,
        ],
      );
      for (const [position, c] of demo.criteria.entries()) {
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
       SELECT $1, c.id, ((current_date + $4::int) + time '23:59') AT TIME ZONE 'Europe/Amsterdam'
         FROM cohort c WHERE c.track_id = $2 AND c.name = $3
       ON CONFLICT DO NOTHING`,
      [assignment.id, module.track_id, DEMO_COHORT_NAME, demo.dueInDays],
    );
  }
}
