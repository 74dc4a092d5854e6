import { Actor, DomainError, Role, hasRole } from '@imh/common';

/** Who may manage people. Kept apart from the services so the rules read in one place. */
export class IdentityPolicy {
  static assertCanManageUsers(actor: Actor | null): asserts actor is Actor {
    if (!actor) throw DomainError.unauthenticated();
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only admins can manage users.');
  }
}
