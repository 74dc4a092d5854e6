import { DomainError } from './domain-error';

/** The roles a user can hold; one user may hold several. */
export enum Role {
  STUDENT = 'STUDENT',
  DOCENT = 'DOCENT',
  CONFIDANT = 'CONFIDANT',
  ADMIN = 'ADMIN',
}

/**
 * Who is acting. Services take an Actor (never a request) so the API and the worker
 * obey the same policies.
 */
export interface Actor {
  userId: string;
  roles: readonly Role[];
  /** The session that made the request, when there is one (the worker acts without). */
  sessionId?: string;
}

export function hasRole(actor: Actor | null | undefined, role: Role): boolean {
  return !!actor && actor.roles.includes(role);
}

/** The one sign-in check: every context's services call it before anything else. */
export function assertSignedIn(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor) throw DomainError.unauthenticated();
}
