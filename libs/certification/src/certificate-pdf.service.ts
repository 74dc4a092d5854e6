import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AppConfig } from '@imh/config';
import { FileStorage, newStorageKey, StoredFile } from '@imh/files';
import { renderCertificatePdf } from './certificate-pdf';
import { sha256Hex } from './credential';
import { Certificate } from './entities/certificate.entity';

export const CERTIFICATE_PDF = 'CERTIFICATE_PDF';
export const RENDER_CERTIFICATE_PDF = 'render-certificate-pdf';

export interface RenderCertificatePdfJob {
  certificateId: string;
}

export const verifyUrl = (portalUrl: string, code: string) => `${portalUrl.replace(/\/$/, '')}/verify/${code}`;

/**
 * Makes a certificate's PDF and keeps it through the file storage, once: a retried or duplicated
 * job finds the PDF there and stops (and removes the bytes it made meanwhile).
 */
@Injectable()
export class CertificatePdfService {
  private readonly logger = new Logger(CertificatePdfService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
  ) {}

  async render(certificateId: string): Promise<{ fileId: string; sha256: string }> {
    const certificate = await this.dataSource.manager.findOne(Certificate, {
      where: { id: certificateId },
      relations: { student: true },
    });
    // The issuing transaction commits before the job is queued; a missing row is a real error.
    if (!certificate) throw new Error(`Certificate ${certificateId} does not exist.`);
    if (certificate.pdfFileId) return { fileId: certificate.pdfFileId, sha256: certificate.pdfSha256! };
    const pdf = await renderCertificatePdf({
      locale: certificate.student?.locale === 'en' ? 'en' : 'nl',
      holderName: certificate.holderName,
      trackTitle: certificate.trackTitle,
      number: certificate.number,
      issuedAt: certificate.issuedAt,
      expiresAt: certificate.expiresAt,
      accreditationPoints: certificate.accreditationPoints,
      signatoryName: certificate.signatoryName,
      verifyUrl: verifyUrl(this.config.PORTAL_URL, certificate.verificationCode),
    });
    const sha256 = sha256Hex(pdf);
    const key = newStorageKey();
    await this.storage.put(key, Readable.from(pdf), pdf.length);
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const locked = await manager.findOneOrFail(Certificate, {
          where: { id: certificateId },
          lock: { mode: 'pessimistic_write' },
        });
        if (locked.pdfFileId) return { fileId: locked.pdfFileId, sha256: locked.pdfSha256!, kept: false };
        const file = await manager.save(
          manager.create(StoredFile, {
            key,
            originalName: `${certificate.number}.pdf`,
            mimeType: 'application/pdf',
            size: pdf.length,
            purpose: CERTIFICATE_PDF,
            createdById: null,
          }),
        );
        await manager.update(Certificate, certificateId, { pdfFileId: file.id, pdfSha256: sha256 });
        return { fileId: file.id, sha256, kept: true };
      });
      if (!result.kept) await this.storage.delete(key);
      else this.logger.log(`certificate PDF made for ${certificate.number}`);
      return { fileId: result.fileId, sha256: result.sha256 };
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }
}
