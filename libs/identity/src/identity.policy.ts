import { Actor, assertSignedIn, DomainError, Role, hasRole } from '@imh/common';
import { IdentityRefusal } from './identity-refusal';

/** Who may manage people. Kept apart from the services so the rules read in one place. */
export class IdentityPolicy {
  static assertCanManageUsers(actor: Actor | null): asserts actor is Actor {
    assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN)) {
      throw DomainError.forbidden('Only admins can manage users.', IdentityRefusal.USERS_ADMIN_ONLY);
    }
  }
}
