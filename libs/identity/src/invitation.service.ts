import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, QueryFailedError } from 'typeorm';
import { AuditService } from '@imh/audit';
import { Actor, CommonRefusal, DomainError } from '@imh/common';
import { InviteUserInput } from './dto/invite-user.input';
import { SetPasswordInput } from './dto/set-password.input';
import { Discipline } from './entities/discipline.entity';
import { Organisation } from './entities/organisation.entity';
import { Locale, User, UserStatus } from './entities/user.entity';
import { UserToken, UserTokenPurpose } from './entities/user-token.entity';
import { AccountMail } from './account-mail';
import { IdentityRefusal } from './identity-refusal';
import { IdentityPolicy } from './identity.policy';
import { CredentialEvents } from './credential-events';
import { PasswordResetRateLimiter } from './password-reset-rate-limiter';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { hashToken } from './tokens';

const EMAIL_TAKEN = () =>
  DomainError.conflict('A user with this e-mail address already exists.', IdentityRefusal.EMAIL_TAKEN);

/** Postgres refused a second user with the same e-mail (unique index), e.g. two invitations at once. */
function isEmailTaken(error: unknown): boolean {
  const pg = error instanceof QueryFailedError ? (error.driverError as { code?: string; table?: string }) : undefined;
  return pg?.code === '23505' && pg.table === 'user';
}

const INVALID_LINK = () =>
  DomainError.badInput(
    'This link is invalid, has already been used or has expired.',
    { token: 'invalid' },
    IdentityRefusal.INVALID_TOKEN,
  );

