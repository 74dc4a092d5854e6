import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainError } from '@imh/common';
import { CatalogueRefusal } from './catalogue-refusal';

/** Checks that `orderedIds` holds each of `currentIds` exactly once and nothing else. */
export function isPermutation(currentIds: readonly string[], orderedIds: readonly string[]): boolean {
  if (currentIds.length !== orderedIds.length) return false;
  const current = new Set(currentIds);
  const ordered = new Set(orderedIds);
  return ordered.size === orderedIds.length && orderedIds.every((id) => current.has(id));
}

/**
 * Stores a new order for the children of one parent (a track's modules, a module's lessons)
 * in one statement. `orderedIds` must name every current child exactly once; otherwise
 * BAD_USER_INPUT with `refusal` and nothing is written. The caller holds the parent's lock.
 */
export async function saveOrder(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  currentIds: readonly string[],
  orderedIds: readonly string[],
  refusal: string,
): Promise<void> {
  if (!isPermutation(currentIds, orderedIds)) {
    throw DomainError.badInput(refusal, { orderedIds: refusal }, CatalogueRefusal.NOT_A_PERMUTATION);
  }
  const table = manager.getRepository(entity).metadata.tableName;
  await manager.query(
    `UPDATE "${table}" t SET position = o.ord - 1, updated_at = now()
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE t.id = o.id`,
    [orderedIds],
  );
}
