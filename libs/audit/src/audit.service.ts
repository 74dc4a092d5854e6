import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

/**
 * Records audit events inside the caller's transaction, so an event exists iff the change does.
 * The only way an audit row is written: one entry, or several in one statement.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry | readonly AuditEntry[]): Promise<void> {
    const entries = Array.isArray(entry) ? entry : [entry as AuditEntry];
    if (!entries.length) return;
    await manager.insert(AuditEvent, entries.map((e) => ({ ...e, data: e.data ?? {} })) as never);
  }
}
