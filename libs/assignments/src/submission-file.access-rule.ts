import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, hasRole, Role } from '@imh/common';
import { FileAccessRegistry, type FileAccessRule, type StoredFile } from '@imh/files';

export const SUBMISSION_FILE = 'SUBMISSION_FILE';

/**
 * Files handed in with a submission: students upload them; the author reads them (as the
 * uploader), and so do admins and a docent of the cohort of a handed-in attempt that holds
 * the file. Anyone else gets NOT_FOUND from FileService.
 */
@Injectable()
export class SubmissionFileAccessRule implements FileAccessRule, OnModuleInit {
  readonly purpose = SUBMISSION_FILE;

  constructor(private readonly registry: FileAccessRegistry) {}

  onModuleInit() {
    this.registry.register(this);
  }

  canUpload(actor: Actor): boolean {
    return hasRole(actor, Role.STUDENT);
  }

  async canRead(manager: EntityManager, actor: Actor, file: StoredFile): Promise<boolean> {
    if (hasRole(actor, Role.ADMIN)) return true;
    if (!hasRole(actor, Role.DOCENT)) return false;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM submission_file sf
         JOIN submission s ON s.id = sf.submission_id AND s.status <> 'DRAFT'
         JOIN cohort_docent cd ON cd.cohort_id = s.cohort_id AND cd.docent_id = $2
        WHERE sf.file_id = $1
        LIMIT 1`,
      [file.id, actor.userId],
    );
    return rows.length > 0;
  }
}
