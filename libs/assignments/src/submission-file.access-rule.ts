import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, hasRole, Role } from '@imh/common';
import { FileAccessRegistry, type FileAccessRule, type StoredFile } from '@imh/files';
import { AssignmentAccess, AssignmentPermission } from './assignment.access';
import { anonymisedSubmissionIds, neutralFileName } from './anonymity';

export const SUBMISSION_FILE = 'SUBMISSION_FILE';

/**
 * Files handed in with a submission: students upload them; the uploader reads their own
 * (FileService), anyone else only through an attempt that holds the file and that they may
 * read (SUBMISSION_FILE_READ follows SUBMISSION_READ: drafts and never-attached uploads stay
 * their author's, admins included). Anyone else gets NOT_FOUND from FileService.
 */
@Injectable()
export class SubmissionFileAccessRule implements FileAccessRule, OnModuleInit {
  readonly purpose = SUBMISSION_FILE;

  constructor(
    private readonly registry: FileAccessRegistry,
    private readonly access: AssignmentAccess,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  canUpload(actor: Actor): boolean {
    return hasRole(actor, Role.STUDENT);
  }

  canRead(manager: EntityManager, actor: Actor, file: StoredFile): Promise<boolean> {
    return this.access.can({ actor, permission: AssignmentPermission.SUBMISSION_FILE_READ, ids: [file.id], manager });
  }

  /**
   * While every attempt that holds the file is anonymised for the reader, the download carries
   * a neutral name: the name the author gave it can name them.
   */
  async downloadName(manager: EntityManager, actor: Actor, file: StoredFile): Promise<string | undefined> {
    const holders: { submission_id: string; position: number }[] = await manager.query(
      'SELECT submission_id, position FROM submission_file WHERE file_id = $1 ORDER BY position',
      [file.id],
    );
    if (!holders.length) return undefined;
    const hidden = await anonymisedSubmissionIds(
      manager,
      actor,
      holders.map((h) => h.submission_id),
    );
    return holders.every((h) => hidden.has(h.submission_id))
      ? neutralFileName(file.originalName, holders[0].position)
      : undefined;
  }
}
