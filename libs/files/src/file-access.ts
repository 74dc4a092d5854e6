import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@imh/common';
import type { StoredFile } from './stored-file.entity';

/**
 * Who may upload and read files of one purpose. Each context registers its own rule
 * (the catalogue for lesson attachments, later assignments for submissions), so the
 * files library never needs to know the other contexts.
 */
export interface FileAccessRule {
  readonly purpose: string;
  /**
   * The extensions this purpose accepts, a subset of ALLOWED_FILE_TYPES; every allowed type
   * when left out. Uploads of other types are refused, and `uploadLimits` tells the portal.
   */
  readonly allowedExtensions?: readonly string[];
  canUpload(actor: Actor): boolean;
  canRead(manager: EntityManager, actor: Actor, file: StoredFile): Promise<boolean>;
  /**
   * The name the download carries for this reader, when it must not be the uploader's own
   * (e.g. anonymous grading); undefined keeps the original name.
   */
  downloadName?(manager: EntityManager, actor: Actor, file: StoredFile): Promise<string | undefined>;
}

@Injectable()
export class FileAccessRegistry {
  private readonly rules = new Map<string, FileAccessRule>();

  register(rule: FileAccessRule): void {
    if (this.rules.has(rule.purpose)) throw new Error(`A file access rule for ${rule.purpose} is already registered.`);
    this.rules.set(rule.purpose, rule);
  }

  get(purpose: string): FileAccessRule | undefined {
    return this.rules.get(purpose);
  }

  purposes(): string[] {
    return [...this.rules.keys()];
  }
}
