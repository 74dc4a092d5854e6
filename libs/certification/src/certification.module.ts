import { Module } from '@nestjs/common';
import { AuditModule } from '@imh/audit';
import { CatalogueModule } from '@imh/catalogue';
import { FilesModule } from '@imh/files';
import { NotificationsModule } from '@imh/notifications';
import { QueueModule } from '@imh/queue';
import { CertificateBatchRunner } from './certificate-batch.runner';
import { CertificateBatchService } from './certificate-batch.service';
import { CertificateExpiryReminders } from './certificate-expiry';
import { CertificateFileAccessRule } from './certificate-file.access-rule';
import { CertificatePdfService } from './certificate-pdf.service';
import { CertificateService } from './certificate.service';
import { CertificationAccess } from './certification.access';
import { EligibilityRule } from './eligibility';
import { IssuerKeys } from './issuer-keys';
import { VerificationRateLimiter } from './verification-rate-limiter';
import { AccreditationService } from './registers/accreditation.service';

/**
 * The certification context: eligibility (through the catalogue's module completion rule), issuing,
 * revocation and reissue, the signed Open Badges credential, and public verification.
 */
@Module({
  imports: [AuditModule, CatalogueModule, FilesModule, QueueModule, NotificationsModule],
  providers: [
    CertificationAccess,
    EligibilityRule,
    IssuerKeys,
    CertificateService,
    CertificatePdfService,
    CertificateFileAccessRule,
    VerificationRateLimiter,
    AccreditationService,
    CertificateBatchService,
    CertificateBatchRunner,
    CertificateExpiryReminders,
  ],
  exports: [
    CertificationAccess,
    CertificateService,
    CertificatePdfService,
    AccreditationService,
    CertificateBatchService,
    CertificateBatchRunner,
    CertificateExpiryReminders,
  ],
})
export class CertificationModule {}

/** What the worker needs to render PDFs: the storage, not the API's services. */
@Module({
  imports: [FilesModule],
  providers: [CertificatePdfService],
  exports: [CertificatePdfService],
})
export class CertificatePdfModule {}
