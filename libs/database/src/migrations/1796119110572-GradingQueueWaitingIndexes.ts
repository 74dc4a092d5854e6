import { MigrationInterface, QueryRunner } from "typeorm";

export class GradingQueueWaitingIndexes1796119110572 implements MigrationInterface {
    name = 'GradingQueueWaitingIndexes1796119110572'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "IDX_submission_waiting_cohort" ON "submission" ("cohort_id", "assignment_id")
            WHERE "status" IN ('SUBMITTED', 'NEEDS_THIRD_MARKER')
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_submission_waiting" ON "submission" ("submitted_at", "id")
            WHERE "status" IN ('SUBMITTED', 'NEEDS_THIRD_MARKER')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_submission_waiting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_submission_waiting_cohort"
        `);
    }

}
