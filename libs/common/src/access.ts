import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { DomainError, type RefusalParams, type RefusalReason } from './domain-error';

/**
 * One access layer per context, in the shape of immich's `requireAccess({ auth, permission, ids })`:
 * "may this actor do `permission` to these ids", answered for the whole set in one query. Services,
 * resolver fields, file read rules and worker jobs all ask it, so the API and the worker obey the
 * same rules, and no other code knows who teaches, follows or owns what.
 *
 * A context subclasses `ContextAccess` with its own permission enum, a rule per permission (how a
 * refusal is reported) and `allowed()`, the one batched query per permission.
 */
export interface AccessRequest<P extends string> {
  actor: Actor | null;
  permission: P;
  ids: Iterable<string>;
  /** Ask inside this transaction (so the answer holds for the write that follows). */
  manager?: EntityManager;
}

/** How a refusal of one permission reaches the client. */
export type PermissionRule =
  /** The reader may not even learn that the thing exists: the same answer as a missing id. */
  | { deny: 'NOT_FOUND'; what: string }
  /** The reader knows the thing; they may not do this to it. */
  | { deny: 'FORBIDDEN'; message: string; reason: RefusalReason; params?: RefusalParams };

export abstract class ContextAccess<P extends string> {
  protected abstract readonly rules: Readonly<Record<P, PermissionRule>>;

  constructor(protected readonly dataSource: DataSource) {}

  /**
   * The subset of `ids` (deduplicated, never empty) the actor may `permission`: one query. Ids that
   * do not exist are simply not in the answer.
   */
  protected abstract allowed(actor: Actor, permission: P, ids: string[], manager: EntityManager): Promise<Set<string>>;

  /**
   * A more precise refusal than the permission's rule, when the context can name why (a locked
   * module with its title). Called only for refused ids; undefined falls back to the rule.
   */
  protected explain(
    _actor: Actor,
    _permission: P,
    _refused: string[],
    _manager: EntityManager,
  ): Promise<DomainError | undefined> {
    return Promise.resolve(undefined);
  }

  /** The ids the actor may `permission`. Signed out is refused before any query. */
  async check({ actor, permission, ids, manager }: AccessRequest<P>): Promise<Set<string>> {
    if (!actor) throw DomainError.unauthenticated();
    const unique = [...new Set(ids)];
    if (!unique.length) return new Set();
    return this.allowed(actor, permission, unique, manager ?? this.dataSource.manager);
  }

  /** True when the actor may `permission` every one of `ids`. */
  async can(request: AccessRequest<P>): Promise<boolean> {
    const unique = [...new Set(request.ids)];
    const allowed = await this.check({ ...request, ids: unique });
    return unique.every((id) => allowed.has(id));
  }

  /** Throws the permission's refusal unless the actor may `permission` every one of `ids`. */
  async require(request: AccessRequest<P>): Promise<void> {
    const unique = [...new Set(request.ids)];
    const allowed = await this.check({ ...request, ids: unique });
    const refused = unique.filter((id) => !allowed.has(id));
    if (!refused.length) return;
    const manager = request.manager ?? this.dataSource.manager;
    const precise = await this.explain(request.actor!, request.permission, refused, manager);
    if (precise) throw precise;
    const rule = this.rules[request.permission];
    throw rule.deny === 'NOT_FOUND'
      ? DomainError.notFound(rule.what)
      : DomainError.forbidden(rule.message, rule.reason, rule.params);
  }
}
