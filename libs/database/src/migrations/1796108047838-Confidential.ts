import { MigrationInterface, QueryRunner } from "typeorm";

export class Confidential1796108047838 implements MigrationInterface {
    name = 'Confidential1796108047838'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "confidential_key" (
                "user_id" uuid NOT NULL,
                "public_key" bytea NOT NULL,
                "password_salt" bytea NOT NULL,
                "password_nonce" bytea NOT NULL,
                "password_wrapped" bytea NOT NULL,
                "recovery_nonce" bytea,
                "recovery_wrapped" bytea,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1900bfecec4a461367734afd205" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_retired_key" (
                "public_key" bytea NOT NULL,
                "user_id" uuid NOT NULL,
                "recovery_nonce" bytea NOT NULL,
                "recovery_wrapped" bytea NOT NULL,
                "retired_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_db1799816cbe6d9e2f4e4d45317" PRIMARY KEY ("public_key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_session_key" (
                "session_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "nonce" bytea NOT NULL,
                "wrapped" bytea NOT NULL,
                CONSTRAINT "PK_6a1e895f523e1199aa5d925fba9" PRIMARY KEY ("session_id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."confidential_writer_kind" AS ENUM('STUDENT', 'DOCENT', 'ANONYMOUS')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."confidential_addressing" AS ENUM('ALL_CONFIDANTS', 'NAMED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."confidential_thread_status" AS ENUM('OPEN', 'IN_PROGRESS', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_thread" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "writer_id" uuid,
                "writer_kind" "public"."confidential_writer_kind" NOT NULL,
                "addressing" "public"."confidential_addressing" NOT NULL,
                "subject_nonce" bytea NOT NULL,
                "subject_ciphertext" bytea NOT NULL,
                "status" "public"."confidential_thread_status" NOT NULL DEFAULT 'OPEN',
                "receipt_lookup" bytea,
                "receipt_nonce" bytea,
                "receipt_wrapped" bytea,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "first_answered_at" TIMESTAMP WITH TIME ZONE,
                "awaiting_answer_since" TIMESTAMP WITH TIME ZONE,
                "announced_at" TIMESTAMP WITH TIME ZONE,
                "reminded_at" TIMESTAMP WITH TIME ZONE,
                "overdue_reminded_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "retention_days" integer,
                "delete_after" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL,
                CONSTRAINT "PK_4bf345364141c013d1a927d29eb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3622b20b5c807c80f8146a2a9d" ON "confidential_thread" ("writer_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_77bcb6d31ad9cf39cacf5ebd4e" ON "confidential_thread" ("receipt_lookup")
            WHERE receipt_lookup IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b5175a78ea3f6e1a75823373fc" ON "confidential_thread" ("delete_after")
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_reader" (
                "thread_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "public_key" bytea NOT NULL,
                "wrapped_key" bytea NOT NULL,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4efe7718e89eaa12a767d63f5c8" PRIMARY KEY ("thread_id", "user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_90818ae0aef7d336f392042af4" ON "confidential_reader" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_addressee" (
                "thread_id" uuid NOT NULL,
                "confidant_id" uuid NOT NULL,
                CONSTRAINT "PK_6643920af9b982ba401ca392651" PRIMARY KEY ("thread_id", "confidant_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_access_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "thread_id" uuid NOT NULL,
                "confidant_id" uuid NOT NULL,
                "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1e5cc74abdd9a4bc06dbc1c4995" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6a20ac69decbdafd21819ea5d3" ON "confidential_access_log" ("thread_id", "opened_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."confidential_message_author" AS ENUM('WRITER', 'CONFIDANT')
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_message" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "thread_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "author" "public"."confidential_message_author" NOT NULL,
                "confidant_id" uuid,
                "body_nonce" bytea NOT NULL,
                "body_ciphertext" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5225a0f384359634334b41a7066" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_df9123065ad27ebd29b45424ae" ON "confidential_message" ("thread_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_note" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "thread_id" uuid NOT NULL,
                "confidant_id" uuid NOT NULL,
                "body_nonce" bytea NOT NULL,
                "body_ciphertext" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_734b6d45b3f1cb0fc1ec862921b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e85c05638c2d833d984333fca0" ON "confidential_note" ("thread_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "confidential_attachment" (
                "id" uuid NOT NULL,
                "thread_id" uuid NOT NULL,
                "author" "public"."confidential_message_author" NOT NULL,
                "storage_key" character(48) NOT NULL,
                "size" integer NOT NULL,
                "meta_nonce" bytea NOT NULL,
                "meta_ciphertext" bytea NOT NULL,
                "content_nonce" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_35ef0ce0ed13019dae441cf13d1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_5e875d596069b6a0731b9cc5c1" ON "confidential_attachment" ("thread_id", "created_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_key"
            ADD CONSTRAINT "FK_1900bfecec4a461367734afd205" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_session_key"
            ADD CONSTRAINT "FK_6a1e895f523e1199aa5d925fba9" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_reader"
            ADD CONSTRAINT "FK_6b29302664e49c5b765eb2bcf03" FOREIGN KEY ("thread_id") REFERENCES "confidential_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_addressee"
            ADD CONSTRAINT "FK_aec692a8952b2eac9f89b61ecea" FOREIGN KEY ("thread_id") REFERENCES "confidential_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_access_log"
            ADD CONSTRAINT "FK_ecb5b9ea76651ddf215b3b1853a" FOREIGN KEY ("thread_id") REFERENCES "confidential_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_message"
            ADD CONSTRAINT "FK_0f2fd67f31d488ce352a640b327" FOREIGN KEY ("thread_id") REFERENCES "confidential_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_note"
            ADD CONSTRAINT "FK_2848702dbf4b81f9e8678dec0ae" FOREIGN KEY ("thread_id") REFERENCES "confidential_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_attachment"
            ADD CONSTRAINT "FK_0cf4cafcd8d8571f4b64f86f42e" FOREIGN KEY ("thread_id") REFERENCES "confidential_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "confidential_attachment" DROP CONSTRAINT "FK_0cf4cafcd8d8571f4b64f86f42e"
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_note" DROP CONSTRAINT "FK_2848702dbf4b81f9e8678dec0ae"
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_message" DROP CONSTRAINT "FK_0f2fd67f31d488ce352a640b327"
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_access_log" DROP CONSTRAINT "FK_ecb5b9ea76651ddf215b3b1853a"
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_addressee" DROP CONSTRAINT "FK_aec692a8952b2eac9f89b61ecea"
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_reader" DROP CONSTRAINT "FK_6b29302664e49c5b765eb2bcf03"
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_session_key" DROP CONSTRAINT "FK_6a1e895f523e1199aa5d925fba9"
        `);
        await queryRunner.query(`
            ALTER TABLE "confidential_key" DROP CONSTRAINT "FK_1900bfecec4a461367734afd205"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5e875d596069b6a0731b9cc5c1"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_attachment"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."confidential_message_author"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e85c05638c2d833d984333fca0"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_note"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_df9123065ad27ebd29b45424ae"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_message"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6a20ac69decbdafd21819ea5d3"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_access_log"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_addressee"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_90818ae0aef7d336f392042af4"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_reader"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b5175a78ea3f6e1a75823373fc"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_77bcb6d31ad9cf39cacf5ebd4e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3622b20b5c807c80f8146a2a9d"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_thread"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."confidential_thread_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."confidential_addressing"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."confidential_writer_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_session_key"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_retired_key"
        `);
        await queryRunner.query(`
            DROP TABLE "confidential_key"
        `);
    }

}
