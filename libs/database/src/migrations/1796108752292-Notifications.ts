import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1796108752292 implements MigrationInterface {
    name = 'Notifications1796108752292'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."delivery_status" AS ENUM('PENDING', 'HELD', 'SENDING', 'SENT', 'SKIPPED')
        `);
        await queryRunner.query(`
            CREATE TABLE "delivery" (
                "key" character varying(300) NOT NULL,
                "recipient_id" uuid NOT NULL,
                "kind" character varying(60) NOT NULL,
                "template" character varying(60) NOT NULL,
                "params" jsonb NOT NULL,
                "status" "public"."delivery_status" NOT NULL DEFAULT 'PENDING',
                "not_before" TIMESTAMP WITH TIME ZONE NOT NULL,
                "claimed_at" TIMESTAMP WITH TIME ZONE,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "unsubscribe_hash" character(64),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_91b7f18ddbcdea051ef2441e7eb" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f04e14c5c2ad83464561cbe73e" ON "delivery" ("unsubscribe_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_delivery_held" ON "delivery" ("recipient_id")
            WHERE status = 'HELD'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_delivery_due" ON "delivery" ("not_before")
            WHERE status = 'PENDING'
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."email_mode" AS ENUM('IMMEDIATE', 'DIGEST', 'OFF')
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "user_id" uuid NOT NULL,
                "kind" character varying(60) NOT NULL,
                "mode" "public"."email_mode" NOT NULL,
                CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_settings" (
                "user_id" uuid NOT NULL,
                "digest_hour" integer NOT NULL DEFAULT '7',
                CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "key" character varying(300) NOT NULL,
                "kind" character varying(60) NOT NULL,
                "params" jsonb NOT NULL DEFAULT '{}',
                "link" character varying(300) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f98ad0a58b7e3201a5e7a0fa1c" ON "notification" ("key")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_notification_unread" ON "notification" ("user_id", "created_at")
            WHERE read_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "outbox_event" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "type" character varying(80) NOT NULL,
                "payload" jsonb NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "relayed_at" TIMESTAMP WITH TIME ZONE,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" character varying(500),
                CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_outbox_event_pending" ON "outbox_event" ("id")
            WHERE relayed_at IS NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_outbox_event_pending"
        `);
        await queryRunner.query(`
            DROP TABLE "outbox_event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_notification_unread"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f98ad0a58b7e3201a5e7a0fa1c"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_settings"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."email_mode"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_delivery_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_delivery_held"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f04e14c5c2ad83464561cbe73e"
        `);
        await queryRunner.query(`
            DROP TABLE "delivery"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."delivery_status"
        `);
    }

}
