import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, hasRole, Role } from '@imh/common';
import { FileAccessRegistry, type FileAccessRule, type StoredFile } from '@imh/files';
import { CatalogueAccess, CataloguePermission } from './catalogue.access';

export const LESSON_ATTACHMENT = 'LESSON_ATTACHMENT';

/**
 * Lesson attachments: admins upload them; who may download one is
 * CataloguePermission.LESSON_FILE_READ (admins and docents every one; a student one attached to
 * a lesson they may read, so a locked module or lesson keeps its files closed too).
 */
@Injectable()
export class LessonAttachmentAccessRule implements FileAccessRule, OnModuleInit {
  readonly purpose = LESSON_ATTACHMENT;

  constructor(
    private readonly registry: FileAccessRegistry,
    private readonly access: CatalogueAccess,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  canUpload(actor: Actor): boolean {
    return hasRole(actor, Role.ADMIN);
  }

  canRead(manager: EntityManager, actor: Actor, file: StoredFile): Promise<boolean> {
    return this.access.can({ actor, permission: CataloguePermission.LESSON_FILE_READ, ids: [file.id], manager });
  }
}
