import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ByteLimit } from './byte-limit';
import { assertStorageKey, FileStorage, StoredObjectMissingError } from './file-storage';

/**
 * Files on local disk under one root folder (FILE_STORAGE_DIR), the single-machine default.
 * Paths are built only from our own random keys, fanned out by their first two characters.
 * A file appears under its final name only once it was written completely and within the limit.
 */
export class LocalDiskStorage extends FileStorage {
  constructor(readonly root: string) {
    super();
  }

  pathFor(key: string): string {
    assertStorageKey(key);
    return join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, body: Readable, maxBytes: number): Promise<{ size: number }> {
    const path = this.pathFor(key);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    const partial = `${path}.${randomBytes(4).toString('hex')}.part`;
    const limit = new ByteLimit(maxBytes);
    try {
      await pipeline(body, limit, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await rename(partial, path);
      return { size: limit.bytes };
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathFor(key);
    if (!(await this.exists(key))) throw new StoredObjectMissingError();
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathFor(key))).isFile();
    } catch {
      return false;
    }
  }
}
