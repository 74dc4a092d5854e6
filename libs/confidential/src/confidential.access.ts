import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, ContextAccess, hasRole, Role, type PermissionRule } from '@imh/common';

export enum ConfidentialPermission {
  /** Read the thread: its writer, or a confidant it is addressed to. */
  THREAD_READ = 'THREAD_READ',
  /** Answer, change status, write notes, set retention, grant: an addressed confidant. */
  THREAD_HANDLE = 'THREAD_HANDLE',
  /** Delete the thread: its (named) writer. */
  THREAD_DELETE = 'THREAD_DELETE',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND: PermissionRule = { deny: 'NOT_FOUND', what: 'Thread' };

/**
 * Who may touch which confidential thread. Everyone refused gets the answer a thread that does
 * not exist gets, so nobody learns that a thread exists. Holding a role is not enough: a reader
 * row sealed to the reader's current public key is (without it nothing would decrypt anyway).
 * Admins have no way in unless they are also an addressed confidant.
 */
@Injectable()
export class ConfidentialAccess extends ContextAccess<ConfidentialPermission> {
  protected readonly rules = {
    THREAD_READ: NOT_FOUND,
    THREAD_HANDLE: NOT_FOUND,
    THREAD_DELETE: NOT_FOUND,
  };

  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  protected async allowed(
    actor: Actor,
    permission: ConfidentialPermission,
    ids: string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    const valid = ids.filter((id) => UUID.test(id));
    if (!valid.length) return new Set();
    const asWriter = permission !== ConfidentialPermission.THREAD_HANDLE;
    const asConfidant = permission !== ConfidentialPermission.THREAD_DELETE && hasRole(actor, Role.CONFIDANT);
    if (!asWriter && !asConfidant) return new Set();
    const rows: { id: string }[] = await manager.query(
      `SELECT t.id
         FROM confidential_thread t
         JOIN confidential_reader r ON r.thread_id = t.id AND r.user_id = $2
         JOIN confidential_key k ON k.user_id = r.user_id AND k.public_key = r.public_key
        WHERE t.id = ANY($1::uuid[])
          AND (($3 AND t.writer_id = $2)
            OR ($4 AND t.writer_id IS DISTINCT FROM $2 AND (t.addressing = 'ALL_CONFIDANTS'
                        OR EXISTS (SELECT 1 FROM confidential_addressee a
                                    WHERE a.thread_id = t.id AND a.confidant_id = $2))))`,
      [valid, actor.userId, asWriter, asConfidant],
    );
    return new Set(rows.map((r) => r.id));
  }
}
