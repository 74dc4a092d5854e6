import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The catalogue and learning context (tracks, modules, lessons, enrolments, progress,
 * intake requests) and the shared stored_file table. Generated, then edited: TypeORM emits
 * CREATE TYPE once per column for enums shared by two tables (publication_status,
 * track_code); each type is created (and dropped) once here.
 */
export class Catalogue1795672469764 implements MigrationInterface {
    name = 'Catalogue1795672469764'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "stored_file" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" character varying(100) NOT NULL,
                "original_name" character varying(255) NOT NULL,
                "mime_type" character varying(120) NOT NULL,
                "size" bigint NOT NULL,
                "purpose" character varying(40) NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_eba350dfc8ac9ed18cc4d626c1" ON "stored_file" ("key")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2259d7ed678cd8f6268df3e293" ON "stored_file" ("created_by_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."track_code" AS ENUM('CORE', 'GENERALIST', 'SPECIALIST')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."publication_status" AS ENUM('DRAFT', 'PUBLISHED')
        `);
        await queryRunner.query(`
            CREATE TABLE "track" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" "public"."track_code" NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "target_audience" text NOT NULL DEFAULT '',
                "certificate_validity_months" integer,
                "requires_track_id" uuid,
                "status" "public"."publication_status" NOT NULL DEFAULT 'DRAFT',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0631b9bcf521f8fab3a15f2c37e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_865fd4cd0c4aa3711fc1eb5424" ON "track" ("code")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."enrollment_status" AS ENUM('ACTIVE', 'COMPLETED', 'WITHDRAWN')
        `);
        await queryRunner.query(`
            CREATE TABLE "enrollment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "student_id" uuid NOT NULL,
                "track_id" uuid NOT NULL,
                "status" "public"."enrollment_status" NOT NULL DEFAULT 'ACTIVE',
                "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7e200c699fa93865cdcdd025885" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b63b5eb183ded4dddbbd3d528e" ON "enrollment" ("track_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6521281175f418b44d0f574859" ON "enrollment" ("student_id", "track_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "module" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "track_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                "study_hours" numeric(5, 1) NOT NULL DEFAULT '0',
                "accreditation_points" integer NOT NULL DEFAULT '0',
                "learning_goals" text array NOT NULL DEFAULT '{}',
                "status" "public"."publication_status" NOT NULL DEFAULT 'DRAFT',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0e20d657f968b051e674fbe3117" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_aeac29b12926e529f5a0dc6446" ON "module" ("track_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "lesson" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "module_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "title" character varying(200) NOT NULL,
                "body" text NOT NULL DEFAULT '',
                "video_url" character varying(2000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0ef25918f0237e68696dee455bd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6200d4046708e3d35f151d3d14" ON "lesson" ("module_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "lesson_attachment" (
                "lesson_id" uuid NOT NULL,
                "file_id" uuid NOT NULL,
                "position" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cc62f52bb0dc1c63ce6762d60e2" PRIMARY KEY ("lesson_id", "file_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dce135812f4257ed1ddfcc0e83" ON "lesson_attachment" ("file_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "lesson_progress" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "student_id" uuid NOT NULL,
                "lesson_id" uuid NOT NULL,
                "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e6223ebbc5f8f5fce40e0193de1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_980e74721039ebe210fee2eeca" ON "lesson_progress" ("lesson_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_92ed7bfa98a32eab1a62f206dd" ON "lesson_progress" ("student_id", "lesson_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "intake_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "email" character varying(254) NOT NULL,
                "phone" character varying(40),
                "organisation" character varying(200) NOT NULL,
                "discipline" character varying(120) NOT NULL,
                "track_interest" "public"."track_code",
                "message" text NOT NULL DEFAULT '',
                "locale" "public"."locale" NOT NULL DEFAULT 'nl',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "handled_at" TIMESTAMP WITH TIME ZONE,
                "handled_by_id" uuid,
                CONSTRAINT "PK_ad52888b32c807f921cfd4e92e6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c5e7012543ea9a95f377240447" ON "intake_request" ("created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "module_prerequisite" (
                "module_id" uuid NOT NULL,
                "prerequisite_id" uuid NOT NULL,
                CONSTRAINT "PK_cd83d91e01d706dac8524c74b2f" PRIMARY KEY ("module_id", "prerequisite_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b9471b7202bf9c9f9b42c0d4fd" ON "module_prerequisite" ("module_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1ca6dccba5ade1d6097568ec35" ON "module_prerequisite" ("prerequisite_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "stored_file"
            ADD CONSTRAINT "FK_2259d7ed678cd8f6268df3e2937" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "track"
            ADD CONSTRAINT "FK_226ff0d616d9e6108e4b4303ca1" FOREIGN KEY ("requires_track_id") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "enrollment"
            ADD CONSTRAINT "FK_eb0d79d7b8954d3129d032b0bb1" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "enrollment"
            ADD CONSTRAINT "FK_b63b5eb183ded4dddbbd3d528e1" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "module"
            ADD CONSTRAINT "FK_c162110dae03b59caea22f71b47" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson"
            ADD CONSTRAINT "FK_53d2329d64a9274517d7160c29c" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_attachment"
            ADD CONSTRAINT "FK_bf13fb88a294bfb0e8b7b9f16de" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_attachment"
            ADD CONSTRAINT "FK_dce135812f4257ed1ddfcc0e83e" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "FK_4012564b73cc5b98b48d31685b9" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress"
            ADD CONSTRAINT "FK_980e74721039ebe210fee2eeca2" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "module_prerequisite"
            ADD CONSTRAINT "FK_b9471b7202bf9c9f9b42c0d4fdd" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
        await queryRunner.query(`
            ALTER TABLE "module_prerequisite"
            ADD CONSTRAINT "FK_1ca6dccba5ade1d6097568ec351" FOREIGN KEY ("prerequisite_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "module_prerequisite" DROP CONSTRAINT "FK_1ca6dccba5ade1d6097568ec351"
        `);
        await queryRunner.query(`
            ALTER TABLE "module_prerequisite" DROP CONSTRAINT "FK_b9471b7202bf9c9f9b42c0d4fdd"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_980e74721039ebe210fee2eeca2"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_progress" DROP CONSTRAINT "FK_4012564b73cc5b98b48d31685b9"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_attachment" DROP CONSTRAINT "FK_dce135812f4257ed1ddfcc0e83e"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson_attachment" DROP CONSTRAINT "FK_bf13fb88a294bfb0e8b7b9f16de"
        `);
        await queryRunner.query(`
            ALTER TABLE "lesson" DROP CONSTRAINT "FK_53d2329d64a9274517d7160c29c"
        `);
        await queryRunner.query(`
            ALTER TABLE "module" DROP CONSTRAINT "FK_c162110dae03b59caea22f71b47"
        `);
        await queryRunner.query(`
            ALTER TABLE "enrollment" DROP CONSTRAINT "FK_b63b5eb183ded4dddbbd3d528e1"
        `);
        await queryRunner.query(`
            ALTER TABLE "enrollment" DROP CONSTRAINT "FK_eb0d79d7b8954d3129d032b0bb1"
        `);
        await queryRunner.query(`
            ALTER TABLE "track" DROP CONSTRAINT "FK_226ff0d616d9e6108e4b4303ca1"
        `);
        await queryRunner.query(`
            ALTER TABLE "stored_file" DROP CONSTRAINT "FK_2259d7ed678cd8f6268df3e2937"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1ca6dccba5ade1d6097568ec35"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b9471b7202bf9c9f9b42c0d4fd"
        `);
        await queryRunner.query(`
            DROP TABLE "module_prerequisite"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c5e7012543ea9a95f377240447"
        `);
        await queryRunner.query(`
            DROP TABLE "intake_request"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_92ed7bfa98a32eab1a62f206dd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_980e74721039ebe210fee2eeca"
        `);
        await queryRunner.query(`
            DROP TABLE "lesson_progress"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dce135812f4257ed1ddfcc0e83"
        `);
        await queryRunner.query(`
            DROP TABLE "lesson_attachment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6200d4046708e3d35f151d3d14"
        `);
        await queryRunner.query(`
            DROP TABLE "lesson"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_aeac29b12926e529f5a0dc6446"
        `);
        await queryRunner.query(`
            DROP TABLE "module"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6521281175f418b44d0f574859"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b63b5eb183ded4dddbbd3d528e"
        `);
        await queryRunner.query(`
            DROP TABLE "enrollment"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."enrollment_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_865fd4cd0c4aa3711fc1eb5424"
        `);
        await queryRunner.query(`
            DROP TABLE "track"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."publication_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."track_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2259d7ed678cd8f6268df3e293"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_eba350dfc8ac9ed18cc4d626c1"
        `);
        await queryRunner.query(`
            DROP TABLE "stored_file"
        `);
    }

}
