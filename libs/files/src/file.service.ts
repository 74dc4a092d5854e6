import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import { Actor, assertSignedIn, DomainError } from '@imh/common';
import { AppConfig } from '@imh/config';
import { readHead } from './byte-limit';
import { FileAccessRegistry, type FileAccessRule } from './file-access';
import { FileRefusal } from './file-refusal';
import { FileStorage, FileTooLargeError, newStorageKey, StoredObjectMissingError } from './file-storage';
import { ALLOWED_EXTENSIONS, cleanFileName, extensionOf, fileTypeFor, SNIFF_BYTES } from './file-types';
import { StoredFile } from './stored-file.entity';
import type { UploadLimits } from './upload-limits';

export interface UploadRequest {
  purpose: string;
  /** The name the client gave; only its last segment is kept, and it never becomes a path. */
  fileName: string;
  body: Readable;
}

/** FILE_TOO_LARGE, naming the limit in bytes (`maxBytes`) for the portal's sentence. */
export function fileTooLarge(maxBytes: number) {
  return DomainError.badInput(
    `The file is too large (at most ${maxBytes} bytes).`,
    { file: 'tooLarge' },
    FileRefusal.FILE_TOO_LARGE,
    { maxBytes },
  );
}

/** FILE_TYPE_NOT_ALLOWED, naming the extensions that are (`allowed`). */
export function fileTypeNotAllowed(allowed: readonly string[]) {
  return DomainError.badInput(
    `This file type is not allowed. Allowed: ${allowed.join(', ')}.`,
    { file: 'type' },
    FileRefusal.FILE_TYPE_NOT_ALLOWED,
    { allowed: [...allowed] },
  );
}

/**
 * Uploads and downloads for every context. Checks type and size before anything is kept,
 * and asks the purpose's access rule before handing out bytes. There are no public URLs:
 * every read goes through `openForDownload`.
 */
@Injectable()
export class FileService {
  private readonly logger = new Logger(FileService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly rules: FileAccessRegistry,
    private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.MAX_UPLOAD_BYTES;
  }

  /** What uploads may be, for signed-in people (only they upload). */
  limits(actor: Actor | null): UploadLimits {
    assertSignedIn(actor);
    return { maxBytes: this.maxBytes };
  }

  /** The extensions a purpose accepts (every allowed type without a purpose); an unknown purpose is refused. */
  allowedExtensions(purpose?: string | null): string[] {
    if (purpose === undefined || purpose === null) return [...ALLOWED_EXTENSIONS];
    return this.extensionsOf(this.rule(purpose));
  }

  /** Authentication and the purpose's upload rule; call before reading any of the body. */
  assertCanUpload(actor: Actor | null, purpose: string): asserts actor is Actor {
    assertSignedIn(actor);
    const rule = this.rule(purpose);
    if (!rule.canUpload(actor)) {
      throw DomainError.forbidden('You may not upload files for this purpose.', FileRefusal.UPLOAD_NOT_ALLOWED, {
        purpose: rule.purpose,
      });
    }
  }

  /** Refuses a declared size over the limit, so a huge request is turned away unread. */
  assertDeclaredSize(bytes: number | undefined): void {
    if (bytes !== undefined && bytes > this.maxBytes) throw fileTooLarge(this.maxBytes);
  }

  async upload(actor: Actor | null, request: UploadRequest): Promise<StoredFile> {
    this.assertCanUpload(actor, request.purpose);
    const allowed = this.allowedExtensions(request.purpose);
    const originalName = cleanFileName(request.fileName);
    const type = fileTypeFor(originalName);
    if (!originalName || !type || !type.extensions.some((extension) => allowed.includes(extension))) {
      throw fileTypeNotAllowed(allowed);
    }
    const { head, rest } = await readHead(request.body, SNIFF_BYTES);
    if (head.length === 0) throw DomainError.badInput('The file is empty.', { file: 'empty' }, FileRefusal.FILE_EMPTY);
    if (!type.matches(head)) {
      throw DomainError.badInput(
        `The content of the file does not match its extension (.${extensionOf(originalName)}).`,
        { file: 'content' },
        FileRefusal.FILE_CONTENT_MISMATCH,
        { extension: extensionOf(originalName) },
      );
    }

    const key = newStorageKey();
    let size: number;
    try {
      ({ size } = await this.storage.put(key, rest, this.maxBytes));
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      if (error instanceof FileTooLargeError) throw fileTooLarge(this.maxBytes);
      throw error;
    }
    try {
      return await this.dataSource.getRepository(StoredFile).save(
        this.dataSource.getRepository(StoredFile).create({
          key,
          originalName,
          mimeType: type.mimeType,
          size,
          purpose: request.purpose,
          createdById: actor.userId,
        }),
      );
    } catch (error) {
      // No row, no bytes: never leave an object nobody can reach.
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  /**
   * The file and its bytes, if the actor may read it: the uploader always, otherwise the
   * purpose's rule decides. Anyone else gets NOT_FOUND, so ids reveal nothing.
   */
  async openForDownload(actor: Actor | null, fileId: string): Promise<{ file: StoredFile; body: Readable }> {
    assertSignedIn(actor);
    const file = await this.dataSource.getRepository(StoredFile).findOneBy({ id: fileId });
    if (!file) throw DomainError.notFound('File');
    const rule = this.rules.get(file.purpose);
    const allowed =
      file.createdById === actor.userId || (!!rule && (await rule.canRead(this.dataSource.manager, actor, file)));
    if (!allowed) throw DomainError.notFound('File');
    const name =
      file.createdById === actor.userId ? undefined : await rule?.downloadName?.(this.dataSource.manager, actor, file);
    try {
      return {
        file: name ? Object.assign(new StoredFile(), file, { originalName: name }) : file,
        body: await this.storage.get(file.key),
      };
    } catch (error) {
      if (error instanceof StoredObjectMissingError) {
        this.logger.error(`stored object missing for file=${file.id}`);
        throw DomainError.notFound('File');
      }
      throw error;
    }
  }

  private rule(purpose: string): FileAccessRule {
    const rule = this.rules.get(purpose);
    if (!rule) {
      throw DomainError.badInput(`Unknown file purpose.`, { purpose: 'unknown' }, FileRefusal.UNKNOWN_PURPOSE, {
        known: this.rules.purposes(),
      });
    }
    return rule;
  }

  private extensionsOf(rule: FileAccessRule): string[] {
    return rule.allowedExtensions
      ? ALLOWED_EXTENSIONS.filter((e) => rule.allowedExtensions!.includes(e))
      : [...ALLOWED_EXTENSIONS];
  }

  /** For DataLoaders: many ids, one query. */
  async byIds(ids: readonly string[]): Promise<StoredFile[]> {
    return ids.length ? this.dataSource.getRepository(StoredFile).findBy({ id: In([...ids]) }) : [];
  }
}
