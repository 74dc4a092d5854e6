import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import Busboy from 'busboy';
import type { Response } from 'express';
import { DomainError } from '@imh/common';
import {
  ConfidentialAttachmentService,
  ConfidentialThreadService,
  type AttachedFile,
  type KeyHolder,
  type OpenedAttachment,
} from '@imh/confidential';
import { FileRefusal } from '@imh/files';
import { SESSION_COOKIE, type AuthenticatedRequest } from '../auth/request-context';
import { HttpErrorFilter } from '../files/http-error.filter';
import { uuid } from '../graphql/uuid.pipe';

const holderOf = (req: AuthenticatedRequest): KeyHolder => ({
  actor: req.actor ?? null,
  sessionToken: req.cookies?.[SESSION_COOKIE] as string | undefined,
});

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Files in a confidential thread, over plain HTTP like /files, but encrypted by the
 * confidential context before storage and decrypted only for a reader of the thread.
 */
@Controller('confidential-files')
@UseFilters(HttpErrorFilter)
export class ConfidentialAttachmentsController {
  constructor(
    private readonly attachments: ConfidentialAttachmentService,
    private readonly threads: ConfidentialThreadService,
  ) {}

  @Post('threads/:threadId/attachments')
  @HttpCode(201)
  async upload(
    @Param('threadId', uuid) threadId: string,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AttachedFile> {
    res.setHeader('Connection', 'close');
    if (!req.get('x-imh-csrf') && !req.get('apollo-require-preflight')) {
      throw DomainError.forbidden('Send the header x-imh-csrf: 1 with uploads.', FileRefusal.CSRF_HEADER_MISSING);
    }
    const holder = holderOf(req);
    const declared = req.get('content-length');
    const bytes = declared === undefined ? undefined : Number(declared);
    if (bytes !== undefined && (!Number.isFinite(bytes) || bytes < 0)) {
      throw DomainError.badInput('Invalid Content-Length.');
    }
    await this.attachments.assertCanAttach(holder, threadId, bytes);
    if (!req.is('multipart/form-data')) {
      throw DomainError.badInput(
        'Send the file as multipart/form-data.',
        { file: 'format' },
        FileRefusal.NOT_MULTIPART,
      );
    }
    return new Promise((resolve, reject) => {
      let busboy: Busboy.Busboy;
      let started = false;
      try {
        busboy = Busboy({ headers: req.headers, limits: { files: 1, fields: 0, parts: 2 } });
      } catch {
        reject(DomainError.badInput('Malformed multipart request.', { file: 'format' }, FileRefusal.NOT_MULTIPART));
        return;
      }
      busboy.on('file', (_field, stream, info) => {
        if (started) return stream.resume();
        started = true;
        this.attachments.attach(holder, threadId, info.filename ?? '', stream).then(resolve, (error: unknown) => {
          req.unpipe(busboy);
          stream.resume();
          reject(error);
        });
      });
      busboy.on('error', () =>
        reject(DomainError.badInput('Malformed multipart request.', { file: 'format' }, FileRefusal.NOT_MULTIPART)),
      );
      busboy.on('close', () => {
        if (!started)
          reject(DomainError.badInput('The request holds no file.', { file: 'missing' }, FileRefusal.NO_FILE));
      });
      req.pipe(busboy);
    });
  }

  @Get('attachments/:id')
  async download(@Param('id', uuid) id: string, @Req() req: AuthenticatedRequest, @Res() res: Response) {
    send(res, await this.attachments.open(holderOf(req), id));
  }

  /**
   * For the holder of an anonymous thread's receipt, signed in or not. The receipt goes in the
   * body, never in the address (which ends up in logs and history); a wrong, malformed or unknown
   * receipt gets the same 404 as opening the thread with it, rate-limited alike.
   */
  @Post('attachments/:id/by-receipt')
  @HttpCode(200)
  async downloadByReceipt(
    @Param('id', uuid) id: string,
    @Body() body: unknown,
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
  ) {
    if (!req.get('x-imh-csrf') && !req.get('apollo-require-preflight')) {
      throw DomainError.forbidden('Send the header x-imh-csrf: 1.', FileRefusal.CSRF_HEADER_MISSING);
    }
    const receipt = (body as { receipt?: unknown } | undefined)?.receipt;
    const given = typeof receipt === 'string' ? receipt.slice(0, 200) : '';
    send(res, await this.threads.attachmentByReceipt(given, id, req.ip ?? 'unknown'));
  }
}

function send(res: Response, file: OpenedAttachment) {
  res.status(200);
  res.setHeader('Content-Type', file.mimeType);
  res.setHeader('Content-Length', String(file.bytes.length));
  res.setHeader('Content-Disposition', contentDisposition(file.name));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.end(file.bytes);
}
