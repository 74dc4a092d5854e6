// Records are never lost (DESIGN.md): no cascade may reach a submission, a grade, a submission's
// files, a student's lesson progress or an enrolment. Each of them now refuses (RESTRICT) the
// delete of what it hangs on, so deleting a module, lesson, assignment or user that holds student
// work fails in the database itself, whatever code path tries it. Audit rows have no foreign key.
//
// The cascades that stay only remove authoring content and links, and every chain of them ends
// at one of these RESTRICTs before it reaches a record:
//   track → module → lesson → lesson_attachment;  module → assignment → rubric_criterion,
//   assignment_due_date, assignment_extension, assignment_reminder;  module_prerequisite (both
//   ends);  stored_file → lesson_attachment;  cohort → cohort_member, cohort_docent,
//   cohort_meeting, assignment_due_date (submission.cohort_id was already RESTRICT);
//   user → session, user_token, cohort_member, cohort_docent, assignment_extension,
//   assignment_reminder;  track → cohort_proposal.
// Modules and lessons gain `archived_at`: what holds student work is archived instead of deleted.
import { MigrationInterface, QueryRunner } from "typeorm";

export class RecordsAreKept1796106836500 implements MigrationInterface {
    name = 'RecordsAreKept1796106836500'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "enrollment" DROP CONSTRAINT "FK_eb0d79d7b8954d3129d032b0bb1"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_4012564b73cc5b98b48d31685b9"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_980e74721039ebe210fee2eeca2"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_e589cd305607628faf227e1e32a"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_af8e0428fc24c6662c6c2b28179"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission_file" DROP CONSTRAINT "FK_6251e0e8519e5fc04dfb430abe8"
        `);
        await queryRunner.query(`
            ALTER TABLE "grade" DROP CONSTRAINT "FK_500dace22625569546dbc596241"
        `);
        await queryRunner.query(`
            ALTER TABLE "module"
            ADD "archived_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson"
            ADD "archived_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "module"
            ADD CONSTRAINT "CHK_module_archived_is_draft" CHECK (
                    "archived_at" IS NULL
                    OR "status" = 'DRAFT'
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "enrollment"
            ADD CONSTRAINT "FK_eb0d79d7b8954d3129d032b0bb1" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "FK_4012564b73cc5b98b48d31685b9" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "FK_980e74721039ebe210fee2eeca2" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_e589cd305607628faf227e1e32a" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_af8e0428fc24c6662c6c2b28179" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission_file"
            ADD CONSTRAINT "FK_6251e0e8519e5fc04dfb430abe8" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "grade"
            ADD CONSTRAINT "FK_500dace22625569546dbc596241" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "grade" DROP CONSTRAINT "FK_500dace22625569546dbc596241"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission_file" DROP CONSTRAINT "FK_6251e0e8519e5fc04dfb430abe8"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_af8e0428fc24c6662c6c2b28179"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_e589cd305607628faf227e1e32a"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_980e74721039ebe210fee2eeca2"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_4012564b73cc5b98b48d31685b9"
        `);
        await queryRunner.query(`
            ALTER TABLE "enrollment" DROP CONSTRAINT "FK_eb0d79d7b8954d3129d032b0bb1"
        `);
        await queryRunner.query(`
            ALTER TABLE "module" DROP CONSTRAINT "CHK_module_archived_is_draft"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson" DROP COLUMN "archived_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "module" DROP COLUMN "archived_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "grade"
            ADD CONSTRAINT "FK_500dace22625569546dbc596241" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission_file"
            ADD CONSTRAINT "FK_6251e0e8519e5fc04dfb430abe8" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_af8e0428fc24c6662c6c2b28179" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_e589cd305607628faf227e1e32a" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "FK_980e74721039ebe210fee2eeca2" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "FK_4012564b73cc5b98b48d31685b9" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "enrollment"
            ADD CONSTRAINT "FK_eb0d79d7b8954d3129d032b0bb1" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

}
