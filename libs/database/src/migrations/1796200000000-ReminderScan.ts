import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminders now go through the delivery ledger (libs/notifications), whose keys carry the due
 * date each reminder is about; the 48-hour reminder's own record of what it sent is no longer read.
 */
export class ReminderScan1796200000000 implements MigrationInterface {
  name = 'ReminderScan1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assignment_reminder"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
      ALTER TABLE "assignment_reminder"
      ADD CONSTRAINT "FK_10fb083ab684b4c1ab44a1626e5" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "assignment_reminder"
      ADD CONSTRAINT "FK_563a24f7eeeae397ef308e92391" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
  }
}
