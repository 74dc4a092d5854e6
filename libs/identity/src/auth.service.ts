import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@imh/common';
import { LoginInput } from './dto/login.input';
import { User, UserStatus } from './entities/user.entity';
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
    const { token } = await this.sessions.start(this.dataSource.manager, user.id, client.userAgent);
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
}
