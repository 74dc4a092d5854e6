import { MigrationInterface, QueryRunner } from "typeorm";

export class CertificateExpiryReminders1796119467700 implements MigrationInterface {
    name = 'CertificateExpiryReminders1796119467700'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "certificate_expiry_reminder" (
                "certificate_id" uuid NOT NULL,
                "days" integer NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ce52b8b908922f5aceaffe8f8c1" PRIMARY KEY ("certificate_id", "days")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate_expiry_reminder"
            ADD CONSTRAINT "FK_bff666a7bccb4e20f429f7eb516" FOREIGN KEY ("certificate_id") REFERENCES "certificate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "certificate_expiry_reminder" DROP CONSTRAINT "FK_bff666a7bccb4e20f429f7eb516"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate_expiry_reminder"
        `);
    }

}
