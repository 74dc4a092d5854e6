import { Module } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { QueueModule } from '@imh/queue';
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
  imports: [AuditModule, QueueModule],
  providers: [
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
