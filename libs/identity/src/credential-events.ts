import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A password was just proven (sign-in, accepted invitation) and a session started with it. */
export interface SignedIn {
  userId: string;
  password: string;
  sessionId: string;
  /** The new session's token: only in the cookie; contexts may derive keys from it, never store it. */
  sessionToken: string;
}

/** The user changed their password, proving the old one. */
export interface PasswordChanged {
  userId: string;
  oldPassword: string;
  newPassword: string;
  /** The sessions that stay (the one making the change). */
  sessionId: string;
  sessionToken: string;
}

/** The password was reset by an e-mailed link: the old one is unknown and anything under it is lost. */
export interface PasswordReset {
  userId: string;
  newPassword: string;
  sessionId: string;
  sessionToken: string;
}

/**
 * What a context needs to know about passwords, as they happen, in the same transaction. The
 * confidential context keeps its users' private keys wrapped under their passwords, so it must
 * see each password while it is at hand; identity does not know that context exists.
 */
export interface CredentialListener {
  signedIn(manager: EntityManager, event: SignedIn): Promise<void>;
  passwordChanged(manager: EntityManager, event: PasswordChanged): Promise<void>;
  passwordReset(manager: EntityManager, event: PasswordReset): Promise<void>;
}

@Injectable()
export class CredentialEvents {
  private readonly listeners: CredentialListener[] = [];

  register(listener: CredentialListener): void {
    this.listeners.push(listener);
  }

  async signedIn(manager: EntityManager, event: SignedIn): Promise<void> {
    for (const listener of this.listeners) await listener.signedIn(manager, event);
  }

  async passwordChanged(manager: EntityManager, event: PasswordChanged): Promise<void> {
    for (const listener of this.listeners) await listener.passwordChanged(manager, event);
  }

  async passwordReset(manager: EntityManager, event: PasswordReset): Promise<void> {
    for (const listener of this.listeners) await listener.passwordReset(manager, event);
  }
}
