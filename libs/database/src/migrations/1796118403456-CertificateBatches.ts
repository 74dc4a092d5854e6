import { MigrationInterface, QueryRunner } from "typeorm";

export class CertificateBatches1796118403456 implements MigrationInterface {
    name = 'CertificateBatches1796118403456'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "certificate_batch" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "track_id" uuid NOT NULL,
                "requested_by_id" uuid NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'QUEUED',
                "total" integer NOT NULL DEFAULT '0',
                "issued" integer NOT NULL DEFAULT '0',
                "already_certified" integer NOT NULL DEFAULT '0',
                "not_eligible" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "last_error" character varying(500),
                CONSTRAINT "PK_711b4215f077f07f99ab32069d6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "certificate_batch_created" ON "certificate_batch" ("created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "certificate_batch_one_open_per_cohort" ON "certificate_batch" ("cohort_id")
            WHERE status IN ('QUEUED', 'RUNNING')
        `);
        await queryRunner.query(`
            CREATE TABLE "certificate_batch_item" (
                "batch_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "outcome" character varying(20) NOT NULL DEFAULT 'PENDING',
                "certificate_id" uuid,
                "processed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_808225e506d68492cc5a2f19bbd" PRIMARY KEY ("batch_id", "student_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "certificate_batch_item_pending" ON "certificate_batch_item" ("batch_id", "position")
            WHERE outcome = 'PENDING'
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch"
            ADD CONSTRAINT "FK_c0e45b9bf164f1759e5dd6e525a" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch"
            ADD CONSTRAINT "FK_92847406f5b9abe695fd14c2e69" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch"
            ADD CONSTRAINT "FK_c24e8d1c3367574e1fc65c06cbb" FOREIGN KEY ("requested_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch_item"
            ADD CONSTRAINT "FK_753b6d964e5fe470c245840e9b7" FOREIGN KEY ("batch_id") REFERENCES "certificate_batch"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch_item"
            ADD CONSTRAINT "FK_4a60e0e3a9ee4dc4a60cbb0b118" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch_item"
            ADD CONSTRAINT "FK_0802b64340de3ceb957359b7db1" FOREIGN KEY ("certificate_id") REFERENCES "certificate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "certificate_batch_item" DROP CONSTRAINT "FK_0802b64340de3ceb957359b7db1"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch_item" DROP CONSTRAINT "FK_4a60e0e3a9ee4dc4a60cbb0b118"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch_item" DROP CONSTRAINT "FK_753b6d964e5fe470c245840e9b7"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch" DROP CONSTRAINT "FK_c24e8d1c3367574e1fc65c06cbb"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch" DROP CONSTRAINT "FK_92847406f5b9abe695fd14c2e69"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_batch" DROP CONSTRAINT "FK_c0e45b9bf164f1759e5dd6e525a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."certificate_batch_item_pending"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_batch_item"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."certificate_batch_one_open_per_cohort"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."certificate_batch_created"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_batch"
        `);
    }

}
