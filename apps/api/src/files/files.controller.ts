import { Controller, Get, HttpCode, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import Busboy from 'busboy';
import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@imh/common';
import { FileRefusal, FileService, fileTooLarge, type StoredFile } from '@imh/files';
import type { AuthenticatedRequest } from '../auth/request-context';
import { uuid } from '../graphql/uuid.pipe';
import { HttpErrorFilter } from './http-error.filter';

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface UploadedFileResponse {
  id: string;
  originalName: string;
  mimeType: string;
  size: number;
}

const malformed = () =>
  DomainError.badInput('Malformed multipart request.', { file: 'format' }, FileRefusal.MALFORMED_MULTIPART);

/** RFC 6266: an ASCII fallback and the exact UTF-8 name. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Uploads and downloads over plain HTTP (GraphQL is a poor fit for bytes). The session
 * middleware runs here too; every rule is in FileService and the purpose's access rule.
 */
@Controller('files')
@UseFilters(HttpErrorFilter)
export class FilesController {
  constructor(private readonly files: FileService) {}

  /**
   * `multipart/form-data` with one file part. Refused before the body is read when the
   * caller may not upload or says it is sending more than the limit; aborted (nothing kept)
   * when the stream turns out bigger. Not GraphQL, so the CSRF header is checked here.
   */
  @Post()
  @HttpCode(201)
  async upload(
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
    @Query('purpose') purpose = 'LESSON_ATTACHMENT',
  ): Promise<UploadedFileResponse> {
    // Whatever happens, an unread body is not drained: the connection closes after the answer.
    res.setHeader('Connection', 'close');
    if (!req.get('x-imh-csrf') && !req.get('apollo-require-preflight')) {
      throw DomainError.forbidden('Send the header x-imh-csrf: 1 with uploads.', FileRefusal.CSRF_HEADER_MISSING, {
        header: 'x-imh-csrf',
      });
    }
    const actor = req.actor ?? null;
    this.files.assertCanUpload(actor, purpose);
    const declared = req.get('content-length');
    if (declared !== undefined) {
      if (!/^\d+$/.test(declared)) {
        throw DomainError.badInput(
          'Invalid Content-Length.',
          { 'content-length': 'invalid' },
          FileRefusal.INVALID_CONTENT_LENGTH,
        );
      }
      // Digits only; a number past 2^53 is simply too large.
      if (Number(declared) > this.files.maxBytes + MULTIPART_OVERHEAD) throw fileTooLarge(this.files.maxBytes);
    }
    if (!req.is('multipart/form-data')) {
      throw DomainError.badInput(
        'Send the file as multipart/form-data.',
        { file: 'format' },
        FileRefusal.NOT_MULTIPART,
      );
    }
    const stored = await this.receive(req, actor, purpose);
    return { id: stored.id, originalName: stored.originalName, mimeType: stored.mimeType, size: stored.size };
  }

  private receive(
    req: AuthenticatedRequest,
    actor: AuthenticatedRequest['actor'],
    purpose: string,
  ): Promise<StoredFile> {
    return new Promise<StoredFile>((resolve, reject) => {
      let upload: Promise<StoredFile> | undefined;
      let file: Readable | undefined;
      let busboy: Busboy.Busboy;
      try {
        busboy = Busboy({
          headers: req.headers,
          // One past the limit, so our own check sees the overflow and refuses it.
          limits: { files: 1, fileSize: this.files.maxBytes + 1, fields: 10, fieldSize: 1024, parts: 12 },
        });
      } catch {
        reject(malformed());
        return;
      }
      // Whatever stops the request also fails the file stream being stored, so storage removes
      // its partial copy; a stream merely left unfed would keep the partial file (and its handle).
      const fail = (error: unknown) => {
        req.unpipe(busboy);
        if (file && !file.destroyed) file.destroy(error instanceof Error ? error : new Error('Upload failed.'));
        reject(error);
      };
      busboy.on('file', (_field, stream, info) => {
        if (upload) {
          stream.resume();
          return;
        }
        file = stream;
        // Its failure reaches the caller through `upload`; destroying it in `fail` must not also
        // surface as an unhandled 'error' event once the service has stopped reading it.
        stream.on('error', () => undefined);
        upload = this.files.upload(actor ?? null, { purpose, fileName: info.filename ?? '', body: stream });
        upload.then(resolve, fail);
      });
      busboy.on('error', () => fail(malformed()));
      busboy.on('close', () => {
        if (!upload)
          reject(DomainError.badInput('The request holds no file.', { file: 'missing' }, FileRefusal.NO_FILE));
      });
      const interrupted = () =>
        fail(DomainError.badInput('The upload was interrupted.', { file: 'aborted' }, FileRefusal.UPLOAD_INTERRUPTED));
      req.on('aborted', interrupted);
      req.on('close', () => {
        if (!req.complete) interrupted();
      });
      req.pipe(busboy);
    });
  }

  /** Streams a file the actor may read, always as a download, never rendered by the browser. */
  @Get(':id')
  async download(@Param('id', uuid) id: string, @Req() req: AuthenticatedRequest, @Res() res: Response) {
    const { file, body } = await this.files.openForDownload(req.actor ?? null, id);
    res.status(200);
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', contentDisposition(file.originalName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    await pipeline(body, res);
  }
}
