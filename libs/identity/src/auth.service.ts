import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, assertSignedIn, DomainError } from '@imh/common';
import { ChangePasswordInput } from './dto/change-password.input';
import { LoginInput } from './dto/login.input';
import { Session } from './entities/session.entity';
import { User, UserStatus } from './entities/user.entity';
import { CredentialEvents } from './credential-events';
import { IdentityRefusal } from './identity-refusal';
import { KnownDevices } from './known-devices';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

export interface LoginResult {
  user: User;
  sessionToken: string;
  /** For the device cookie: this browser is now known to the account (known-devices.ts). */
  deviceToken: string;
}

export interface ClientInfo {
  address: string;
  userAgent?: string;
  /** The device cookie, when the browser has one. */
  deviceToken?: string;
}

const INVALID_CREDENTIALS = () =>
  DomainError.unauthenticated('The e-mail address or password is incorrect.', IdentityRefusal.INVALID_CREDENTIALS);

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly limiter: LoginRateLimiter,
    private readonly credentials: CredentialEvents,
    private readonly devices: KnownDevices,
  ) {}

  /**
   * A wrong password and an unknown e-mail get the same error and the same argon2 work,
   * so the answer does not reveal who has an account. Deactivated and invited accounts
   * are told only after the right password. A browser that signed in to the account before
   * has its own attempt budget, so others' wrong passwords do not lock its owner out.
   */
  async login(input: LoginInput, client: ClientInfo): Promise<LoginResult> {
    const device = await this.devices.recognise(client.deviceToken, input.email);
    await this.limiter.assertAllowed(input.email, client.address, device);
    const user = await this.dataSource.getRepository(User).findOne({ where: { email: input.email } });
    const ok = await this.passwords.verify(user?.passwordHash, input.password);
    if (!user || !ok) {
      await this.limiter.recordFailure(input.email, client.address, device);
      throw INVALID_CREDENTIALS();
    }
    if (user.status === UserStatus.DEACTIVATED) {
      throw DomainError.forbidden(
        'This account has been deactivated. Contact the training administration.',
        IdentityRefusal.ACCOUNT_DEACTIVATED,
      );
    }
    await this.limiter.recordSuccess(input.email, device);
    const { token } = await this.dataSource.transaction(async (manager) => {
      const started = await this.sessions.start(manager, user.id, client.userAgent);
      const event = { userId: user.id, password: input.password, sessionId: started.session.id };
      await this.credentials.signedIn(manager, { ...event, sessionToken: started.token });
      return started;
    });
    const deviceToken = await this.devices.remember(client.deviceToken, input.email);
    this.logger.log(`login user=${user.id}`);
    return { user, sessionToken: token, deviceToken };
  }

  /**
   * After signing in through an e-mailed link (invitation, reset): the browser becomes known
   * to the account, and the link proved the mailbox, so unknown devices may try again.
   */
  async signedInByLink(email: string, deviceToken: string | undefined): Promise<string> {
    await this.limiter.clearAccount(email);
    return this.devices.remember(deviceToken, email);
  }

  async logout(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.sessions.end(sessionId);
  }

  /**
   * Changes the signed-in user's password after checking the current one; the user's other
   * sessions end (this one stays). Wrong current password: the same answer as a failed sign-in,
   * counted by the same limiter.
   */
  async changePassword(
    actor: Actor | null,
    sessionToken: string | undefined,
    input: ChangePasswordInput,
    client: ClientInfo,
  ): Promise<void> {
    assertSignedIn(actor);
    if (!actor.sessionId || !sessionToken) throw DomainError.unauthenticated();
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    await this.limiter.assertAllowed(user.email, client.address, null);
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      await this.limiter.recordFailure(user.email, client.address, null);
      throw INVALID_CREDENTIALS();
    }
    const passwordHash = await this.passwords.hash(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, user.id, { passwordHash });
      await manager
        .createQueryBuilder()
        .delete()
        .from(Session)
        .where('user_id = :userId AND id <> :sessionId', { userId: user.id, sessionId: actor.sessionId })
        .execute();
      await this.credentials.passwordChanged(manager, {
        userId: user.id,
        oldPassword: input.currentPassword,
        newPassword: input.newPassword,
        sessionId: actor.sessionId!,
        sessionToken,
      });
    });
    this.logger.log(`password changed user=${user.id}`);
  }
}
