import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, hasRole, Role } from '@imh/common';
import { FileAccessRegistry, type FileAccessRule, type StoredFile } from '@imh/files';
import { CataloguePolicy } from './catalogue.policy';

export const LESSON_ATTACHMENT = 'LESSON_ATTACHMENT';

/**
 * Lesson attachments: admins upload them; admins and docents read every one; a student
 * reads one only while it is attached to a lesson of a published module in a track they
 * are enrolled in (not withdrawn).
 */
@Injectable()
export class LessonAttachmentAccessRule implements FileAccessRule, OnModuleInit {
  readonly purpose = LESSON_ATTACHMENT;

  constructor(private readonly registry: FileAccessRegistry) {}

  onModuleInit() {
    this.registry.register(this);
  }

  canUpload(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  }

  async canRead(manager: EntityManager, actor: Actor, file: StoredFile): Promise<boolean> {
    if (CataloguePolicy.canReadAllContent(actor)) return true;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM lesson_attachment la
         JOIN lesson l ON l.id = la.lesson_id AND l.archived_at IS NULL
         JOIN module m ON m.id = l.module_id AND m.status = 'PUBLISHED'
         JOIN enrollment e ON e.track_id = m.track_id AND e.student_id = $2 AND e.status <> 'WITHDRAWN'
        WHERE la.file_id = $1
        LIMIT 1`,
      [file.id, actor.userId],
    );
    return rows.length > 0;
  }
}
