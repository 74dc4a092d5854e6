import { MigrationInterface, QueryRunner } from "typeorm";

export class Assignments1795674776653 implements MigrationInterface {
    name = 'Assignments1795674776653'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."submission_kind" AS ENUM('TEXT', 'FILES', 'BOTH')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."pass_rule" AS ENUM('MIN_TOTAL_POINTS', 'ALL_CRITERIA_PASSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "assignment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "module_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "instructions" text NOT NULL DEFAULT '',
                "submission_kind" "public"."submission_kind" NOT NULL,
                "allowed_file_types" text array NOT NULL DEFAULT '{}',
                "max_file_bytes" bigint NOT NULL,
                "pass_rule" "public"."pass_rule" NOT NULL,
                "pass_min_points" integer,
                "max_attempts" integer NOT NULL DEFAULT '1',
                "anonymous_grading" boolean NOT NULL DEFAULT false,
                "double_marking" boolean NOT NULL DEFAULT false,
                "double_marking_threshold" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_assignment_max_file_bytes" CHECK ("max_file_bytes" > 0),
                CONSTRAINT "CHK_assignment_max_attempts" CHECK ("max_attempts" >= 1),
                CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d35907cce6a810772bbeb80535" ON "assignment" ("module_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "assignment_due_date" (
                "assignment_id" uuid NOT NULL,
                "cohort_id" uuid NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3785172fcd2040b7b7b6a0fe59c" PRIMARY KEY ("assignment_id", "cohort_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_eb3518c1d34765421f061d06a3" ON "assignment_due_date" ("cohort_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "assignment_extension" (
                "assignment_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reason" character varying(500) NOT NULL DEFAULT '',
                "granted_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cb7c1fc62992248b806fe2c797a" PRIMARY KEY ("assignment_id", "student_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ec28cb2d0671e76d6b00649fb8" ON "assignment_extension" ("student_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."submission_status" AS ENUM(
                'DRAFT',
                'SUBMITTED',
                'NEEDS_THIRD_MARKER',
                'GRADED',
                'REVISION_REQUESTED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "submission" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assignment_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "cohort_id" uuid NOT NULL,
                "attempt" integer NOT NULL,
                "status" "public"."submission_status" NOT NULL DEFAULT 'DRAFT',
                "text" text NOT NULL DEFAULT '',
                "version" integer NOT NULL DEFAULT '1',
                "late" boolean NOT NULL DEFAULT false,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "revision_comment" text,
                "revision_requested_at" TIMESTAMP WITH TIME ZONE,
                "revision_requested_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_af8e0428fc24c6662c6c2b2817" ON "submission" ("student_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_submission_queue" ON "submission" ("cohort_id", "submitted_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_submission_one_draft" ON "submission" ("assignment_id", "student_id")
            WHERE "status" = 'DRAFT'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_submission_attempt" ON "submission" ("assignment_id", "student_id", "attempt")
        `);
        await queryRunner.query(`
            CREATE TABLE "submission_file" (
                "submission_id" uuid NOT NULL,
                "file_id" uuid NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_731ad891b1340dda11d4e3e7e5d" PRIMARY KEY ("submission_id", "file_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1f6308e5f7f6f17db28912e309" ON "submission_file" ("file_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."marker_role" AS ENUM('FIRST', 'SECOND', 'THIRD')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."grade_status" AS ENUM('DRAFT', 'FINAL', 'RELEASED')
        `);
        await queryRunner.query(`
            CREATE TABLE "grade" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "submission_id" uuid NOT NULL,
                "marker_role" "public"."marker_role" NOT NULL,
                "marker_id" uuid,
                "scores" jsonb NOT NULL DEFAULT '[]',
                "total_points" integer NOT NULL DEFAULT '0',
                "passed" boolean,
                "feedback" text NOT NULL DEFAULT '',
                "status" "public"."grade_status" NOT NULL DEFAULT 'DRAFT',
                "agreed" boolean NOT NULL DEFAULT false,
                "version" integer NOT NULL DEFAULT '1',
                "released_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_grade_version" CHECK ("version" >= 1),
                CONSTRAINT "PK_58c2176c3ae96bf57daebdbcb5e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cd264443e8dbc87f81c2bd2bf0" ON "grade" ("marker_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_grade_submission_role" ON "grade" ("submission_id", "marker_role")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."criterion_kind" AS ENUM('POINTS', 'PASS_FAIL')
        `);
        await queryRunner.query(`
            CREATE TABLE "rubric_criterion" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "assignment_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "kind" "public"."criterion_kind" NOT NULL,
                "levels" jsonb NOT NULL DEFAULT '[]',
                "max_points" integer NOT NULL,
                CONSTRAINT "PK_2891a0ba24d0310a3bbad916e5c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_1da6c43b94f9ecd7786493d988" ON "rubric_criterion" ("assignment_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "assignment_reminder" (
                "assignment_id" uuid NOT NULL,
                "student_id" uuid NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_58fcd018b30b4da79429a4bfdbf" PRIMARY KEY ("assignment_id", "student_id", "due_at")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment"
            ADD CONSTRAINT "FK_d35907cce6a810772bbeb805359" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_due_date"
            ADD CONSTRAINT "FK_8adc88ce067a38b8e839eba3665" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_due_date"
            ADD CONSTRAINT "FK_eb3518c1d34765421f061d06a3f" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_extension"
            ADD CONSTRAINT "FK_e6471236b786a3f96de582e518d" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_extension"
            ADD CONSTRAINT "FK_ec28cb2d0671e76d6b00649fb89" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_extension"
            ADD CONSTRAINT "FK_c8c6d708e5e0770325a3fdea2ec" FOREIGN KEY ("granted_by_id") REFERENCES "user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_e589cd305607628faf227e1e32a" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_af8e0428fc24c6662c6c2b28179" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_424d9a2cb4ce86b69092b39af8e" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission"
            ADD CONSTRAINT "FK_4f732841bd9d3da392e061df80f" FOREIGN KEY ("revision_requested_by_id") REFERENCES "user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission_file"
            ADD CONSTRAINT "FK_6251e0e8519e5fc04dfb430abe8" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "submission_file"
            ADD CONSTRAINT "FK_1f6308e5f7f6f17db28912e3092" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "grade"
            ADD CONSTRAINT "FK_500dace22625569546dbc596241" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "grade"
            ADD CONSTRAINT "FK_cd264443e8dbc87f81c2bd2bf08" FOREIGN KEY ("marker_id") REFERENCES "user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rubric_criterion"
            ADD CONSTRAINT "FK_943fd249df785f8a338b45e6cef" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_reminder"
            ADD CONSTRAINT "FK_10fb083ab684b4c1ab44a1626e5" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_reminder"
            ADD CONSTRAINT "FK_563a24f7eeeae397ef308e92391" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "assignment_reminder" DROP CONSTRAINT "FK_563a24f7eeeae397ef308e92391"
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_reminder" DROP CONSTRAINT "FK_10fb083ab684b4c1ab44a1626e5"
        `);
        await queryRunner.query(`
            ALTER TABLE "rubric_criterion" DROP CONSTRAINT "FK_943fd249df785f8a338b45e6cef"
        `);
        await queryRunner.query(`
            ALTER TABLE "grade" DROP CONSTRAINT "FK_cd264443e8dbc87f81c2bd2bf08"
        `);
        await queryRunner.query(`
            ALTER TABLE "grade" DROP CONSTRAINT "FK_500dace22625569546dbc596241"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission_file" DROP CONSTRAINT "FK_1f6308e5f7f6f17db28912e3092"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission_file" DROP CONSTRAINT "FK_6251e0e8519e5fc04dfb430abe8"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_4f732841bd9d3da392e061df80f"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_424d9a2cb4ce86b69092b39af8e"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_af8e0428fc24c6662c6c2b28179"
        `);
        await queryRunner.query(`
            ALTER TABLE "submission" DROP CONSTRAINT "FK_e589cd305607628faf227e1e32a"
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_extension" DROP CONSTRAINT "FK_c8c6d708e5e0770325a3fdea2ec"
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_extension" DROP CONSTRAINT "FK_ec28cb2d0671e76d6b00649fb89"
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_extension" DROP CONSTRAINT "FK_e6471236b786a3f96de582e518d"
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_due_date" DROP CONSTRAINT "FK_eb3518c1d34765421f061d06a3f"
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment_due_date" DROP CONSTRAINT "FK_8adc88ce067a38b8e839eba3665"
        `);
        await queryRunner.query(`
            ALTER TABLE "assignment" DROP CONSTRAINT "FK_d35907cce6a810772bbeb805359"
        `);
        await queryRunner.query(`
            DROP TABLE "assignment_reminder"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1da6c43b94f9ecd7786493d988"
        `);
        await queryRunner.query(`
            DROP TABLE "rubric_criterion"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."criterion_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_grade_submission_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_cd264443e8dbc87f81c2bd2bf0"
        `);
        await queryRunner.query(`
            DROP TABLE "grade"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."grade_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."marker_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1f6308e5f7f6f17db28912e309"
        `);
        await queryRunner.query(`
            DROP TABLE "submission_file"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_submission_attempt"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_submission_one_draft"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_submission_queue"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_af8e0428fc24c6662c6c2b2817"
        `);
        await queryRunner.query(`
            DROP TABLE "submission"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."submission_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ec28cb2d0671e76d6b00649fb8"
        `);
        await queryRunner.query(`
            DROP TABLE "assignment_extension"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_eb3518c1d34765421f061d06a3"
        `);
        await queryRunner.query(`
            DROP TABLE "assignment_due_date"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d35907cce6a810772bbeb80535"
        `);
        await queryRunner.query(`
            DROP TABLE "assignment"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."pass_rule"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."submission_kind"
        `);
    }

}
