import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import { Actor, DomainError } from '@imh/common';
import { AppConfig } from '@imh/config';
import { readHead } from './byte-limit';
import { FileAccessRegistry } from './file-access';
import { FileStorage, FileTooLargeError, newStorageKey, StoredObjectMissingError } from './file-storage';
import { ALLOWED_EXTENSIONS, cleanFileName, fileTypeFor, SNIFF_BYTES } from './file-types';
import { StoredFile } from './stored-file.entity';

export interface UploadRequest {
  purpose: string;
  /** The name the client gave; only its last segment is kept, and it never becomes a path. */
  fileName: string;
  body: Readable;
}

export const FILE_TOO_LARGE = 'FILE_TOO_LARGE';

export function fileTooLarge(maxBytes: number) {
  return DomainError.badInput(
    `The file is too large (at most ${Math.floor(maxBytes / (1024 * 1024))} MB).`,
    { file: 'tooLarge' },
    FILE_TOO_LARGE,
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

  /** Authentication and the purpose's upload rule; call before reading any of the body. */
  assertCanUpload(actor: Actor | null, purpose: string): asserts actor is Actor {
    if (!actor) throw DomainError.unauthenticated();
    const rule = this.rules.get(purpose);
    if (!rule) throw DomainError.badInput('Unknown file purpose.', { purpose: 'unknown' }, 'UNKNOWN_PURPOSE');
    if (!rule.canUpload(actor)) throw DomainError.forbidden('You may not upload files for this purpose.');
  }

  /** Refuses a declared size over the limit, so a huge request is turned away unread. */
  assertDeclaredSize(bytes: number | undefined): void {
    if (bytes !== undefined && bytes > this.maxBytes) throw fileTooLarge(this.maxBytes);
  }

  async upload(actor: Actor | null, request: UploadRequest): Promise<StoredFile> {
    this.assertCanUpload(actor, request.purpose);
    const originalName = cleanFileName(request.fileName);
    const type = fileTypeFor(originalName);
    if (!originalName || !type) {
      throw DomainError.badInput(
        `This file type is not allowed. Allowed: ${ALLOWED_EXTENSIONS.join(', ')}.`,
        { file: 'type' },
        'FILE_TYPE_NOT_ALLOWED',
      );
    }
    const { head, rest } = await readHead(request.body, SNIFF_BYTES);
    if (head.length === 0) throw DomainError.badInput('The file is empty.', { file: 'empty' }, 'FILE_EMPTY');
    if (!type.matches(head)) {
      throw DomainError.badInput(
        'The content of the file does not match its extension.',
        { file: 'content' },
        'FILE_CONTENT_MISMATCH',
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
    if (!actor) throw DomainError.unauthenticated();
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

  /** For DataLoaders: many ids, one query. */
  async byIds(ids: readonly string[]): Promise<StoredFile[]> {
    return ids.length ? this.dataSource.getRepository(StoredFile).findBy({ id: In([...ids]) }) : [];
  }
}
