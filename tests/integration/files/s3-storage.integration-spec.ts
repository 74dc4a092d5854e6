import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileTooLargeError, newStorageKey, S3Storage, StoredObjectMissingError } from '@imh/files';

/**
 * S3Storage against a real S3-compatible server running locally (s3rver speaks the S3 HTTP
 * API and keeps objects on disk), so the AWS SDK calls, path-style addressing and error
 * mapping are exercised end to end without reaching the outside world.
 */
describe(S3Storage.name, () => {
  const bucket = 'imh-test';
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  let server: S3rver;
  let dir: string;
  let storage: S3Storage;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'imh-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true });
    const { port } = (await server.run()) as { port: number };
    const endpoint = `http://127.0.0.1:${port}`;
    const admin = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials });
    await admin.send(new CreateBucketCommand({ Bucket: bucket }));
    admin.destroy();
    storage = new S3Storage({ bucket, endpoint, region: 'us-east-1', ...credentials });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores, reads back and deletes an object', async () => {
    const key = newStorageKey();
    const { size } = await storage.put(key, Readable.from([Buffer.from('observatieverslag')]), 1024);

    expect(size).toBe(17);
    expect(await storage.exists(key)).toBe(true);
    expect(await text(await storage.get(key))).toBe('observatieverslag');

    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it('refuses a stream past the limit and leaves no object behind', async () => {
    const key = newStorageKey();
    const body = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);

    await expect(storage.put(key, body, 1000)).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await storage.exists(key)).toBe(false);
  });

  it('reports a missing object as StoredObjectMissingError', async () => {
    await expect(storage.get(newStorageKey())).rejects.toBeInstanceOf(StoredObjectMissingError);
  });

  it('accepts only keys it generated, so no user input becomes an object key', async () => {
    await expect(storage.get('../../etc/passwd')).rejects.toThrow('Invalid storage key.');
  });
});
