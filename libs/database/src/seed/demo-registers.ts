import type { EntityManager } from 'typeorm';
import { RegisterCode } from '@imh/certification';

/** The registers each demo discipline offers; disciplines without a register that books points get none. */
export const DEMO_DISCIPLINE_REGISTERS: Record<string, RegisterCode[]> = {
  jeugdhulp: [RegisterCode.SKJ],
  psychologie: [RegisterCode.NIP, RegisterCode.SKJ],
  orthopedagogiek: [RegisterCode.NVO, RegisterCode.SKJ],
  logopedie: [RegisterCode.KP],
  fysiotherapie: [RegisterCode.KP],
  jeugdverpleegkunde: [RegisterCode.VVN],
  huisarts: [RegisterCode.KNMG],
  jeugdarts: [RegisterCode.KNMG],
  psychiatrie: [RegisterCode.KNMG],
  'maatschappelijk-werk': [RegisterCode.SKJ],
  ouderbegeleiding: [RegisterCode.SKJ],
};

/** The module whose every lesson some demo students have done (it asks no assignment). */
export const DEMO_POINTS_MODULE = 'Hechting en de ouder-kindrelatie';

/**
 * Students who completed DEMO_POINTS_MODULE some days before seeding, with their register number
 * (fictional) or none: the SKJ export then shows a cohort edition, students outside a cohort, and
 * someone without a number.
 */
export const DEMO_REGISTRATIONS: { email: string; register: RegisterCode; number: string | null; daysAgo: number }[] = [
  { email: 'joost.verhoeven@imh.test', register: RegisterCode.SKJ, number: '100004217', daysAgo: 12 },
  { email: 'yusuf.demir@imh.test', register: RegisterCode.SKJ, number: '100007731', daysAgo: 30 },
  { email: 'ruben.brouwer@imh.test', register: RegisterCode.SKJ, number: null, daysAgo: 5 },
  { email: 'fatima.elamrani@imh.test', register: RegisterCode.VVN, number: '19087654321', daysAgo: 9 },
];

/**
 * Registers for the demo: which disciplines offer which register, every demo module's points per
 * register (its catalogue points, in every register), and a few students' numbers and completed
 * modules. Idempotent, and what an admin changed is kept: a discipline or module that has register
 * rows is left alone, a number already recorded stays.
 */
export async function seedDemoRegisters(manager: EntityManager, moduleTitles: string[]): Promise<void> {
  for (const [code, registers] of Object.entries(DEMO_DISCIPLINE_REGISTERS)) {
    await manager.query(
      `INSERT INTO discipline_register (discipline_id, register)
       SELECT d.id, r FROM discipline d, unnest($2::varchar[]) AS r
        WHERE d.code = $1 AND NOT EXISTS (SELECT 1 FROM discipline_register x WHERE x.discipline_id = d.id)`,
      [code, registers],
    );
  }
  await manager.query(
    `INSERT INTO module_register_points (module_id, register, points)
     SELECT m.id, r, m.accreditation_points FROM module m, unnest($2::varchar[]) AS r
      WHERE m.title = ANY($1::varchar[]) AND m.accreditation_points > 0
        AND NOT EXISTS (SELECT 1 FROM module_register_points x WHERE x.module_id = m.id)`,
    [moduleTitles, Object.values(RegisterCode)],
  );
  for (const demo of DEMO_REGISTRATIONS) {
    const [student] = await manager.query('SELECT id FROM "user" WHERE email = $1', [demo.email]);
    if (!student) continue;
    await manager.query(
      `INSERT INTO lesson_progress (student_id, lesson_id, completed_at)
       SELECT $1, l.id, now() - make_interval(days => $3) FROM lesson l JOIN module m ON m.id = l.module_id
        WHERE m.title = $2 AND l.archived_at IS NULL
       ON CONFLICT (student_id, lesson_id) DO NOTHING`,
      [student.id, DEMO_POINTS_MODULE, demo.daysAgo],
    );
    if (demo.number) {
      await manager.query(
        `INSERT INTO registration (student_id, register, number) VALUES ($1, $2, $3)
         ON CONFLICT (student_id, register) DO NOTHING`,
        [student.id, demo.register, demo.number],
      );
    }
  }
}
