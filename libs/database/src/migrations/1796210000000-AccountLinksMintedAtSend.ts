import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitation and password-reset e-mails go through the outbox and the delivery ledger; their
 * link token is made when the e-mail is sent, not when it is asked for. The request is a
 * `user_token` row without a hash (what the outbox fact names); each token minted for it at send
 * time is a row of its own that names the request it was minted for.
 */
export class AccountLinksMintedAtSend1796210000000 implements MigrationInterface {
  name = 'AccountLinksMintedAtSend1796210000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_token" ALTER COLUMN "token_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "user_token" ADD "request_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_token" DROP COLUMN "request_id"`);
    await queryRunner.query(`DELETE FROM "user_token" WHERE "token_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "user_token" ALTER COLUMN "token_hash" SET NOT NULL`);
  }
}
