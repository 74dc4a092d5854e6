import { Actor, DomainError, Role, hasRole } from '@imh/common';

/** Who may do what with the catalogue and learning. The services call these; resolvers only authenticate. */
export class CataloguePolicy {
  static assertSignedIn(actor: Actor | null): asserts actor is Actor {
    if (!actor) throw DomainError.unauthenticated();
  }

  /** Creating, editing, ordering and publishing tracks, modules and lessons. */
  static assertCanAuthor(actor: Actor | null): asserts actor is Actor {
    CataloguePolicy.assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only admins can edit the catalogue.');
  }

  static assertCanManageEnrollments(actor: Actor | null): asserts actor is Actor {
    CataloguePolicy.assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only admins can manage enrolments.');
  }

  static assertCanHandleIntake(actor: Actor | null): asserts actor is Actor {
    CataloguePolicy.assertSignedIn(actor);
    if (!hasRole(actor, Role.ADMIN)) throw DomainError.forbidden('Only admins can see intake requests.');
  }

  /**
   * Admins author the content and docents teach it, so both read every lesson (drafts too,
   * for preview) without being enrolled. Everyone else reads through their enrolments.
   */
  static canReadAllContent(actor: Actor | null): boolean {
    return hasRole(actor, Role.ADMIN) || hasRole(actor, Role.DOCENT);
  }

  static assertCanReadAllContent(actor: Actor | null): asserts actor is Actor {
    CataloguePolicy.assertSignedIn(actor);
    if (!CataloguePolicy.canReadAllContent(actor)) {
      throw DomainError.forbidden('Only admins and docents can browse the whole catalogue.');
    }
  }

  /** Enrolling oneself in a published track: students only (admins enrol others). */
  static canEnrollSelf(actor: Actor | null): boolean {
    return hasRole(actor, Role.STUDENT);
  }

  static assertCanEnrollSelf(actor: Actor | null): asserts actor is Actor {
    CataloguePolicy.assertSignedIn(actor);
    if (!CataloguePolicy.canEnrollSelf(actor)) throw DomainError.forbidden('Only students can enrol in a track.');
  }
}
