import { Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { AppConfig } from '@imh/config';
import { FileAccessRegistry } from './file-access';
import { FileHousekeeping } from './file-housekeeping';
import { FileStorage } from './file-storage';
import { FileService } from './file.service';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

export function createFileStorage(config: AppConfig): FileStorage {
  if (config.S3_BUCKET) {
    return new S3Storage({
      bucket: config.S3_BUCKET,
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    });
  }
  return new LocalDiskStorage(resolve(config.FILE_STORAGE_DIR));
}

/** File storage for every context. Import it; register a FileAccessRule for your purpose. */
@Module({
  providers: [
    { provide: FileStorage, inject: [AppConfig], useFactory: createFileStorage },
    FileAccessRegistry,
    FileService,
    FileHousekeeping,
  ],
  exports: [FileStorage, FileAccessRegistry, FileService, FileHousekeeping],
})
export class FilesModule {}
