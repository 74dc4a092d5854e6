// Professional registers (SKJ, NIP, NVO, V&VN, Kwaliteitsregister Paramedici, KNMG/GAIA): the registers
// a discipline offers, a module's points per register, and a student's number per register. The
// register codes are fixed in code (each has its number format there), so the columns are varchar with
// a CHECK. The cascades reach no record (DESIGN.md): discipline → discipline_register and module →
// module_register_points are configuration; user → registration is the user's own personal data.
// Points are not stored: they are derived from module completion when asked.
import { MigrationInterface, QueryRunner } from "typeorm";

export class AccreditationRegisters1796118481995 implements MigrationInterface {
    name = 'AccreditationRegisters1796118481995'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "discipline_register" (
                "discipline_id" uuid NOT NULL,
                "register" character varying(10) NOT NULL,
                CONSTRAINT "discipline_register_register" CHECK (
                    register IN ('SKJ', 'NIP', 'NVO', 'VVN', 'KP', 'KNMG')
                ),
                CONSTRAINT "PK_f635cf8c10f0dd490ca6fc6f9df" PRIMARY KEY ("discipline_id", "register")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "module_register_points" (
                "module_id" uuid NOT NULL,
                "register" character varying(10) NOT NULL,
                "points" integer NOT NULL,
                CONSTRAINT "module_register_points_positive" CHECK (
                    points > 0
                    AND points <= 1000
                ),
                CONSTRAINT "module_register_points_register" CHECK (
                    register IN ('SKJ', 'NIP', 'NVO', 'VVN', 'KP', 'KNMG')
                ),
                CONSTRAINT "PK_8571e6e176e2b4b4a280a6d95e3" PRIMARY KEY ("module_id", "register")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "registration" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "student_id" uuid NOT NULL,
                "register" character varying(10) NOT NULL,
                "number" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "registration_student_register" UNIQUE ("student_id", "register"),
                CONSTRAINT "registration_register" CHECK (
                    register IN ('SKJ', 'NIP', 'NVO', 'VVN', 'KP', 'KNMG')
                ),
                CONSTRAINT "PK_cb23dc9d28df8801b15e9e2b8d6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "discipline_register"
            ADD CONSTRAINT "FK_42442d27b5d15168fbcdbf03223" FOREIGN KEY ("discipline_id") REFERENCES "discipline"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "module_register_points"
            ADD CONSTRAINT "FK_86aab0e1bb73a4e64ff2e563dd9" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registration"
            ADD CONSTRAINT "FK_8347b33f38c6ff467cb7774824b" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "registration" DROP CONSTRAINT "FK_8347b33f38c6ff467cb7774824b"
        `);
        await queryRunner.query(`
            ALTER TABLE "module_register_points" DROP CONSTRAINT "FK_86aab0e1bb73a4e64ff2e563dd9"
        `);
        await queryRunner.query(`
            ALTER TABLE "discipline_register" DROP CONSTRAINT "FK_42442d27b5d15168fbcdbf03223"
        `);
        await queryRunner.query(`
            DROP TABLE "registration"
        `);
        await queryRunner.query(`
            DROP TABLE "module_register_points"
        `);
        await queryRunner.query(`
            DROP TABLE "discipline_register"
        `);
    }

}