/**
 * Invitations and password resets: single-use, expiring links. Asking for one writes a request
 * and an outbox fact in the same transaction; the worker mints the token when it sends the
 * e-mail (AccountMail), so no usable link is ever stored or queued.
 */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accountMail: AccountMail,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly credentials: CredentialEvents,
    private readonly resetLimits: PasswordResetRateLimiter,
  ) {}

  private readonly logger = new Logger(InvitationService.name);

  async invite(actor: Actor | null, input: InviteUserInput): Promise<User> {
    IdentityPolicy.assertCanManageUsers(actor);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.exists(User, { where: { email: input.email } })) throw EMAIL_TAKEN();
        await this.assertReferencesExist(manager, input);
        return this.createInvitation(manager, actor.userId, input);
      });
    } catch (error) {
      if (isEmailTaken(error)) throw EMAIL_TAKEN();
      throw error;
    }
  }

  /**
   * Creates an INVITED user and their link inside the caller's transaction, for flows that
   * invite as part of a larger change (the enrolment CSV import). The caller has checked
   * the policy, that the e-mail is free and that the references exist. The invitation e-mail
   * is an outbox fact in the same transaction: it goes out once the transaction commits, and not
   * at all if it rolls back.
   */
  async createInvitation(manager: EntityManager, actorId: string, input: InviteUserInput): Promise<User> {
    const user = await manager.save(
      manager.create(User, {
        email: input.email,
        name: input.name,
        roles: input.roles,
        status: UserStatus.INVITED,
        locale: input.locale ?? Locale.nl,
        disciplineId: input.disciplineId ?? null,
        organisationId: input.organisationId ?? null,
        passwordHash: null,
      }),
    );
    await this.accountMail.request(manager, user.id, UserTokenPurpose.INVITATION, actorId);
    await this.audit.record(manager, {
      actorId,
      action: 'user.invited',
      subjectType: 'user',
      subjectId: user.id,
      data: { roles: input.roles },
    });
    return user;
  }

  /**
   * A fresh link for someone who has not accepted yet; the old links stop working, and an
   * earlier invitation e-mail not sent yet is not sent at all (its request is closed).
   */
  async resendInvitation(actor: Actor | null, userId: string): Promise<User> {
    IdentityPolicy.assertCanManageUsers(actor);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: userId });
      if (!user) throw DomainError.notFound('User');
      if (user.status !== UserStatus.INVITED) {
        throw DomainError.conflict('This user has already accepted the invitation.', IdentityRefusal.ALREADY_ACTIVE);
      }
      await manager.update(
        UserToken,
        { userId, purpose: UserTokenPurpose.INVITATION, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      await this.accountMail.request(manager, user.id, UserTokenPurpose.INVITATION, actor.userId);
      return user;
    });
  }

  /** Sets the invitee's password, activates the account and signs them in. */
  async acceptInvitation(input: SetPasswordInput, userAgent?: string): Promise<{ user: User; sessionToken: string }> {
    return this.redeem(input, UserTokenPurpose.INVITATION, userAgent);
  }

  /** Counts a reset request from a client address; RATE_LIMITED past RESET_REQUESTS_PER_ADDRESS an hour. */
  async acceptResetRequest(address: string): Promise<void> {
    await this.resetLimits.consumeRequest(address);
  }

  /**
   * Sends a reset link to an active account with this address, and nothing otherwise. The
   * caller answers first and runs this afterwards (DeferredWork), so the answer and its timing
   * are the same whether or not the address has an account. At most RESET_EMAILS_PER_RECIPIENT
   * an hour; beyond that nothing is sent (and the client was told the same). For a known address
   * the request and its outbox fact are written in one transaction; the link is minted when the
   * worker sends the e-mail.
   */
  async sendPasswordReset(email: string): Promise<void> {
    if (!(await this.resetLimits.consumeEmail(email))) {
      this.logger.warn('password reset: recipient limit reached, nothing sent');
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { email, status: UserStatus.ACTIVE });
      if (user) await this.accountMail.request(manager, user.id, UserTokenPurpose.PASSWORD_RESET);
    });
  }

  /** Sets a new password from a reset link; every other session of the user ends. */
  async resetPassword(input: SetPasswordInput, userAgent?: string): Promise<{ user: User; sessionToken: string }> {
    return this.redeem(input, UserTokenPurpose.PASSWORD_RESET, userAgent);
  }

  private async redeem(input: SetPasswordInput, purpose: UserTokenPurpose, userAgent?: string) {
    // Hash outside the transaction: argon2 is slow and must not hold locks.
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      // Claim the token atomically: of two concurrent uses, only one sees a row updated.
      const claimed = await manager
        .createQueryBuilder()
        .update(UserToken)
        .set({ usedAt: () => 'now()' })
        .where('token_hash = :hash', { hash: hashToken(input.token) })
        .andWhere('purpose = :purpose', { purpose })
        .andWhere('used_at IS NULL')
        .andWhere('expires_at > now()')
        // Property names, not column names: TypeORM silently drops a name it cannot map, and
        // the claim would then return no row for a valid token.
        .returning(['userId'])
        .execute();
      const userId: string | undefined = claimed.raw[0]?.user_id;
      if (!userId) throw INVALID_LINK();
      // Using one link closes the user's others of this purpose: the tokens minted for a retried
      // e-mail, and requests whose e-mail has not gone out yet (they are then skipped).
      await manager.query(
        `UPDATE user_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
        [userId, purpose],
      );
      const user = await manager.findOneBy(User, { id: userId });
      if (!user || user.status === UserStatus.DEACTIVATED) throw INVALID_LINK();
      if (purpose === UserTokenPurpose.INVITATION && user.status !== UserStatus.INVITED) throw INVALID_LINK();
      user.passwordHash = passwordHash;
      user.status = UserStatus.ACTIVE;
      await manager.save(user);
      await this.sessions.endAllForUser(manager, user.id);
      const { token, session } = await this.sessions.start(manager, user.id, userAgent);
      const event = { userId: user.id, sessionId: session.id, sessionToken: token };
      if (purpose === UserTokenPurpose.PASSWORD_RESET) {
        await this.credentials.passwordReset(manager, { ...event, newPassword: input.password });
      } else {
        await this.credentials.signedIn(manager, { ...event, password: input.password });
      }
      return { user, sessionToken: token };
    });
  }

  private async assertReferencesExist(manager: EntityManager, input: InviteUserInput) {
    if (input.disciplineId && !(await manager.exists(Discipline, { where: { id: input.disciplineId } }))) {
      throw DomainError.badInput('Unknown discipline.', { disciplineId: 'unknown' }, CommonRefusal.VALIDATION_FAILED, {
        field: 'disciplineId',
      });
    }
    if (input.organisationId && !(await manager.exists(Organisation, { where: { id: input.organisationId } }))) {
      throw DomainError.badInput(
        'Unknown organisation.',
        { organisationId: 'unknown' },
        CommonRefusal.VALIDATION_FAILED,
        { field: 'organisationId' },
      );
    }
  }
}
