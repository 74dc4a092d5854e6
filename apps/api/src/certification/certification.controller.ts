import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Response } from 'express';
import {
  CertificateService,
  CertificationRefusal,
  MAX_VERIFY_UPLOAD_BYTES,
  type UploadVerification,
} from '@imh/certification';
import { DomainError } from '@imh/common';
import type { AuthenticatedRequest } from '../auth/request-context';
import { HttpErrorFilter } from '../files/http-error.filter';
import { uuid } from '../graphql/uuid.pipe';

const pdfTooLarge = () =>
  DomainError.badInput(
    'The file is too large (at most 20 MB).',
    { file: 'tooLarge' },
    CertificationRefusal.PDF_TOO_LARGE,
  );

/**
 * What verifiers fetch over plain HTTP: the issuer's public keys (JWKS), the revocation status list,
 * the holder's credential download, and the PDF check of the verify page (raw bytes, hashed as they stream).
 */
@Controller('certification')
@UseFilters(HttpErrorFilter)
export class CertificationController {
  constructor(private readonly certificates: CertificateService) {}

  @Get('jwks.json')
  async jwks(@Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'public, max-age=300');
    return this.certificates.jwks();
  }

  /** A BitstringStatusListCredential as a VC-JWT; never cached long, so a revocation shows at once. */
  @Get('status-list')
  async statusList(@Res() res: Response) {
    const jwt = await this.certificates.statusList();
    res.status(200).setHeader('Content-Type', 'application/vc+jwt').setHeader('Cache-Control', 'no-cache').send(jwt);
  }

  /** The signed credential for its holder and admins: the VC-JWT, or `?format=json` for the credential itself. */
  @Get('certificates/:id/credential')
  async credential(
    @Param('id', uuid) id: string,
    @Query('format') format: string | undefined,
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
  ) {
    const { number, jwt } = await this.certificates.credential(req.actor ?? null, id);
    const json = format === 'json';
    const body = json
      ? JSON.stringify(JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')), null, 2)
      : jwt;
    res
      .status(200)
      .setHeader('Content-Type', json ? 'application/vc+ld+json; charset=utf-8' : 'application/vc+jwt')
      .setHeader('Content-Disposition', `attachment; filename="${number}.${json ? 'json' : 'jwt'}"`)
      .setHeader('Cache-Control', 'private, no-store')
      .setHeader('X-Content-Type-Options', 'nosniff')
      .send(body);
  }

  /** Is this PDF exactly the one issued? The raw body (`application/pdf`), at most 20 MB, compared by SHA-256. */
  @Post('verify-pdf')
  @HttpCode(200)
  async verifyPdf(
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UploadVerification> {
    res.setHeader('Connection', 'close');
    const declared = req.get('content-length');
    if (declared !== undefined && Number(declared) > MAX_VERIFY_UPLOAD_BYTES) throw pdfTooLarge();
    const hash = createHash('sha256');
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_VERIFY_UPLOAD_BYTES) {
          req.removeAllListeners('data');
          req.pause();
          reject(pdfTooLarge());
          return;
        }
        hash.update(chunk);
      });
      req.on('end', () => resolve());
      req.on('error', () => reject(DomainError.badInput('The upload was interrupted.', { file: 'aborted' })));
    });
    if (size === 0) throw DomainError.badInput('The file is empty.', { file: 'empty' });
    return this.certificates.verifyPdf(hash.digest('hex'), req.ip ?? 'unknown');
  }
}
