import { Module } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { NotificationsModule } from '@imh/notifications';
import { AccountMail } from './account-mail';
import { AuthService } from './auth.service';
import { CredentialEvents } from './credential-events';
import { DeferredWork } from './deferred-work';
import { InvitationService } from './invitation.service';
import { IdentityRedis } from './identity-redis';
import { KnownDevices } from './known-devices';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordResetRateLimiter } from './password-reset-rate-limiter';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { UserService } from './user.service';

@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [
    // Plans and sends the invitation and reset e-mails: registered in the API and the worker alike.
    AccountMail,
    CredentialEvents,
    DeferredWork,
    IdentityRedis,
    KnownDevices,
    LoginRateLimiter,
    PasswordResetRateLimiter,
    PasswordService,
    SessionService,
    AuthService,
    InvitationService,
    UserService,
  ],
  exports: [
    CredentialEvents,
    DeferredWork,
    PasswordService,
    SessionService,
    AuthService,
    InvitationService,
    UserService,
  ],
})
export class IdentityModule {}
