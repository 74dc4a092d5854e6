import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The effective due date, stated once: per assignment and student of a cohort in its track,
 * the student's extension, else the cohort's due date (null when neither is set). Reminders,
 * the late mark, the student's own due date, extensions and the cohort overview all read it.
 */
export class AssignmentEffectiveDueDate1795680000000 implements MigrationInterface {
  name = 'AssignmentEffectiveDueDate1795680000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW "assignment_effective_due_date" AS
      SELECT a.id AS assignment_id,
             cm.student_id,
             cm.cohort_id,
             d.due_at AS cohort_due_at,
             x.due_at AS extension_due_at,
             COALESCE(x.due_at, d.due_at) AS due_at
        FROM assignment a
        JOIN module m ON m.id = a.module_id
        JOIN cohort_member cm ON cm.track_id = m.track_id
        LEFT JOIN assignment_due_date d ON d.assignment_id = a.id AND d.cohort_id = cm.cohort_id
        LEFT JOIN assignment_extension x ON x.assignment_id = a.id AND x.student_id = cm.student_id
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "assignment_effective_due_date"');
  }
}
