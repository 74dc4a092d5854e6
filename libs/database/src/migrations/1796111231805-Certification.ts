import { MigrationInterface, QueryRunner } from "typeorm";

export class Certification1796111231805 implements MigrationInterface {
    name = 'Certification1796111231805'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "certificate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "number" character varying(20) NOT NULL,
                "verification_code" character varying(40) NOT NULL,
                "status_index" integer NOT NULL,
                "student_id" uuid NOT NULL,
                "track_id" uuid NOT NULL,
                "holder_name" character varying(200) NOT NULL,
                "track_title" character varying(200) NOT NULL,
                "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "accreditation_points" integer NOT NULL,
                "issued_by_id" uuid NOT NULL,
                "signatory_name" character varying(200) NOT NULL,
                "status" character varying(10) NOT NULL DEFAULT 'VALID',
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revocation_reason" text,
                "replaces_id" uuid,
                "replaced_by_id" uuid,
                "credential_jwt" text NOT NULL,
                "credential_sha256" character(64) NOT NULL,
                "pdf_file_id" uuid,
                "pdf_sha256" character(64),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "certificate_revocation" CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL)),
                CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6cacdcb9a0b6c4dd02bf699af8" ON "certificate" ("number")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_60a9e298400a26898d775085a9" ON "certificate" ("verification_code")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_00aafa65e4c3e7df9a3c9c06bc" ON "certificate" ("status_index")
        `);
        await queryRunner.query(`
            CREATE INDEX "certificate_student_track" ON "certificate" ("student_id", "track_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "certification_counter" (
                "scope" character varying(40) NOT NULL,
                "last_value" integer NOT NULL,
                CONSTRAINT "PK_2167fb78ede280ff1cfd8fcc712" PRIMARY KEY ("scope")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "issuer_key" (
                "kid" character varying(64) NOT NULL,
                "public_jwk" jsonb NOT NULL,
                "private_jwk" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "retired_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_9f4798c951b00464fd7265f5f3f" PRIMARY KEY ("kid")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate"
            ADD CONSTRAINT "FK_404984efcaaa5afc0d2822a8e00" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate"
            ADD CONSTRAINT "FK_de5a94e10e924ea4d5265646214" FOREIGN KEY ("track_id") REFERENCES "track"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate"
            ADD CONSTRAINT "FK_9e95fa649e894354ed9f3623233" FOREIGN KEY ("issued_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate"
            ADD CONSTRAINT "FK_21f77d409864bec6a0bcbe5cfd8" FOREIGN KEY ("replaces_id") REFERENCES "certificate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate"
            ADD CONSTRAINT "FK_460af6447af03c44a77d3df86ee" FOREIGN KEY ("replaced_by_id") REFERENCES "certificate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "certificate" DROP CONSTRAINT "FK_460af6447af03c44a77d3df86ee"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate" DROP CONSTRAINT "FK_21f77d409864bec6a0bcbe5cfd8"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate" DROP CONSTRAINT "FK_9e95fa649e894354ed9f3623233"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate" DROP CONSTRAINT "FK_de5a94e10e924ea4d5265646214"
        `);
        await queryRunner.query(`
            ALTER TABLE "certificate" DROP CONSTRAINT "FK_404984efcaaa5afc0d2822a8e00"
        `);
        await queryRunner.query(`
            DROP TABLE "issuer_key"
        `);
        await queryRunner.query(`
            DROP TABLE "certification_counter"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."certificate_student_track"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_00aafa65e4c3e7df9a3c9c06bc"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_60a9e298400a26898d775085a9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6cacdcb9a0b6c4dd02bf699af8"
        `);
        await queryRunner.query(`
            DROP TABLE "certificate"
        `);
    }

}
