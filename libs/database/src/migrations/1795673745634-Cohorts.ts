import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The cohorts context: cohorts (lesgroepen) with their docents, students and meetings, and the
 * grouping proposals they are formed from. `cohort_member.track_id` repeats the cohort's track
 * so the unique index keeps a student in at most one cohort per track. Generated.
 */
export class Cohorts1795673745634 implements MigrationInterface {
    name = 'Cohorts1795673745634'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."cohort_proposal_status" AS ENUM('PROPOSED', 'COMMITTED', 'DISCARDED')
        `);
        await queryRunner.query(`
            CREATE TABLE "cohort_proposal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "track_id" uuid NOT NULL,
                "created_by_id" uuid,
                "input" jsonb NOT NULL,
                "groups" jsonb NOT NULL,
                "pool_fingerprint" character varying(64) NOT NULL,
                "status" "public"."cohort_proposal_status" NOT NULL DEFAULT 'PROPOSED',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "committed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f65dbac6590c0c0dcf9485bb641" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_89396861fad4ebce912683ee03" ON "cohort_proposal" ("track_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."cohort_mode" AS ENUM('OPEN', 'IN_COMPANY')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."cohort_status" AS ENUM('PLANNED', 'ACTIVE', 'COMPLETED')
        `);
        await queryRunner.query(`
            CREATE TABLE "cohort" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "track_id" uuid NOT NULL,
                "name" character varying(120) NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "mode" "public"."cohort_mode" NOT NULL DEFAULT 'OPEN',
                "organisation_id" uuid,
                "status" "public"."cohort_status" NOT NULL DEFAULT 'PLANNED',
                "proposal_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_cohort_in_company_organisation" CHECK (
                    ("mode" = 'IN_COMPANY') = ("organisation_id" IS NOT NULL)
                ),
                CONSTRAINT "CHK_cohort_period" CHECK ("ends_on" > "starts_on"),
                CONSTRAINT "PK_4fb3cca38dc4b461110344e5f9b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_324c6ccec8c13b3d8f6fe768c1" ON "cohort" ("track_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_13bd0e63e326306a28469ac3ae" ON "cohort" ("status")
        `);
        await queryRunner.query(`
            CREATE TABLE "cohort_docent" (
                "cohort_id" uuid NOT NULL,
                "docent_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2753983169e7ade51aeeaaaa6e6" PRIMARY KEY ("cohort_id", "docent_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c9313db9b5f98ff430baef9f74" ON "cohort_docent" ("docent_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "cohort_meeting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "place" character varying(200),
                "online_url" character varying(500),
                "topic" character varying(200) NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_cohort_meeting_location" CHECK (
                    "place" IS NOT NULL
                    OR "online_url" IS NOT NULL
                ),
                CONSTRAINT "CHK_cohort_meeting_time" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_8d6c083da119c2ebe7fde19c208" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8ac483afa39b30b528a2d9c2ef" ON "cohort_meeting" ("cohort_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "cohort_member" (
                "cohort_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "track_id" uuid NOT NULL,
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f99f6500a4a4a61d431f14b4e76" PRIMARY KEY ("cohort_id", "student_id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_cohort_member_student_track" ON "cohort_member" ("student_id", "track_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_proposal"
            ADD CONSTRAINT "FK_2778af0777fe94caded4ffec4f4" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_proposal"
            ADD CONSTRAINT "FK_5329bad3e60b0b11b1cdca2d7de" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort"
            ADD CONSTRAINT "FK_324c6ccec8c13b3d8f6fe768c16" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort"
            ADD CONSTRAINT "FK_aabe5f06d77c930c05e61cfe3c5" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort"
            ADD CONSTRAINT "FK_f65dbac6590c0c0dcf9485bb641" FOREIGN KEY ("proposal_id") REFERENCES "cohort_proposal"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_docent"
            ADD CONSTRAINT "FK_c76c731ef5ec570bb212a19ed16" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_docent"
            ADD CONSTRAINT "FK_c9313db9b5f98ff430baef9f74b" FOREIGN KEY ("docent_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_meeting"
            ADD CONSTRAINT "FK_b9a1f6c08d8d17db586247b901c" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_member"
            ADD CONSTRAINT "FK_de0063c169e19702b1391a8dc8c" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_member"
            ADD CONSTRAINT "FK_3624738a1fe556146b5f0fd1a87" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_member"
            ADD CONSTRAINT "FK_2e2900a8e21989a6bc4a06a1d6a" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "cohort_member" DROP CONSTRAINT "FK_2e2900a8e21989a6bc4a06a1d6a"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_member" DROP CONSTRAINT "FK_3624738a1fe556146b5f0fd1a87"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_member" DROP CONSTRAINT "FK_de0063c169e19702b1391a8dc8c"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_meeting" DROP CONSTRAINT "FK_b9a1f6c08d8d17db586247b901c"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_docent" DROP CONSTRAINT "FK_c9313db9b5f98ff430baef9f74b"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_docent" DROP CONSTRAINT "FK_c76c731ef5ec570bb212a19ed16"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort" DROP CONSTRAINT "FK_f65dbac6590c0c0dcf9485bb641"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort" DROP CONSTRAINT "FK_aabe5f06d77c930c05e61cfe3c5"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort" DROP CONSTRAINT "FK_324c6ccec8c13b3d8f6fe768c16"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_proposal" DROP CONSTRAINT "FK_5329bad3e60b0b11b1cdca2d7de"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_proposal" DROP CONSTRAINT "FK_2778af0777fe94caded4ffec4f4"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_cohort_member_student_track"
        `);
        await queryRunner.query(`
            DROP TABLE "cohort_member"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8ac483afa39b30b528a2d9c2ef"
        `);
        await queryRunner.query(`
            DROP TABLE "cohort_meeting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c9313db9b5f98ff430baef9f74"
        `);
        await queryRunner.query(`
            DROP TABLE "cohort_docent"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_13bd0e63e326306a28469ac3ae"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_324c6ccec8c13b3d8f6fe768c1"
        `);
        await queryRunner.query(`
            DROP TABLE "cohort"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."cohort_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."cohort_mode"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_89396861fad4ebce912683ee03"
        `);
        await queryRunner.query(`
            DROP TABLE "cohort_proposal"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."cohort_proposal_status"
        `);
    }

}
