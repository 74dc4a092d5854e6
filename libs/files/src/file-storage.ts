import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';

/** 192 random bits as hex: not guessable, and safe as a path segment or object key. */
export function newStorageKey(): string {
  return randomBytes(24).toString('hex');
}

const KEY_PATTERN = /^[a-f0-9]{48}$/;

/** Storage implementations accept only keys we generated, so no user input ever becomes a path. */
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error('Invalid storage key.');
}

/** Thrown by `put` when the stream grows past the limit; the partial object has been removed. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`File exceeds ${maxBytes} bytes.`);
    this.name = 'FileTooLargeError';
  }
}

/** Thrown by `get` when no object exists under the key. */
export class StoredObjectMissingError extends Error {
  constructor() {
    super('Stored object is missing.');
    this.name = 'StoredObjectMissingError';
  }
}

/**
 * Where file bytes live: local disk on one machine, S3-compatible object storage when there
 * are several. Used by every context through FileService; nothing else touches the bytes.
 */
export abstract class FileStorage {
  /** Stores the stream under `key`; refuses (and leaves nothing behind) past `maxBytes`. */
  abstract put(key: string, body: Readable, maxBytes: number): Promise<{ size: number }>;
  abstract get(key: string): Promise<Readable>;
  /** Removes the object; a missing object is not an error. */
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}
