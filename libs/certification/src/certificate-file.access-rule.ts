import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@imh/common';
import { FileAccessRegistry, type FileAccessRule, type StoredFile } from '@imh/files';
import { CertificationAccess, CertificationPermission } from './certification.access';
import { CERTIFICATE_PDF } from './certificate-pdf.service';

/** Certificate PDFs: made by the worker, never uploaded; read by whoever may read the certificate. */
@Injectable()
export class CertificateFileAccessRule implements FileAccessRule, OnModuleInit {
  readonly purpose = CERTIFICATE_PDF;

  constructor(
    private readonly registry: FileAccessRegistry,
    private readonly access: CertificationAccess,
  ) {}

  onModuleInit() {
    this.registry.register(this);
  }

  canUpload(): boolean {
    return false;
  }

  async canRead(manager: EntityManager, actor: Actor, file: StoredFile): Promise<boolean> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM certificate WHERE pdf_file_id = $1', [file.id]);
    if (!rows.length) return false;
    return this.access.can({ actor, permission: CertificationPermission.CERTIFICATE_READ, ids: [rows[0].id], manager });
  }
}
