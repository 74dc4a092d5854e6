import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795671858854 implements MigrationInterface {
    name = 'Initial1795671858854'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "actor_id" uuid,
                "action" character varying(80) NOT NULL,
                "subject_type" character varying(40) NOT NULL,
                "subject_id" uuid NOT NULL,
                "data" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7ed6d720728d20a2672b5fbd8a" ON "audit_event" ("subject_type", "subject_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "discipline" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(60) NOT NULL,
                "name_nl" character varying(120) NOT NULL,
                "name_en" character varying(120) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_7257922f5f472743a1a57d0e8de" UNIQUE ("code"),
                CONSTRAINT "PK_139512aefbb11a5b2fa92696828" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_d9428f9c8e3052d6617e3aab0ed" UNIQUE ("name"),
                CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."role" AS ENUM('STUDENT', 'DOCENT', 'CONFIDANT', 'ADMIN')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."user_status" AS ENUM('INVITED', 'ACTIVE', 'DEACTIVATED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."locale" AS ENUM('nl', 'en')
        `);
        await queryRunner.query(`
            CREATE TABLE "user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "name" character varying(200) NOT NULL,
                "password_hash" text,
                "roles" "public"."role" array NOT NULL DEFAULT '{}',
                "status" "public"."user_status" NOT NULL DEFAULT 'INVITED',
                "locale" "public"."locale" NOT NULL DEFAULT 'nl',
                "discipline_id" uuid,
                "organisation_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "deactivated_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email")
        `);
        await queryRunner.query(`
            CREATE TABLE "session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" character(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "user_agent" character varying(300),
                CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."user_token_purpose" AS ENUM('INVITATION', 'PASSWORD_RESET')
        `);
        await queryRunner.query(`
            CREATE TABLE "user_token" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "token_hash" character(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "purpose" "public"."user_token_purpose" NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_48cb6b5c20faa63157b3c1baf7f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_108995b1a4145b5b06dbf34104" ON "user_token" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_79ac751931054ef450a2ee4777" ON "user_token" ("user_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "user"
            ADD CONSTRAINT "FK_c0571ddb36f80ed6597d06244d8" FOREIGN KEY ("discipline_id") REFERENCES "discipline"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "user"
            ADD CONSTRAINT "FK_c7a4825eaaf9118259b890ad65d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "session"
            ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "user_token"
            ADD CONSTRAINT "FK_79ac751931054ef450a2ee47778" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "user_token" DROP CONSTRAINT "FK_79ac751931054ef450a2ee47778"
        `);
        await queryRunner.query(`
            ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"
        `);
        await queryRunner.query(`
            ALTER TABLE "user" DROP CONSTRAINT "FK_c7a4825eaaf9118259b890ad65d"
        `);
        await queryRunner.query(`
            ALTER TABLE "user" DROP CONSTRAINT "FK_c0571ddb36f80ed6597d06244d8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_79ac751931054ef450a2ee4777"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_108995b1a4145b5b06dbf34104"
        `);
        await queryRunner.query(`
            DROP TABLE "user_token"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."user_token_purpose"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"
        `);
        await queryRunner.query(`
            DROP TABLE "session"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e12875dfb3b1d92d7d7c5377e2"
        `);
        await queryRunner.query(`
            DROP TABLE "user"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."locale"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."user_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."role"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation"
        `);
        await queryRunner.query(`
            DROP TABLE "discipline"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7ed6d720728d20a2672b5fbd8a"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_event"
        `);
    }

}
