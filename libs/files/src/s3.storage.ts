import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { ByteLimit } from './byte-limit';
import { assertStorageKey, FileStorage, StoredObjectMissingError } from './file-storage';

export interface S3StorageOptions {
  bucket: string;
  endpoint?: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

/**
 * S3-compatible object storage, for more than one API node. The upload is first spooled to a
 * temporary file within the size limit, so S3 receives a known length and never a partial
 * object; the temporary file is removed whatever happens.
 */
export class S3Storage extends FileStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.client = new S3Client({
      region: options.region ?? 'us-east-1',
      endpoint: options.endpoint,
      // MinIO and most self-hosted S3 servers want path-style addressing.
      forcePathStyle: !!options.endpoint,
      // The SDK's default (aws-chunked uploads with trailing checksums) is not understood by
      // many S3-compatible servers, which then store the chunk framing as the file's bytes.
      // Checksums only where the operation requires them keeps uploads plain.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
    });
  }

  async put(key: string, body: Readable, maxBytes: number): Promise<{ size: number }> {
    assertStorageKey(key);
    const dir = await mkdtemp(join(tmpdir(), 'imh-upload-'));
    const spool = join(dir, 'body');
    try {
      const limit = new ByteLimit(maxBytes);
      await pipeline(body, limit, createWriteStream(spool, { mode: 0o600 }));
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: key,
          Body: createReadStream(spool),
          ContentLength: limit.bytes,
        }),
      );
      return { size: limit.bytes };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return result.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || error instanceof NotFound) throw new StoredObjectMissingError();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound || error instanceof NoSuchKey) return false;
      throw error;
    }
  }
}
