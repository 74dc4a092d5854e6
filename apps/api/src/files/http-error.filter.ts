import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode } from '@imh/common';
import { FileRefusal } from '@imh/files';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * The REST counterpart of format-error.ts, for the file endpoints: a DomainError becomes its
 * HTTP status and `{ error: { code, message, reason } }`; anything else a generic 500. Never
 * a stack trace. Once bytes of a download were sent, the connection is cut instead.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (exception instanceof DomainError) {
      const { reason, params, fields } = exception.options;
      const status = reason === FileRefusal.FILE_TOO_LARGE ? 413 : STATUS[exception.code];
      res.status(status).json({ error: { code: exception.code, message: exception.message, reason, params, fields } });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      res.status(exception.getStatus()).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: 'Bad request.' } });
      return;
    }
    this.logger.error(`Unexpected error: ${(exception as Error)?.name ?? 'Error'}`, (exception as Error)?.stack);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' } });
  }
}
